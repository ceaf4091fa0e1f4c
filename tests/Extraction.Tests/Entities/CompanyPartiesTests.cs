using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Companies the gazetteer does not know, as organizations, role complements and agreement parties; sentences written for these tests.</summary>
public sealed class CompanyPartiesTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static string[] PartyNames(ExtractionResult r, Agreement a) =>
        a.Parties.Select(p => p.Code ?? r.Organizations.Single(o => o.Id == p.Organization).Name).ToArray();

    [Test]
    public void Companies_that_sign_are_the_parties()
    {
        var r = Extract("Le groupe Norsk Hydro et la compagnie Korea Zinc ont signé lundi un protocole d'accord sur le recyclage de l'aluminium.");
        Assert.That(PartyNames(r, r.Agreements.Single()), Is.EquivalentTo(new[] { "Norsk Hydro", "Korea Zinc" }));
    }

    [Test]
    public void A_company_name_keeps_its_leading_country_word_and_its_acronym()
    {
        var r = Extract("Le groupe public chinois China Copper Mining (CCM) a ouvert une mine près de Lusaka.");
        var company = r.Organizations.Single(o => o.Name == "China Copper Mining");
        Assert.That(company.Mentions.Select(m => m.Text), Is.EquivalentTo(new[] { "China Copper Mining", "CCM" }));
    }

    [Test]
    public void A_chief_executive_s_company_is_in_the_title_and_the_adjective_gives_the_country()
    {
        var r = Extract("Le PDG du géant pétrolier saoudien Saudi Aramco, Amin Khalid, a signé le contrat.");
        var person = r.People.Single(p => p.Name == "Amin Khalid");
        Assert.Multiple(() =>
        {
            Assert.That(person.Roles.Select(x => x.Title), Is.EqualTo(new[] { "PDG du géant pétrolier Saudi Aramco" }));
            Assert.That(person.Country, Is.EqualTo("SA"));
        });
    }

    [Test]
    public void A_company_named_like_a_person_is_not_a_person()
    {
        var r = Extract("Le PDG du géant pétrolier saoudien Saudi Aramco, Amin Khalid, a signé le contrat.");
        Assert.That(r.People.Select(p => p.Name), Has.None.EqualTo("Saudi Aramco"));
    }
}
