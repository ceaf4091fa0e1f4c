using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Relations;

/// <summary>
/// A small document run through the real front stages (tokens, sentences, countries, organizations, tags), and the
/// role and person stages built as the pipeline builds them, so that a pass can be tested on its own.
/// </summary>
internal sealed class RoleStageDocument
{
    /// <summary>The word sets of the role, person and relation stages, loaded once for every test.</summary>
    public static WordSets Sets { get; } = WordSets.Load(ExtractionPipeline.RoleWordTables);

    private RoleStageDocument(EntityContext context) => Context = context;

    public EntityContext Context { get; }

    public TokenText Tokens => Context.Tokens;

    public IReadOnlyList<string> MainCountries => NationalityInference.MainCountries(Context.Countries);

    /// <summary>Reads <paramref name="text"/> up to the entity context, as <c>ExtractionPipeline.Run</c> does.</summary>
    public static RoleStageDocument Read(string text)
    {
        var source = SourceText.Read(text);
        var tokenArray = FrenchTokenizer.Default.Tokenize(source.Text, source.Body);
        var sentences = SentenceSplitter.Default.Split(source.Text, tokenArray);
        var tokens = new TokenText(source.Text, tokenArray, sentences);
        var gazetteer = CountryGazetteer.Default;
        var countries = gazetteer.Find(source.Text, tokenArray).Where(c => !gazetteer.IsLanguageUse(source.Text, tokenArray, c))
            .Select(c => new CountryRef(c.FirstToken, c.EndToken, c.Code, c.Kind, c.AlternativeCodes ?? [])).ToList();
        var organizations = OrganizationGazetteer.Default.Find(source.Text, tokenArray)
            .Select(o => new OrganizationRef(o.FirstToken, o.EndToken, o.Organization.Name, o.Organization.Acronym, o.Organization.Country, o.Organization.Type))
            .ToList();
        var tags = PosTagger.Default.Tag(source.Text, tokenArray, TokenFeatures.Compute(source.Text, tokenArray, PosTagger.Default.Lexicon));
        return new RoleStageDocument(new EntityContext(tokens, countries, organizations, [], tags));
    }

    public IReadOnlyList<RoleMention> Roles() =>
        new RoleMentionFinder(EntityLexicon.Default, FrenchLexicon.Default, Sets).Find(Context);

    /// <summary>The people of the document with their roles linked, as the pipeline has them before nationality.</summary>
    public (IReadOnlyList<RoleMention> Roles, List<PersonEntity> People) LinkedPeople()
    {
        var roles = Roles();
        var blocked = new bool[Tokens.Count];
        foreach (var r in roles)
            for (var i = r.FirstToken; i < r.EndToken; i++) blocked[i] = true;
        var names = NameMentionFinder.Create(EntityLexicon.Default, FrenchLexicon.Default, Extraction.Tagging.PlaceGazetteer.Default).Find(Context, blocked, new bool[Tokens.Count]);
        var people = PersonResolver.Cluster(names);
        new RoleLinker(Sets).Link(Context, roles, people, MainCountries);
        return (roles, people);
    }

    /// <summary>The surface text of tokens [first, end).</summary>
    public string Surface(int first, int end) => Tokens.Surface(first, end);
}
