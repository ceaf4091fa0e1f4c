using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Tagging;
using Extraction.Tests.Relations;

namespace Extraction.Tests.Entities;

/// <summary>Role phrases found on small documents written for these tests (invented people).</summary>
public sealed class RoleMentionFinderTests
{
    private static (RoleStageDocument Document, RoleMention Role) FirstRole(string text)
    {
        var document = RoleStageDocument.Read(text);
        return (document, document.Roles()[0]);
    }

    [Test]
    public void Adjective_qualifier_and_portfolio_make_the_title_and_the_country()
    {
        var (document, role) = FirstRole("L'ancien ministre sénégalais délégué chargé du Budget, Amadou Ndiaye, est arrivé.");
        Assert.Multiple(() =>
        {
            Assert.That(role.Title, Is.EqualTo("ancien ministre délégué chargé du Budget"));
            Assert.That(role.Countries, Is.EqualTo(new[] { "SN" }));
            Assert.That(document.Tokens.Folded[role.Determiner], Is.EqualTo("l'"));
            Assert.That(document.Surface(role.FirstToken, role.EndToken), Is.EqualTo("ancien ministre sénégalais délégué chargé du Budget"));
        });
    }

    [Test]
    public void A_two_word_qualifier_belongs_to_the_title() =>
        Assert.That(FirstRole("Le président par intérim Moussa Keita a parlé.").Role.Title, Is.EqualTo("président par intérim"));

    [Test]
    public void A_government_complement_gives_the_country_and_leaves_the_title()
    {
        var role = FirstRole("Le ministre des Affaires étrangères du Ghana, Kofi Mensah, a parlé.").Role;
        Assert.That((role.Title, role.Countries), Is.EqualTo(("ministre des Affaires étrangères", (IReadOnlyList<string>)new[] { "GH" })));
    }

    [Test]
    public void A_country_after_a_location_preposition_stays_in_the_title()
    {
        var role = FirstRole("L'ambassadeur au Ghana, Kofi Mensah, a parlé.").Role;
        Assert.That((role.Title, role.Countries.Count), Is.EqualTo(("ambassadeur au Ghana", 0)));
    }

    [Test]
    public void A_counterpart_takes_its_adjectives()
    {
        var role = FirstRole("Il a reçu son homologue malien Issa Traoré.").Role;
        Assert.Multiple(() =>
        {
            Assert.That(role.Homologue, Is.True);
            Assert.That(role.Title, Is.Null);
            Assert.That(role.Countries, Is.EqualTo(new[] { "ML" }));
        });
    }

    [Test]
    public void A_rank_is_a_role_only_before_a_name()
    {
        var document = RoleStageDocument.Read("Le colonel Moussa Keita a parlé. Le colonel est parti.");
        Assert.That(document.Roles().Select(r => r.Title), Is.EqualTo(new[] { "colonel" }));
    }

    [Test]
    public void A_verb_ends_the_complement() =>
        Assert.That(FirstRole("Le ministre de la Santé a annoncé une campagne.").Role.Title, Is.EqualTo("ministre de la Santé"));

    [Test]
    public void A_rank_with_a_command_complement_is_a_function() =>
        Assert.That(FirstRole("Le commandant de la Garde nationale a parlé.").Role.Title, Is.EqualTo("commandant de la Garde nationale"));

    [Test]
    public void Nationality_adjectives_joined_by_et_give_one_country_each()
    {
        var role = FirstRole("Les présidents sénégalais, malien et togolais sont arrivés.").Role;
        Assert.That((role.Title, role.Countries, role.Plural), Is.EqualTo(("présidents", (IReadOnlyList<string>)new[] { "SN", "ML", "TG" }, true)));
    }

    [Test]
    public void A_portfolio_keeps_two_adjectives_at_most() =>
        Assert.That(FirstRole("Le ministre de la Défense nationale a parlé.").Role.Title, Is.EqualTo("ministre de la Défense nationale"));

    [Test]
    public void A_joined_portfolio_continues_the_title() =>
        Assert.That(FirstRole("Le ministre de l'Intégration africaine et de la Coopération a parlé.").Role.Title,
            Is.EqualTo("ministre de l'Intégration africaine et de la Coopération"));

    [Test]
    public void A_person_named_in_the_complement_ends_the_title() =>
        Assert.That(FirstRole("Le directeur de cabinet de Paul Mba est arrivé.").Role.Title, Is.EqualTo("directeur de cabinet"));

    [Test]
    public void A_titled_name_in_the_complement_opens_the_next_role()
    {
        var roles = RoleStageDocument.Read("Le directeur de cabinet du colonel Moussa Diarra est arrivé.").Roles();
        Assert.That(roles.Select(r => r.Title), Is.EqualTo(new[] { "directeur de cabinet", "colonel" }));
    }

    [Test]
    public void A_pattern_row_the_finder_names_must_exist()
    {
        var rows = PatternFile.Load(RoleMentionFinder.PatternsResource, RoleStageDocument.Sets);
        var without = new PatternSet("test", rows.Select(r => r.Pattern).Where(p => p.Name != "role-qualifier").ToArray());
        Assert.That(() => new RoleMentionFinder(EntityLexicon.Default, FrenchLexicon.Default, RoleStageDocument.Sets, without),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("'role-qualifier'"));
    }
}
