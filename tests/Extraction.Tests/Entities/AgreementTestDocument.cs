using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities;

/// <summary>
/// Builds the context the agreement stages read, with the pipeline's front stages (tokens, sentences, dates, countries,
/// known organizations, POS), so that the finder and the assembler can be tested on their own over small documents.
/// </summary>
internal static class AgreementTestDocument
{
    public static readonly AgreementMentionFinder Finder =
        new(EntityLexicon.Default, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default);

    public static readonly AgreementAssembler Assembler = new(EntityLexicon.Default, WordSets.Load(AgreementAssembler.WordsResource));

    /// <summary>The context of <paramref name="body"/> (after a "date" header giving the reference date), and that date.</summary>
    public static (EntityContext Context, PartialDate? ReferenceDate) Build(string body, string date = "2024-05-10")
    {
        var source = SourceText.Read($" date {date} {body}");
        var text = source.Text;
        var tokenArray = FrenchTokenizer.Default.Tokenize(text, source.Body);
        var sentences = SentenceSplitter.Default.Split(text, tokenArray);
        var tokens = new TokenText(text, tokenArray, sentences);
        var dates = TemporalExtractor.Default.Extract(text, source.Body, source.HeaderDate)
            .Select(d => ExtractionPipeline.ToTokens(tokenArray, d.Span) is var (f, e) && e > f ? new DateRef(f, e, d.Value, d.Modifier, d.Span) : null)
            .OfType<DateRef>().ToArray();
        var gazetteer = CountryGazetteer.Default;
        var matches = gazetteer.Find(text, tokenArray).Where(c => !gazetteer.IsLanguageUse(text, tokenArray, c)).ToList();
        var venues = matches.Where(c => gazetteer.IsPlaceUse(text, tokenArray, c)).Select(c => c.FirstToken).ToHashSet();
        var countries = CountryFilter.Filter(tokens,
            matches.Select(c => new CountryRef(c.FirstToken, c.EndToken, c.Code, c.Kind, c.AlternativeCodes ?? [])).ToList(),
            r => venues.Contains(r.FirstToken));
        var organizations = OrganizationGazetteer.Default.Find(text, tokenArray)
            .Select(o => new OrganizationRef(o.FirstToken, o.EndToken, o.Organization.Name, o.Organization.Acronym, o.Organization.Country, o.Organization.Type))
            .ToList();
        var pos = PosTagger.Default.Tag(text, tokenArray, TokenFeatures.Compute(text, tokenArray, PosTagger.Default.Lexicon));
        return (new EntityContext(tokens, countries, organizations, dates, pos), source.HeaderDate);
    }

    /// <summary>The instrument mentions of <paramref name="body"/>.</summary>
    public static IReadOnlyList<AgreementMention> Mentions(string body) => Finder.Find(Build(body).Context);

    /// <summary>The counted agreements of <paramref name="body"/>, assembled with no people and the given story countries.</summary>
    public static List<AgreementEntity> Agreements(string body, params string[] mainCountries)
    {
        var (context, referenceDate) = Build(body);
        return Assembler.Assemble(context, Finder.Find(context), [], mainCountries, referenceDate);
    }
}
