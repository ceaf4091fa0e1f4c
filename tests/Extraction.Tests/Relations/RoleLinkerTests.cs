using Extraction.Entities;
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
}
