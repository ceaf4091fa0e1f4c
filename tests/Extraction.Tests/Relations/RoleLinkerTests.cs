using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Relations;
using Extraction.Records;

namespace Extraction.Tests.Relations;

/// <summary>Roles linked to people on small documents written for these tests (invented people).</summary>
public sealed class RoleLinkerTests
{
    private static PersonEntity Person(IReadOnlyList<PersonEntity> people, string name) => people.Single(p => p.Longest.Name == name);

    private static PersonFacts Person(PeopleFacts people, string name) => people[name];

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
    public void A_role_right_before_the_name_without_a_comma_is_a_title_before_it()
    {
        var (_, people) = RoleStageDocument.Read("Le ministre nigérien de la Défense Issa Garba a reçu la délégation, puis il est parti.").LinkedPeople();
        Assert.That(Person(people, "Issa Garba").Roles.Single().Basis, Is.EqualTo(RelationBases.TitleBefore));
    }

    [Test]
    public void The_successor_takes_the_role_after_comme()
    {
        var (_, people) = RoleStageDocument.Read("Paul Ekomi a succédé à Issa Kone comme président du Sénat.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Paul Ekomi").Roles.Select(r => (r.Title, r.Basis)), Is.EqualTo(new[] { ((string?)"président du Sénat", RelationBases.Predicate) }));
            Assert.That(Person(people, "Issa Kone").Roles, Is.Empty);
        });
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
            Assert.That(counterpart.HomologueOf, Is.SameAs(people.Person("Amadou Sall")));
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
    public void An_apposition_chain_hands_the_person_of_the_last_role_to_the_roles_before_it()
    {
        var (_, people) = RoleStageDocument.Read("Le vice-Premier ministre, ministre de la Défense, Issa Garba, a reçu la délégation.").LinkedPeople();
        Assert.That(Person(people, "Issa Garba").Roles.Select(r => r.Title), Is.EquivalentTo(new[] { "vice-Premier ministre", "ministre de la Défense" }));
    }

    [Test]
    public void A_chain_after_the_name_goes_back_to_it_through_the_role_before_the_comma()
    {
        var (_, people) = RoleStageDocument.Read("Issa Garba, ministre d'État, ministre de la Défense, a reçu la délégation.").LinkedPeople();
        Assert.That(Person(people, "Issa Garba").Roles.Select(r => r.Title), Is.EquivalentTo(new[] { "ministre d'État", "ministre de la Défense" }));
    }

    [Test]
    public void A_country_complement_may_stand_between_the_name_and_the_apposition_comma()
    {
        var (_, people) = RoleStageDocument.Read("Le président Rafael Mora de l'Équateur, président pro tempore de la Celac, a parlé.").LinkedPeople();
        Assert.That(Person(people, "Rafael Mora").Roles.Select(r => r.Title), Does.Contain("président pro tempore de la Celac"));
    }

    [Test]
    public void Names_before_sont_nommes_respectivement_share_out_the_portfolios_in_order()
    {
        var (_, people) = RoleStageDocument.Read("Amadou Sall et de Koffi Mensah sont nommés respectivement ministres de l'Intérieur et de la Défense.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Amadou Sall").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de l'Intérieur" }));
            Assert.That(Person(people, "Koffi Mensah").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de la Défense" }));
        });
    }

    [Test]
    public void A_name_whose_honorific_ends_the_paragraph_before_still_opens_the_list()
    {
        var (_, people) = RoleStageDocument.Read("Le texte a été signé par Mme Awa Diop et M.\n\nAmadou Sall et Koffi Mensah sont nommés respectivement ministres de l'Intérieur et de la Défense.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Amadou Sall").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de l'Intérieur" }));
            Assert.That(Person(people, "Koffi Mensah").Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de la Défense" }));
        });
    }

    [Test]
    public void The_nearest_person_before_a_predicate_role_takes_it()
    {
        var (_, people) = RoleStageDocument.Read("Selon Paul Ekomi, Aïcha Mbaye a été nommée ministre de la Santé.").LinkedPeople();
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Aïcha Mbaye").Roles.Select(r => (r.Title, r.Basis)), Is.EqualTo(new[] { ((string?)"ministre de la Santé", RelationBases.Predicate) }));
            Assert.That(Person(people, "Paul Ekomi").Roles, Is.Empty);
        });
    }

    [Test]
    public void The_pass_returns_its_roles_as_a_layer()
    {
        var (links, people) = RoleStageDocument.Read("Le ministre nigérien de la Défense, Issa Garba, a reçu la délégation.").Links();
        var person = Person(people, "Issa Garba");
        Assert.Multiple(() =>
        {
            Assert.That(links.Roles.Select(r => (r.Person, r.Role.Title, r.Role.Country, r.Role.Basis)),
                Is.EqualTo(new[] { (person, (string?)"ministre de la Défense", (string?)"NE", RelationBases.AppositionBefore) }));
            Assert.That(links.Homologues, Is.Empty);
        });
    }

    [Test]
    public void A_counterpart_is_a_homologue_link_of_the_layer()
    {
        var (links, people) = RoleStageDocument.Read("Le président Amadou Sall a reçu son homologue togolais Koffi Mensah.").Links();
        var link = links.Homologues.Single();
        Assert.Multiple(() =>
        {
            Assert.That(link.Person, Is.SameAs(Person(people, "Koffi Mensah")));
            Assert.That(link.Of, Is.SameAs(Person(people, "Amadou Sall")));
            Assert.That(link.Countries, Is.EqualTo(new[] { "TG" }));
        });
    }

    [Test]
    public void A_stated_country_is_one_record_per_person_the_first_its_mentions_state()
    {
        var (links, people) = RoleStageDocument.Read("Le Gabonais Paul Mba a parlé. Paul Mba (Mali) a ensuite parlé.").Links();
        Assert.That(links.StatedCountries, Is.EqualTo(new[] { new StatedCountry(Person(people, "Paul Mba"), "GA") }));
    }

    [Test]
    public void A_country_after_an_untitled_name_is_not_stated()
    {
        var (links, _) = RoleStageDocument.Read("Karim Alami du Maroc a parlé.").Links();
        Assert.That(links.StatedCountries, Is.Empty);
    }

    [Test]
    public void Applying_the_layer_gives_a_table_of_roles_counterparts_and_countries()
    {
        var (links, people) = RoleStageDocument.Read("Le président gabonais Paul Mba a reçu son homologue malien Issa Traoré (Mali).").Links();
        var facts = PersonLayers.Apply(new PersonTable(people.Count), links);
        var (host, guest) = (Person(people, "Paul Mba"), Person(people, "Issa Traoré"));
        Assert.Multiple(() =>
        {
            Assert.That(facts[host].Roles.Select(r => r.Title), Is.EqualTo(new[] { "président" }));
            Assert.That((facts[guest].HomologueOf, facts[guest].HomologueCountries), Is.EqualTo((host, (IReadOnlyList<string>)["ML"])));
            Assert.That(facts[guest].StatedCountry, Is.EqualTo("ML"));
        });
    }

    [Test]
    public void A_pattern_row_the_linker_names_must_exist()
    {
        var rows = PatternFile.Load(RoleLinker.PatternsResource, RoleStageDocument.Sets);
        var without = new PatternSet("test", rows.Select(r => r.Pattern).Where(p => p.Name != "role-to-name").ToArray());
        Assert.That(() => new RoleLinker(RoleStageDocument.Sets, without),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("'role-to-name'"));
    }
}
