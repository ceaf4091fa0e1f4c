using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Sets of instruments and their named members; sentences written for these tests (invented people).</summary>
public sealed class EnumeratedInstrumentsTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static string[] Signatories(ExtractionResult r, Agreement a) =>
        a.Signatories.Select(id => r.People.Single(p => p.Id == id).Name).ToArray();

    private const string PartlyListed =
        "La commission mixte ghanéo-togolaise a clôturé ses travaux jeudi à Accra. Au total, douze accords, mémorandums d'entente et programmes exécutifs ont été signés, dont plusieurs dans l'énergie. "
        + "Le premier, un mémorandum d'entente dans le domaine des énergies renouvelables, a été paraphé par le ministre ghanéen de l'Energie, Kofi Mensah, et la ministre togolaise des Mines, Ama Dogbe. "
        + "Le deuxième, un programme exécutif de coopération culturelle pour la période 2025-2027, porte la signature de Yaw Boateng et de Kossi Agbeko, respectivement ministres ghanéen et togolais de la Culture.";

    [Test]
    public void A_partly_listed_set_is_one_entry_after_its_named_members()
    {
        var r = Extract(PartlyListed);
        Assert.That(r.Agreements.Select(a => a.Type), Is.EqualTo(new[]
        {
            "mémorandum d'entente dans le domaine des énergies renouvelables",
            "programme exécutif de coopération culturelle pour la période",
            "accords, mémorandums d'entente et programmes exécutifs",
        }));
    }

    [Test]
    public void Each_member_has_its_own_signatories_and_the_set_none()
    {
        var r = Extract(PartlyListed);
        Assert.Multiple(() =>
        {
            Assert.That(Signatories(r, r.Agreements[0]), Is.EquivalentTo(new[] { "Kofi Mensah", "Ama Dogbe" }));
            Assert.That(Signatories(r, r.Agreements[1]), Is.EquivalentTo(new[] { "Yaw Boateng", "Kossi Agbeko" }));
            Assert.That(r.Agreements[2].Signatories, Is.Empty);
        });
    }

    [Test]
    public void Members_and_set_take_the_date_of_the_event_not_a_period()
    {
        var r = Extract(PartlyListed);
        Assert.That(r.Agreements.Select(a => a.Date), Is.All.EqualTo("2024-05-09"));
    }

    [Test]
    public void A_fully_enumerated_set_gives_only_its_members()
    {
        var r = Extract("Le Ghana et le Togo ont signé lundi deux accords. Le premier, un accord de pêche, a été signé par les ministres de la Pêche. "
            + "Le second, un accord sur le transit douanier, a été signé par les ministres des Finances.");
        Assert.That(r.Agreements.Select(a => a.Type), Is.EqualTo(new[] { "accord de pêche", "accord sur le transit douanier" }));
    }

    [Test]
    public void Each_clause_has_its_own_signatories()
    {
        var r = Extract("Le ministre ghanéen du Commerce, Kofi Mensah, et son homologue togolais, Ama Dogbe, ont signé un accord commercial, tandis que le ministre ghanéen de l'Intérieur, Yaw Boateng, et son homologue togolais, Kossi Agbeko, ont signé une convention relative à la sécurité des frontières.");
        var convention = r.Agreements.Single(a => a.Type.StartsWith("convention"));
        Assert.Multiple(() =>
        {
            Assert.That(convention.Type, Is.EqualTo("convention relative à la sécurité des frontières"));
            Assert.That(Signatories(r, convention), Is.EquivalentTo(new[] { "Yaw Boateng", "Kossi Agbeko" }));
        });
    }

    [Test]
    public void Dash_list_items_take_the_lead_s_signing_and_their_own_signatories()
    {
        var r = Extract("Lors de la cérémonie présidée par les deux chefs d'Etat lundi, les instruments ci-après ont été signés :\n"
            + "- un accord de coopération douanière, par le ministre ghanéen des Finances, M. Kofi Mensah, et son homologue togolais, M. Ama Dogbe ;\n"
            + "- un protocole d'accord relatif au corridor routier, par le ministre ghanéen des Routes, M. Yaw Boateng, et son homologue togolais, M. Kossi Agbeko ;\n"
            + "- un mémorandum d'entente entre l'Université du Ghana et l'Université de Lomé, en présence du ministre ghanéen de l'Éducation, M. Kwame Asante.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Agreements.Select(a => a.Type), Is.EqualTo(new[]
                { "accord de coopération douanière", "protocole d'accord relatif au corridor routier", "mémorandum d'entente" }));
            Assert.That(Signatories(r, r.Agreements[1]), Is.EquivalentTo(new[] { "Yaw Boateng", "Kossi Agbeko" }));
            Assert.That(r.Agreements[2].Signatories, Is.Empty);
            Assert.That(r.Agreements.Select(a => a.Date), Is.All.EqualTo("2024-05-06"));
        });
    }

    [Test]
    public void An_elided_second_instrument_and_a_plural_after_d_are_instruments()
    {
        var r = Extract("Au total, une quinzaine d'accords sectoriels ont été conclus lundi entre le Ghana et le Togo, dont un accord sur la reconnaissance des diplômes et un autre sur la pêche.");
        Assert.That(r.Agreements.Select(a => a.Type), Is.EquivalentTo(new[] { "accord sur la reconnaissance des diplômes", "accord sur la pêche", "accords sectoriels" }));
    }
}
