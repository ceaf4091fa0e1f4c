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

    /// <summary>The people of the document with their roles linked, as the pipeline has them before keeping and nationality.</summary>
    public (IReadOnlyList<RoleMention> Roles, List<PersonEntity> People) LinkedPeople()
    {
        var document = TestDocuments.Through(_text, StageNames.ApplyRoleLinks);
        return (document.Roles, document.Clusters);
    }

    /// <summary>The role-link pass's layer and the clustered people it was decided for, before it is written onto them.</summary>
    public (RoleLinkLayer Links, List<PersonEntity> People) Links()
    {
        var document = TestDocuments.Through(_text, StageNames.RoleLinks);
        return (document.RoleLinks, document.Clusters);
    }

    /// <summary>The kept people of the document once nationality and knowledge are written onto them.</summary>
    public List<PersonEntity> PeopleWithCountries() => TestDocuments.Through(_text, StageNames.ApplyNationality).People;

    /// <summary>The surface text of tokens [first, end).</summary>
    public string Surface(int first, int end) => Tokens.Surface(first, end);
}
