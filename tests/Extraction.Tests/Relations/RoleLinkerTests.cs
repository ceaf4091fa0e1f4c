using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Relations;
using Extraction.Records;

namespace Extraction.Tests.Relations;

/// <summary>Roles linked to people on small documents written for these tests (invented people).</summary>
public sealed class RoleLinkerTests
{
    private static PersonEntity Person(List<PersonEntity> people, string name) => people.Single(p => p.Longest.Name == name);

    [Test]
    public void A_role_before_a_comma_and_the_name_is_an_apposition_before_it()
    {
        var (_, people) = RoleStageDocument.Read("Le ministre nigérien de la Défense, Issa Garba, a reçu la délégation.").LinkedPeople();
        var role = Person(people, "Issa Garba").Roles.Single();
        Assert.That((role.Title, role.Country, role.Basis), Is.EqualTo(("ministre de la Défense", "NE", RelationBases.AppositionBefore)));
    }

    [Test]
    public void A_role_after_the_name_and_alors_is_an_apposition_after_it()
    {
        var (_, people) = RoleStageDocument.Read("Issa Garba, alors ministre de la Défense, a reçu la délégation.").LinkedPeople();
        var role = Person(people, "Issa Garba").Roles.Single();
        Assert.That((role.Title, role.Basis), Is.EqualTo(("ministre de la Défense", RelationBases.AppositionAfter)));
    }

    [Test]
    public void A_plural_role_is_shared_out_over_the_names_in_order()
    {
        var (_, people) = RoleStageDocument.Read("Les présidents sénégalais et togolais, Amadou Sall et Koffi Mensah, ont parlé.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Amadou Sall").Roles.Select(r => (r.Title, r.Country)), Is.EqualTo(new[] { ("président", "SN") }));
            Assert.That(Person(people, "Koffi Mensah").Roles.Select(r => (r.Title, r.Country)), Is.EqualTo(new[] { ("président", "TG") }));
        });
    }

    [Test]
    public void Names_before_respectivement_take_the_plural_role_after_them()
    {
        var (_, people) = RoleStageDocument.Read("Amadou Sall et Koffi Mensah, respectivement ministres sénégalais et togolais de la Santé, ont parlé.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Amadou Sall").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de la Santé" }));
            Assert.That(Person(people, "Koffi Mensah").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de la Santé" }));
        });
    }

    [Test]
    public void Son_homologue_refers_back_to_the_subject_of_the_sentence()
    {
        var (_, people) = RoleStageDocument.Read("Le président Amadou Sall a reçu son homologue togolais Koffi Mensah.").LinkedPeople();
        var counterpart = Person(people, "Koffi Mensah");
        Assert.Multiple(() =>
        {
            Assert.That(counterpart.HomologueOf, Is.SameAs(Person(people, "Amadou Sall")));
            Assert.That(counterpart.HomologueCountries, Is.EqualTo(new[] { "TG" }));
        });
    }

    [Test]
    public void A_country_after_a_titled_name_is_stated()
    {
        var (_, people) = RoleStageDocument.Read("Le roi Karim Alami du Maroc a parlé.").LinkedPeople();
        Assert.That(Person(people, "Karim Alami").StatedCountry, Is.EqualTo("MA"));
    }

    [Test]
    public void A_pair_phrase_stands_between_a_plural_role_and_its_names()
    {
        var (_, people) = RoleStageDocument.Read("Les ministres de l'Intérieur des deux pays, respectivement Paul Mba et Issa Traoré, ont parlé.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Paul Mba").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de l'Intérieur" }));
            Assert.That(Person(people, "Issa Traoré").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de l'Intérieur" }));
        });
    }

    [Test]
    public void An_acronym_in_parentheses_stands_between_a_role_and_its_name()
    {
        var (_, people) = RoleStageDocument.Read("La secrétaire exécutive de l'Autorité (ABN), Marie Duval, a parlé.").LinkedPeople();
        Assert.That(Person(people, "Marie Duval").Roles.Select(r => r.Basis), Is.EqualTo(new[] { RelationBases.AppositionBefore }));
    }

    [Test]
    public void A_country_complement_in_a_name_list_goes_to_the_next_name()
    {
        var (_, people) = RoleStageDocument.Read("Les ministres de la Santé du Ghana, Kofi Mensah, et du Mali, Issa Traoré, ont parlé.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Kofi Mensah").Roles.Select(r => r.Country), Is.EqualTo(new[] { "GH" }));
            Assert.That(Person(people, "Issa Traoré").Roles.Select(r => r.Country), Is.EqualTo(new[] { "ML" }));
        });
    }

    [Test]
    public void A_pattern_row_the_linker_names_must_exist()
    {
        var rows = PatternFile.Load(RoleLinker.PatternsResource, RoleStageDocument.Sets);
        var without = new PatternSet("test", rows.Select(r => r.Pattern).Where(p => p.Name != "pair-phrase").ToArray());
        Assert.That(() => new RoleLinker(RoleStageDocument.Sets, without),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("'pair-phrase'"));
    }
}
