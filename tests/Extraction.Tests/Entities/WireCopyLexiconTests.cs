using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>
/// Titles, instrument kinds and non-person names of real wire copy, added to the lexicon tables
/// (role-heads.tsv, agreement-nouns.tsv, entity-cues.tsv, non-person-heads.tsv); sentences written for these tests.
/// </summary>
public sealed class WireCopyLexiconTests
{
    private static ExtractionResult Extract(string body, string date = "2024-05-10") => FrenchNewsExtractor.Shared.Extract($" date {date} " + body);

    private static Person PersonNamed(ExtractionResult r, string name) => r.People.Single(p => p.Name == name);

    [TestCase("La cheffe du gouvernement tunisienne, Leila Mansouri, a ouvert la séance.", "Leila Mansouri", "cheffe du gouvernement")]
    [TestCase("Le nonce apostolique, Mgr Paolo Renzi, a présenté ses vœux au corps diplomatique.", "Paolo Renzi", "nonce apostolique")]
    [TestCase("Le chargé d'affaires suédois, Tomas Lindqvist, a été convoqué lundi.", "Tomas Lindqvist", "chargé d'affaires")]
    [TestCase("Le vice-ministre chinois du Commerce, Liang Wenbo, est arrivé à Abidjan.", "Liang Wenbo", "vice-ministre du Commerce")]
    [TestCase("Le contre-amiral Yves Carnot a pris le commandement de la flotte.", "Yves Carnot", "contre-amiral")]
    [TestCase("Le général de brigade Moussa Traoré commande la région nord.", "Moussa Traoré", "général de brigade")]
    [TestCase("Le haut-commissaire Amadou Sy a visité le camp de réfugiés.", "Amadou Sy", "haut-commissaire")]
    [TestCase("Le PDG du groupe, Marc Delaunay, a présenté les résultats annuels.", "Marc Delaunay", "PDG du groupe")]
    public void Wire_copy_titles_are_roles(string body, string name, string title)
    {
        var person = PersonNamed(Extract(body), name);
        Assert.That(person.Roles.Select(r => r.Title), Does.Contain(title));
    }

    [Test]
    public void The_feminine_head_of_government_title_gives_the_country_of_its_adjective()
    {
        var person = PersonNamed(Extract("La cheffe du gouvernement tunisienne, Leila Mansouri, a ouvert la séance."), "Leila Mansouri");
        Assert.That(person.Country, Is.EqualTo("TN"));
    }

    [TestCase("Le Ghana et le Togo ont signé lundi un avenant à leur accord de pêche.", "avenant")]
    [TestCase("Le Ghana et le Togo ont signé lundi une lettre d'intention sur la formation des douaniers.", "lettre d'intention")]
    [TestCase("Le Ghana et le Togo ont signé lundi un programme exécutif de coopération culturelle.", "programme exécutif")]
    [TestCase("Le Ghana et le Togo ont signé lundi un arrangement technique sur le transport aérien.", "arrangement technique")]
    public void New_instrument_kinds_are_agreements(string body, string typeStart)
    {
        var a = Extract(body).Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Type, Does.StartWith(typeStart));
            Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "GH", "TG" }));
            Assert.That(a.Date, Is.EqualTo("2024-05-06"));
        });
    }

    [TestCase("Le groupe Kestrel Aerospace a ouvert une usine à Accra.", "Kestrel Aerospace")]
    [TestCase("La société Norland Engineering recrute deux cents techniciens.", "Norland Engineering")]
    [TestCase("Le Forum Ibrahim Diallo réunit chaque année les entrepreneurs.", "Ibrahim Diallo")]
    public void Companies_and_events_named_like_people_are_not_people(string body, string notAPerson) =>
        Assert.That(Extract(body).People.Select(p => p.Name), Has.None.Contains(notAPerson));

    [Test]
    public void A_nuncio_serves_the_holy_see()
    {
        var person = PersonNamed(Extract("Le nonce apostolique, Mgr Paolo Renzi, a présenté ses vœux au corps diplomatique."), "Paolo Renzi");
        Assert.That(person.Country, Is.EqualTo("VA"));
    }

    [TestCase("Côté malien, on notait la présence du général Moussa Traoré, chef d'état-major, du colonel Amadou Keïta, directeur du génie, et du commandant Ali Cissé.")]
    [TestCase("La délégation malienne comprend notamment le général Moussa Traoré, le colonel Amadou Keïta et le commandant Ali Cissé.")]
    public void A_side_named_first_gives_its_country_to_the_whole_list(string body)
    {
        var r = Extract(body);
        Assert.That(new[] { "Moussa Traoré", "Amadou Keïta", "Ali Cissé" }.Select(n => PersonNamed(r, n).Country), Is.All.EqualTo("ML"));
    }

    [TestCase("Le roi Carlos Alberto d'Espagne a reçu la délégation.", "Carlos Alberto", "ES")]
    [TestCase("Le président Kwame Mensah du Ghana a reçu la délégation.", "Kwame Mensah", "GH")]
    public void A_country_after_a_titled_name_is_the_person_s(string body, string name, string country) =>
        Assert.That(PersonNamed(Extract(body), name).Country, Is.EqualTo(country));

    [Test]
    public void A_pro_tempore_presidency_is_part_of_the_title()
    {
        var person = PersonNamed(Extract("Le président pro tempore de la Celac, Diego Soto, a ouvert le sommet."), "Diego Soto");
        Assert.That(person.Roles.Select(r => r.Title), Is.EqualTo(new[] { "président pro tempore de la Celac" }));
    }

    [TestCase("Aucun accord de pêche n'a été conclu lundi entre le Ghana et le Togo.")]
    [TestCase("Plus personne à Accra n'espère un accord de principe avec le Togo avant la fin du mandat.")]
    [TestCase("Le ministre togolais a dénoncé un gouvernement ghanéen sans feuille de route.")]
    public void Instruments_denied_or_only_hoped_for_are_not_agreements(string body) =>
        Assert.That(Extract(body).Agreements, Is.Empty);
}
