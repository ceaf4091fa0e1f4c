using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>People, roles and person countries on sentences written for these tests (invented people).</summary>
public sealed class PeopleAndRolesTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static Person Single(ExtractionResult result, string name)
    {
        var matches = result.People.Where(p => p.Name == name).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"people: {string.Join(", ", result.People.Select(p => p.Name))}");
        return matches[0];
    }

    public static IEnumerable<TestCaseData> Appositions()
    {
        yield return new TestCaseData("Le ministre marocain des Affaires étrangères, Karim Benali, a reçu la presse.",
            "Karim Benali", "ministre des Affaires étrangères", "MA").SetName("Role_adjective_then_name");
        yield return new TestCaseData("Sophie Martinot, ministre française de la Culture, a inauguré le musée.",
            "Sophie Martinot", "ministre de la Culture", "FR").SetName("Name_then_role");
        yield return new TestCaseData("Le ministre de la Défense nationale tunisien, Hatem Bouzid, est arrivé mardi.",
            "Hatem Bouzid", "ministre de la Défense nationale", "TN").SetName("Adjective_after_portfolio");
        yield return new TestCaseData("La présidente du Conseil italien, Carla Rinaldi, a salué l'initiative.",
            "Carla Rinaldi", "présidente du Conseil", "IT").SetName("Feminine_title");
        yield return new TestCaseData("Le chef de l'État nigérian Musa Danjuma a ouvert le sommet.",
            "Musa Danjuma", "chef de l'État", "NG").SetName("Title_directly_before_name");
        yield return new TestCaseData("L'ambassadeur de France au Maroc, Luc Moreau, a signé le registre.",
            "Luc Moreau", "ambassadeur au Maroc", "FR").SetName("Ambassador_sender_and_posting");
        yield return new TestCaseData("Le ministre des Relations extérieures de l'Angola, Pedro Nunes, était présent.",
            "Pedro Nunes", "ministre des Relations extérieures", "AO").SetName("Government_complement_gives_country");
    }

    [TestCaseSource(nameof(Appositions))]
    public void Role_and_country_come_from_the_apposition(string body, string name, string title, string country)
    {
        var person = Single(Extract(body), name);
        Assert.Multiple(() =>
        {
            Assert.That(person.Roles.Select(r => r.Title), Does.Contain(title));
            Assert.That(person.Country, Is.EqualTo(country));
        });
    }

    [Test]
    public void A_name_after_de_ends_the_title()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 Paul Verneuil, ancien directeur de cabinet de Jacques Lemoinard, a été nommé mardi.");
        Assert.Multiple(() =>
        {
            Assert.That(r.People.Select(p => p.Name), Does.Contain("Jacques Lemoinard"));
            Assert.That(r.People.SelectMany(p => p.Roles).Select(x => x.Title), Has.None.Contains("Jacques"));
        });
    }

    // a capitalized adjective closes the portfolio instead of opening the name; a middle initial stays inside the name
    [TestCase("Les mesures annoncées par la ministre de l'Éducation Nationale Claire Duvallon ont été saluées.", "Claire Duvallon", "ministre de l'Éducation Nationale")]
    [TestCase("Le président Harold T. Brennan a reçu lundi à Washington le ministre ghanéen des Finances.", "Harold T. Brennan", "président")]
    public void The_name_and_title_are_split_where_they_meet(string body, string name, string title)
    {
        var person = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body).People.Single(p => p.Name == name);
        Assert.That(person.Roles.Select(x => x.Title), Does.Contain(title));
    }

    [TestCase("Le candidat de l'UDF Paul Verneuil a reconnu sa défaite dimanche.", "Paul Verneuil")]
    [TestCase("Les élus de la Bavière Pierre Obermann et Anne Kessler ont voté contre.", "Pierre Obermann")]
    public void A_word_glued_before_a_first_name_is_not_part_of_the_name(string body, string name) =>
        Assert.That(FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body).People.Select(p => p.Name), Does.Contain(name));

    [TestCase("Michel Barnet est sénateur RPR de Savoie depuis 1995.", "Rpr de Savoie")]
    [TestCase("Le Parlement du Pays de Galles a voté la loi.", "Parlement du Pays de Galles")]
    public void Acronyms_and_institutions_are_not_people(string body, string notAPerson) =>
        Assert.That(FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body).People.Select(p => p.Name), Does.Not.Contain(notAPerson));

    [Test]
    public void Organizations_no_gazetteer_knows_come_from_the_recognizer()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 La Fondation Tamani a dénoncé mardi la décision. Selon l'Association Kounda, le projet est retardé.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Organizations.Select(o => o.Name), Is.SupersetOf(new[] { "Fondation Tamani", "Association Kounda" }));
            Assert.That(r.People, Is.Empty);
        });
    }

    [Test]
    public void A_name_used_as_a_place_once_is_a_place_everywhere()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 Les deux pays veulent rouvrir le poste frontalier de Kara Tessit. « Sans Kara Tessit, toute la région s'arrête », dit un commerçant.");
        Assert.That(r.People.Select(p => p.Name), Does.Not.Contain("Kara Tessit"));
    }

    [Test]
    public void Several_roles_in_a_chain_all_go_to_the_person()
    {
        var result = Extract("Le Vice-Premier ministre, ministre des Affaires étrangères du Gabon, M. Paul Ondo, a été reçu.");
        var person = Single(result, "Paul Ondo");
        Assert.Multiple(() =>
        {
            Assert.That(person.Roles.Select(r => r.Title), Is.EquivalentTo(new[] { "Vice-Premier ministre", "ministre des Affaires étrangères" }));
            Assert.That(person.Country, Is.EqualTo("GA"));
        });
    }

    [Test]
    public void Homologue_takes_the_counterpart_title_and_its_own_adjective_country()
    {
        var result = Extract("Le ministre sénégalais de la Défense, Moussa Ndiour, et son homologue malien, Ibrahim Kanté, se sont entretenus à Dakar.");
        var counterpart = Single(result, "Ibrahim Kanté");
        Assert.Multiple(() =>
        {
            Assert.That(counterpart.Country, Is.EqualTo("ML"));
            Assert.That(counterpart.Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de la Défense" }));
            Assert.That(Single(result, "Moussa Ndiour").Country, Is.EqualTo("SN"));
        });
    }

    [Test]
    public void Surname_and_honorific_mentions_join_the_full_name()
    {
        var result = Extract("Le ministre algérien de l'Énergie, Rachid Belkacem, a visité le site. M. Belkacem a ensuite rencontré la presse. Belkacem repart demain.");
        var person = Single(result, "Rachid Belkacem");
        Assert.That(person.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Rachid Belkacem", "Belkacem", "Belkacem" }));
    }

    [Test]
    public void Surname_mentions_match_without_their_accents()
    {
        var result = Extract("Le ministre malien de la Justice, Oumar Diakité, a parlé. M. DIAKITE a ensuite quitté la salle.");
        Assert.That(Single(result, "Oumar Diakité").Mentions, Has.Count.EqualTo(2));
    }

    [Test]
    public void All_caps_surnames_are_written_in_normal_case_without_the_honorific()
    {
        var result = Extract("Le Président de la République du Congo, S.E.M. Pierre KOUASSI NGOMA, a reçu les ambassadeurs.");
        var person = Single(result, "Pierre Kouassi Ngoma");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.EqualTo("CG"));
            Assert.That(person.Mentions[0].Text, Is.EqualTo("Pierre KOUASSI NGOMA"));
        });
    }

    [Test]
    public void Particles_stay_inside_the_name()
    {
        var result = Extract("La commissaire européenne, Maria van der Berg, et le ministre belge Luc de Smet ont parlé.");
        Assert.That(result.People.Select(p => p.Name), Is.SupersetOf(new[] { "Maria van der Berg", "Luc de Smet" }));
    }

    [Test]
    public void Plural_roles_are_distributed_over_the_names_in_order()
    {
        var result = Extract("Les présidents ivoirien et ghanéen, Paul Yao Konan et Kofi Mensah Asare, ont ouvert la réunion.");
        Assert.Multiple(() =>
        {
            Assert.That(Single(result, "Paul Yao Konan").Country, Is.EqualTo("CI"));
            Assert.That(Single(result, "Kofi Mensah Asare").Country, Is.EqualTo("GH"));
            Assert.That(Single(result, "Kofi Mensah Asare").Roles.Select(r => r.Title), Is.EqualTo(new[] { "président" }));
        });
    }

    [Test]
    public void Ranks_are_roles_and_not_part_of_the_name()
    {
        var result = Extract("Le chef de la junte nigérienne, le général Moussa Garba, a reçu les émissaires.");
        var person = Single(result, "Moussa Garba");
        Assert.That(person.Roles.Select(r => r.Title), Does.Contain("général"));
    }

    [Test]
    public void Organization_roles_keep_the_organization_and_give_no_country()
    {
        var result = Extract("Le secrétaire général de l'ONU, Paulo Moreira, a appelé au calme.");
        var person = Single(result, "Paulo Moreira");
        Assert.Multiple(() =>
        {
            Assert.That(person.Roles.Single().Title, Is.EqualTo("secrétaire général de l'ONU"));
            Assert.That(person.Roles.Single().Organization, Is.Not.Null);
            Assert.That(person.Country, Is.Null);
        });
    }

    [Test]
    public void Equivalent_wordings_of_one_office_are_listed_once()
    {
        var result = Extract("Le chef de l'État béninois, Marc Hounkpè, a parlé. Le président béninois, Marc Hounkpè, a ensuite quitté la salle.");
        Assert.That(Single(result, "Marc Hounkpè").Roles.Select(r => r.Title), Is.EqualTo(new[] { "président" }));
    }

    public static IEnumerable<TestCaseData> NotPeople()
    {
        yield return new TestCaseData("Par Claire Dufresne, avec AFP\n\nLe sommet s'est ouvert à Lomé.", "Claire Dufresne").SetName("Byline");
        yield return new TestCaseData("Les délégations sont arrivées à l'aéroport Félix Eboué.", "Félix Eboué").SetName("Airport_named_after_a_person");
        yield return new TestCaseData("La Fondation Jean Moulinier finance le programme.", "Jean Moulinier").SetName("Foundation_named_after_a_person");
        yield return new TestCaseData("Les chefs d'État ont posé pour la photo. © Photo Marc Dubreuil / AFP", "Marc Dubreuil").SetName("Photo_credit");
    }

    [TestCaseSource(nameof(NotPeople))]
    public void Names_that_are_not_people_here_are_left_out(string body, string name)
    {
        Assert.That(Extract(body).People.Select(p => p.Name), Does.Not.Contain(name));
    }
}
