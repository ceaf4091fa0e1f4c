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

    [TestCase("Un protocole d'accord sur la recherche a été signé lundi entre l'université des sciences et technologies du Roi-Fahd (KFUST) et l'Institut supérieur coréen des sciences (KIS).",
        new[] { "université des sciences et technologies du Roi-Fahd", "Institut supérieur coréen des sciences" })]
    [TestCase("Une convention de partenariat a été signée lundi entre la Fondation nationale des musées et le Musée national du Prado.",
        new[] { "Fondation nationale des musées", "Musée national du Prado" })]
    [TestCase("Un mémorandum d'entente a été signé lundi entre l'Université Kwame Nkrumah et l'Université Félix Houphouët-Boigny.",
        new[] { "Université Kwame Nkrumah", "Université Félix Houphouët-Boigny" })]
    public void Universities_museums_and_foundations_are_parties_by_their_full_name(string body, string[] parties)
    {
        var r = Extract(body);
        Assert.That(PartyNames(r, r.Agreements.Single()), Is.EquivalentTo(parties));
    }

    [Test]
    public void Parties_after_the_next_instrument_are_that_one_s()
    {
        var r = Extract("Deux textes ont été signés lundi, dont un contrat de fourniture, signé par le PDG du groupe Norsk Hydro, Lars Berg, et un protocole d'accord entre l'Université de Lomé et l'Université du Ghana.");
        var contract = r.Agreements.Single(a => a.Type.StartsWith("contrat"));
        Assert.That(PartyNames(r, contract), Is.EqualTo(new[] { "Norsk Hydro" }));
    }
}
