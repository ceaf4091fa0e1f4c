using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Tagging;
using Extraction.Tests.Relations;

namespace Extraction.Tests.Entities;

/// <summary>Bodies the gazetteer does not know, named by an institution head; sentences written for these tests.</summary>
public sealed class RecognizedOrganizationsTests
{
    private static List<OrganizationRef> Find(string text)
    {
        var document = RoleStageDocument.Read(text);
        var known = new bool[document.Tokens.Count];
        foreach (var c in document.Context.Countries)
            for (var i = c.FirstToken; i < c.EndToken; i++) known[i] = true;
        return new RecognizedOrganizations(EntityCues.Default, EntityLexicon.Default, FrenchLexicon.Default, RoleStageDocument.Sets)
            .Find(document.Tokens, [], known);
    }

    [Test]
    public void The_wording_up_to_the_acronym_names_the_body()
    {
        var found = Find("Le recteur de l'université des sciences et technologies de Kandara (USTK) a parlé.");
        Assert.That(found.Select(o => (o.Name, o.Acronym)), Is.EqualTo(new[] { ("université des sciences et technologies de Kandara", (string?)"USTK") }));
    }

    [Test]
    public void A_capitalized_head_takes_its_complements_and_stops_before_a_verb()
    {
        var found = Find("La Fondation nationale des musées de Kandara a ouvert ses portes.");
        Assert.That(found.Select(o => o.Name), Is.EqualTo(new[] { "Fondation nationale des musées de Kandara" }));
    }

    [Test]
    public void Et_before_a_determiner_starts_the_next_body()
    {
        var found = Find("L'université des arts et l'Institut des langues de Kandara (ILK) ont signé.");
        Assert.That(found.Select(o => o.Name), Is.EqualTo(new[] { "Institut des langues de Kandara" }));
    }
}
