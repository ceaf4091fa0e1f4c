using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Tests.Support;

namespace Extraction.Tests.Relations;

/// <summary>
/// A small document run through the pipeline's stages (<see cref="TestDocuments"/>) up to the entity context, and
/// the role and person layers the pipeline builds after it, so that a pass can be tested on its own.
/// </summary>
internal sealed class RoleStageDocument
{
    /// <summary>The word sets of the role, person and relation stages, loaded once for every test.</summary>
    public static WordSets Sets { get; } = WordSets.Load(ExtractionPipeline.RoleWordTables);

    private readonly string _text;

    private RoleStageDocument(string text, ExtractionDocument document)
    {
        _text = text;
        Context = document.Context;
    }

    public EntityContext Context { get; }

    public TokenText Tokens => Context.Tokens;

    public IReadOnlyList<string> MainCountries => NationalityInference.MainCountries(Context.Countries);

    /// <summary>Reads <paramref name="text"/> up to the entity context, with the pipeline's stages.</summary>
    public static RoleStageDocument Read(string text) => new(text, TestDocuments.Through(text, StageNames.Context));

    /// <summary>The role phrases of the document (the pipeline's roles stage).</summary>
    public IReadOnlyList<RoleMention> Roles() => TestDocuments.Through(_text, StageNames.Roles).Roles;

    /// <summary>The clustered people of the document with their roles linked (<see cref="ExtractionDocument.LinkedFacts"/>), as
    /// the pipeline has them before keeping and nationality.</summary>
    public (IReadOnlyList<RoleMention> Roles, PeopleFacts People) LinkedPeople()
    {
        var document = TestDocuments.Through(_text, StageNames.ApplyRoleLinks);
        return (document.Roles, new PeopleFacts(document.Clusters, document.LinkedFacts));
    }

    /// <summary>The role-link pass's layer and the clustered people it was decided for, before a table is made from it.</summary>
    public (RoleLinkLayer Links, IReadOnlyList<PersonEntity> People) Links()
    {
        var document = TestDocuments.Through(_text, StageNames.RoleLinks);
        return (document.RoleLinks, document.Clusters);
    }

    /// <summary>The kept people of the document with their knowledge and countries (<see cref="ExtractionDocument.NationalFacts"/>).</summary>
    public PeopleFacts PeopleWithCountries()
    {
        var document = TestDocuments.Through(_text, StageNames.ApplyNationality);
        return new PeopleFacts(document.People, document.NationalFacts);
    }

    /// <summary>The surface text of tokens [first, end).</summary>
    public string Surface(int first, int end) => Tokens.Surface(first, end);
}

/// <summary>People of a document with their facts in one of its person tables, found by their longest name.</summary>
internal sealed record PeopleFacts(IReadOnlyList<PersonEntity> People, PersonTable Facts)
{
    /// <summary>The person whose longest name is <paramref name="name"/>.</summary>
    public PersonEntity Person(string name) => People.Single(p => p.Longest.Name == name);

    /// <summary>The facts of the person whose longest name is <paramref name="name"/>.</summary>
    public PersonFacts this[string name] => Facts[Person(name)];
}
