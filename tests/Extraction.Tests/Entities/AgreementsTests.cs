using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Agreements on sentences written for these tests (invented people).</summary>
public sealed class AgreementsTests
{
    private static ExtractionResult Extract(string body, string date = "2024-05-10") => FrenchNewsExtractor.Shared.Extract($" date {date} " + body);

    private static string[] Signatories(ExtractionResult r, Agreement a) =>
        a.Signatories.Select(id => r.People.Single(p => p.Id == id).Name).ToArray();

    [Test]
    public void Signed_agreement_has_parties_signatories_and_date()
    {
        var r = Extract("Le ministre tunisien de la Santé, Sami Trabelsi, et son homologue libyen, Omar Zidane, ont signé le 3 mai à Tunis un protocole d'accord sur la formation des médecins.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Type, Is.EqualTo("protocole d'accord sur la formation des médecins"));
            Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "TN", "LY" }));
            Assert.That(Signatories(r, a), Is.EquivalentTo(new[] { "Sami Trabelsi", "Omar Zidane" }));
            Assert.That(a.Date, Is.EqualTo("2024-05-03"));
            Assert.That(a.Status, Is.EqualTo("signed"));
        });
    }

    [Test]
    public void A_lone_party_of_a_two_country_story_gets_the_other_country()
    {
        var r = Extract("Le Ghana et le Togo veulent relancer leur coopération énergétique. En 2022, le Ghana avait adopté une feuille de route sur l'électricité transfrontalière. Accra et Lomé discutent d'un nouveau tracé.");
        var a = r.Agreements.Single();
        Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "GH", "TG" }));
    }

    [Test]
    public void An_organization_ending_a_list_of_parties_is_a_party_named_as_written()
    {
        var r = Extract("Un protocole d'accord a été signé le 2 mars à Accra par le Ghana, le Burkina Faso et la CEDEAO.");
        var a = r.Agreements.Single();
        var organization = r.Organizations.Single(o => a.Parties.Any(p => p.Organization == o.Id));
        Assert.Multiple(() =>
        {
            Assert.That(a.Parties.Where(p => p.Code is not null).Select(p => p.Code), Is.EquivalentTo(new[] { "GH", "BF" }));
            Assert.That(organization.Name, Is.EqualTo("CEDEAO"));
        });
    }

    [TestCase("Accra – Le Togo et le Bénin ont signé lundi un accord de coopération douanière.")]
    [TestCase("Accra (AFP) – Le Togo et le Bénin ont signé lundi un accord de coopération douanière.")]
    public void The_dateline_city_is_not_a_party(string text)
    {
        var a = Extract(text).Agreements.Single();
        Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "TG", "BJ" }));
    }

    [Test]
    public void A_negated_signing_cue_does_not_sign_the_instrument()
    {
        var r = Extract("Le Ghana et le Togo négocient depuis mars un accord de pêche, sans qu'aucune date de signature ne soit fixée. Le Togo rappelle l'accord frontalier signé le 4 juin 1975 avec le Ghana.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Agreements.Single(a => a.Type == "accord de pêche").Status, Is.EqualTo("negotiated"));
            Assert.That(r.Agreements.Single(a => a.Type == "accord de pêche").Date, Is.Null);
            Assert.That(r.Agreements.Single(a => a.Type == "accord frontalier").Date, Is.EqualTo("1975-06-04"));
        });
    }

    [TestCase("Le Ghana et le Togo ont signé lundi une déclaration intitulée « Pour une frontière de paix », a annoncé Accra.")]
    [TestCase("Le Ghana et le Togo ont signé lundi une déclaration « Pour une frontière de paix », a annoncé Accra.")]
    public void A_quoted_title_names_the_instrument(string text)
    {
        var a = Extract(text).Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Type, Is.EqualTo("déclaration « Pour une frontière de paix »"));
            Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "GH", "TG" }));
            Assert.That(a.Status, Is.EqualTo("signed"));
        });
    }

    [Test]
    public void A_lowercase_quotation_after_the_noun_is_not_a_title()
    {
        var r = Extract("Le Ghana et le Togo ont signé lundi un mémorandum d'entente sur l'eau. Pour Accra, le mémorandum « prolonge la feuille de route » adoptée en 2022.");
        Assert.That(r.Agreements.Select(a => a.Type), Has.None.Contains("«"));
    }

    [Test]
    public void A_participle_clause_makes_a_bare_noun_an_instrument_with_a_distant_cue()
    {
        var r = Extract("Le Ghana et le Togo veulent un barrage commun. Un traité encadrant sa construction et son exploitation est en cours de négociation depuis 2020.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Type, Is.EqualTo("traité"));
            Assert.That(a.Status, Is.EqualTo("negotiated"));
        });
    }

    [Test]
    public void Parties_between_x_and_y_and_signed_by()
    {
        var r = Extract("Un traité d'amitié entre le Ghana et le Togo a été signé en mars 2023 par Kwame Boateng.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "GH", "TG" }));
            Assert.That(Signatories(r, a), Is.EqualTo(new[] { "Kwame Boateng" }));
            Assert.That(a.Date, Is.EqualTo("2023-03"));
        });
    }

    [Test]
    public void Only_evoked_or_future_instruments_are_not_agreements()
    {
        var r = Extract("Les deux pays ont seulement évoqué l'idée d'un futur accord de libre-échange entre le Kenya et l'Ouganda.");
        Assert.That(r.Agreements, Is.Empty);
    }

    [Test]
    public void Negotiated_instrument_has_no_signatories_and_no_date()
    {
        var r = Extract("Le Niger et le Bénin négocient depuis 2022 un accord de transit pétrolier.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Status, Is.EqualTo("negotiated"));
            Assert.That(a.Signatories, Is.Empty);
            Assert.That(a.Date, Is.Null);
            Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "NE", "BJ" }));
        });
    }

    [Test]
    public void A_later_reference_to_the_same_instrument_is_merged()
    {
        var r = Extract("La Côte d'Ivoire et le Liberia ont signé lundi un accord de coopération frontalière. Cet accord prévoit des patrouilles conjointes.");
        Assert.That(r.Agreements, Has.Count.EqualTo(1));
        Assert.That(r.Agreements[0].Mentions, Has.Count.EqualTo(2));
    }

    [Test]
    public void Organizations_can_be_parties()
    {
        var r = Extract("Un mémorandum d'entente a été signé le 2 mai entre l'Union africaine et la Tanzanie.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Parties.Select(p => p.Code).OfType<string>(), Is.EqualTo(new[] { "TZ" }));
            Assert.That(a.Parties.Count(p => p.Organization is not null), Is.EqualTo(1));
        });
    }

    [Test]
    public void Being_in_agreement_is_not_an_instrument()
    {
        var r = Extract("Le Maroc et l'Espagne sont d'accord sur la nécessité de coopérer.");
        Assert.That(r.Agreements, Is.Empty);
    }

    [Test]
    public void Every_agreement_relation_points_at_existing_records()
    {
        var r = Extract("Le ministre gabonais des Mines, Alain Moussavou, et son homologue camerounais, Jean Atangana, ont signé hier un accord-cadre de coopération minière.");
        var ids = r.People.Select(p => p.Id).Concat(r.Agreements.Select(a => a.Id)).ToHashSet();
        var relations = r.Relations.Where(x => x.Type is RelationTypes.SignatoryOf or RelationTypes.PartyTo).ToList();
        Assert.That(relations, Is.Not.Empty);
        Assert.That(relations.Where(x => x.Type == RelationTypes.SignatoryOf).All(x => ids.Contains(x.Subject) && ids.Contains(x.Object)), Is.True);
    }

    [TestCase("Une déclaration commune établissant un partenariat stratégique sur la pêche a été signée lundi entre le Ghana et le Togo.", "déclaration")]
    [TestCase("Le Ghana et le Togo ont signé lundi un mémorandum d'entente sur un « partenariat stratégique et global ».", "mémorandum")]
    public void An_instrument_named_inside_another_one_is_not_an_agreement_of_its_own(string body, string typeStart)
    {
        var a = Extract(body).Agreements.Single();
        Assert.That(a.Type, Does.StartWith(typeStart));
    }

    [Test]
    public void Instruments_of_one_ceremony_share_its_date()
    {
        var r = Extract("Le Ghana et le Togo ont signé jeudi un accord de pêche. Les deux ministres ont également signé un protocole d'accord sur la formation des douaniers.");
        Assert.That(r.Agreements.Select(a => a.Date), Is.EqualTo(new[] { "2024-05-09", "2024-05-09" }));
    }

    [Test]
    public void An_old_signing_recalled_in_the_story_does_not_date_today_s_instruments()
    {
        var r = Extract("Le Ghana et le Togo ont signé un protocole d'accord sur la formation des douaniers. Il prolonge la déclaration commune signée le 7 avril 2021 par les deux pays.");
        Assert.That(r.Agreements.Single(a => a.Type.StartsWith("protocole")).Date, Is.Null);
    }

    [Test]
    public void Instruments_of_the_story_s_event_take_its_day_and_the_recalled_one_keeps_its_own()
    {
        // "celle adoptée le 7 avril 2021" is a second, earlier declaration (adopted instruments count), dated by its own date
        var r = Extract("Les Premiers ministres du Ghana et du Togo ont coprésidé jeudi à Accra la commission mixte. "
            + "Parmi les textes signés figure un accord de pêche. Les deux ministres ont aussi signé une déclaration commune qui prolonge celle adoptée le 7 avril 2021.");
        Assert.That(r.Agreements.Select(a => a.Date), Is.EqualTo(new[] { "2024-05-09", "2024-05-09", "2021-04-07" }));
    }
}
