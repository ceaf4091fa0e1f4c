using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Forms of address, unaccented capitals and one-country stories; sentences written for these tests (invented people).</summary>
public sealed class NamesOfWireCopyTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    [TestCase("La séance était présidée par Son Excellence Monsieur Amadou Koné, Premier ministre.", "Amadou Koné")]
    [TestCase("Elle a reçu Son Excellence Madame Awa Traoré, ministre de la Santé.", "Awa Traoré")]
    [TestCase("La nouvelle ambassadrice du Brésil, Mme Ana Lucia Ferreira Lopes, a présenté ses lettres.", "Ana Lucia Ferreira Lopes")]
    [TestCase("Le Chef de l'Etat Amadou Koné a ouvert la session.", "Amadou Koné")]
    [TestCase("Le chef de l'Etat Maky Salif a ouvert la session.", "Maky Salif")]
    [TestCase("Le président a reçu M. NGUYEN Van Tam, ambassadeur du Vietnam.", "Nguyen Van Tam")]
    [TestCase("La chute du président syrien Hafez al-Rachid a surpris.", "Hafez al-Rachid")]
    [TestCase("La secrétaire d'État portugaise à la Défense, Ana Lucia Sequeira Dias, a parlé.", "Ana Lucia Sequeira Dias")]
    [TestCase("Le général Cheikh Ould Ahmed Salem était présent.", "Cheikh Ould Ahmed Salem")]
    public void The_name_is_the_name_without_what_precedes_it(string body, string name) =>
        Assert.That(Extract(body).People.Select(p => p.Name), Does.Contain(name));

    [Test]
    public void A_chain_of_forms_of_address_does_not_break_the_apposition()
    {
        var person = Extract("La nouvelle ambassadrice du Chili, S.E. Mme Paula Rojas Vidal, a présenté ses lettres de créance.").People
            .Single(p => p.Name == "Paula Rojas Vidal");
        Assert.Multiple(() =>
        {
            Assert.That(person.Roles.Select(r => r.Title), Is.EqualTo(new[] { "ambassadrice" }));
            Assert.That(person.Country, Is.EqualTo("CL"));
        });
    }

    [Test]
    public void Office_holders_of_a_one_country_story_belong_to_it()
    {
        var r = Extract("Au Ghana, le ministre de l'Intérieur, Kofi Mensah, a annoncé lundi à Accra un couvre-feu. Le ministre de la Défense, Yaw Boateng, a déployé l'armée dans le nord du Ghana.");
        Assert.Multiple(() =>
        {
            Assert.That(r.People.Single(p => p.Name == "Kofi Mensah").Country, Is.EqualTo("GH"));
            Assert.That(r.People.Single(p => p.Name == "Yaw Boateng").Country, Is.EqualTo("GH"));
            Assert.That(r.Relations.Single(x => x.Type == RelationTypes.Represents && x.Subject == r.People.Single(p => p.Name == "Yaw Boateng").Id).Basis,
                Is.EqualTo(RelationBases.Domestic));
        });
    }

    [Test]
    public void A_two_country_story_gives_no_default()
    {
        var r = Extract("Le Ghana et le Togo ont tenu lundi une réunion. Le ministre de la Défense, Yaw Boateng, y a pris part.");
        Assert.That(r.People.Single(p => p.Name == "Yaw Boateng").Country, Is.Null);
    }

    [Test]
    public void A_prince_before_a_name_is_a_form_of_address_and_a_shared_title_is_singular()
    {
        var r = Extract("Les ministres saoudien et sud-coréen chargés de l'Énergie, le prince Fayçal ben Nasser et Kim Min-jae, ont signé un accord.");
        Assert.Multiple(() =>
        {
            foreach (var (name, country) in new[] { ("Fayçal ben Nasser", "SA"), ("Kim Min-jae", "KR") })
            {
                var person = r.People.Single(p => p.Name == name);
                Assert.That(person.Roles.Select(x => x.Title), Is.EqualTo(new[] { "ministre chargé de l'Énergie" }), name);
                Assert.That(person.Country, Is.EqualTo(country), name);
            }
        });
    }

    [Test]
    public void A_memorial_named_after_a_doctor_is_not_a_person() =>
        Assert.That(Extract("Le roi s'est recueilli au Mémorial Dr Paulo Mendes Neto, à Luanda.").People, Is.Empty);

    [Test]
    public void An_unaccented_capital_keeps_the_title()
    {
        var person = Extract("Le chef de l'Etat Maky Salif a ouvert la session.").People.Single(p => p.Name == "Maky Salif");
        Assert.That(person.Roles.Select(r => r.Title), Is.EqualTo(new[] { "chef de l'Etat" }));
    }

    [TestCase("Le sénateur américain J.D. Warren a pris la parole.", "J.D. Warren")]
    [TestCase("Le romancier J. Warren Smith a pris la parole.", "J. Warren Smith")]
    public void Given_names_written_as_initials_open_the_name(string body, string name) =>
        Assert.That(Extract(body).People.Select(p => p.Name), Is.EqualTo(new[] { name }));

    [Test]
    public void A_form_of_address_is_no_initial()
    {
        var r = Extract("M. Paul Warren a pris la parole.");
        Assert.That(r.People.Select(p => p.Name), Is.EqualTo(new[] { "Paul Warren" }));
    }
}
