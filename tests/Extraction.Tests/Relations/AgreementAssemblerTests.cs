using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Relations;
using static Extraction.Tests.Entities.AgreementTestDocument;

namespace Extraction.Tests.Relations;

/// <summary>The agreement assembler on its own (no people), over small documents written for these tests.</summary>
public sealed class AgreementAssemblerTests
{
    [Test]
    public void The_subject_countries_are_the_parties_and_the_capital_after_a_is_the_place()
    {
        var a = Agreements("Le Sénégal et la Gambie ont signé le 4 mars 2024 à Dakar un accord de coopération en matière de pêche.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Countries, Is.EqualTo(new[] { "SN", "GM" }));
            Assert.That(a.Place, Is.EqualTo("Dakar"));
            Assert.That(a.Date?.Value?.ToString(), Is.EqualTo("2024-03-04"));
            Assert.That(a.Status, Is.EqualTo(AgreementStatus.Signed));
        });
    }

    [Test]
    public void Countries_after_entre_are_explicit_parties()
    {
        var a = Agreements("Un accord de défense a été signé mardi entre le Mali et le Niger.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Countries, Is.EqualTo(new[] { "ML", "NE" }));
            Assert.That(a.ExplicitParties, Is.True);
            Assert.That(a.PartyBasis["ML"], Is.EqualTo(RelationBases.PartiesBetween));
        });
    }

    [Test]
    public void A_country_that_supports_the_signing_is_not_a_party()
    {
        var a = Agreements("Le Sénégal et la Gambie ont signé un accord sur la pêche avec le soutien du Maroc.").Single();
        Assert.That(a.Countries, Is.EqualTo(new[] { "SN", "GM" }));
    }

    [Test]
    public void A_re_mention_is_merged_into_its_instrument()
    {
        var a = Agreements("Le Togo et le Bénin ont signé lundi un accord sur le transit. Cet accord entre en vigueur en juin.").Single();
        Assert.That(a.Mentions, Has.Count.EqualTo(2));
    }

    [Test]
    public void Without_parties_in_its_clause_an_instrument_binds_the_story_s_two_countries()
    {
        var a = Agreements("Un accord sur la pêche a été signé jeudi.", "CI", "GH").Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Countries, Is.EqualTo(new[] { "CI", "GH" }));
            Assert.That(a.PartyBasis["CI"], Is.EqualTo(RelationBases.StoryDefault));
        });
    }

    [Test]
    public void An_instrument_only_evoked_is_not_counted() =>
        Assert.That(Agreements("Le Sénégal et la Gambie devraient signer un accord sur la pêche."), Is.Empty);

    [Test]
    public void Les_deux_pays_names_the_story_pair_as_parties_of_the_clause()
    {
        var pair = Agreements("Les deux pays ont signé jeudi un accord de pêche.", "SN", "GM").Single();
        var unnamed = Agreements("Un accord de pêche a été signé jeudi.", "SN", "GM").Single();
        Assert.Multiple(() =>
        {
            Assert.That(pair.Countries, Is.EqualTo(new[] { "SN", "GM" }));
            Assert.That(pair.PartyBasis["SN"], Is.EqualTo(RelationBases.PartyClause));
            Assert.That(unnamed.PartyBasis["SN"], Is.EqualTo(RelationBases.StoryDefault));
        });
    }

    [Test]
    public void An_entre_of_the_sentence_before_makes_no_explicit_parties()
    {
        // the "entre" five tokens back sits in the previous sentence: the parties of this one are only its clause's
        var a = Agreements("Une route relie désormais Dakar entre Thiès et Kaolack.\nLe Sénégal et la Gambie ont signé un accord sur la pêche.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Countries, Is.EqualTo(new[] { "SN", "GM" }));
            Assert.That(a.ExplicitParties, Is.False);
            Assert.That(a.PartyBasis["SN"], Is.EqualTo(RelationBases.PartyClause));
        });
    }

    [Test]
    public void Avec_opens_a_party_window_that_a_comma_closes()
    {
        var a = Agreements("Le Mali a signé jeudi à Bamako un accord de pêche avec le Niger.").Single();
        Assert.That(a.Countries, Is.EqualTo(new[] { "ML", "NE" }));
    }

    [Test]
    public void A_pronoun_with_its_participle_is_another_instrument_with_its_own_date()
    {
        var agreements = Agreements("Le Togo et le Bénin ont signé le 6 mai 2024 une charte de bon voisinage qui remplace celle adoptée le 3 mars 2001 à Lomé.");
        Assert.Multiple(() =>
        {
            Assert.That(agreements.Select(a => a.Designation), Is.EqualTo(new[] { "charte de bon voisinage", "charte de bon voisinage" }));
            Assert.That(agreements.Select(a => a.Date?.Value?.ToString()), Is.EqualTo(new[] { "2024-05-06", "2001-03-03" }));
            Assert.That(agreements.Select(a => a.Status), Is.EqualTo(new[] { AgreementStatus.Signed, AgreementStatus.Adopted }));
        });
    }

    [Test]
    public void An_event_anaphor_does_not_take_the_date_of_an_instrument_a_pronoun_stands_for()
    {
        var agreements = Agreements("Le Togo et le Bénin ont signé une charte qui prolonge celle adoptée le 3 mars 2001, lors de la visite du président togolais. "
                                    + "En marge de la réunion, les deux pays ont conclu une convention sur le transit.");
        Assert.That(agreements.Single(a => a.Designation.StartsWith("convention", StringComparison.Ordinal)).Date, Is.Null);
    }

    [Test]
    public void An_instrument_embedded_with_its_participle_is_an_earlier_one_and_keeps_its_date()
    {
        var agreements = Agreements("Un avenant à la convention conclue en mars 2010 entre le Togo et le Bénin a été signé à Lomé.");
        Assert.Multiple(() =>
        {
            Assert.That(agreements.Select(a => a.Designation), Is.EqualTo(new[] { "avenant à la convention", "convention" }));
            Assert.That(agreements.Select(a => a.Status), Is.EqualTo(new[] { AgreementStatus.Signed, AgreementStatus.Concluded }));
            Assert.That(agreements.Select(a => a.Date?.Value?.ToString()), Is.EqualTo(new[] { null, "2010-03" }));
            Assert.That(agreements[1].Countries, Is.EqualTo(new[] { "TG", "BJ" }));
        });
    }

    [Test]
    public void A_set_told_in_the_headline_and_again_in_the_story_is_one_set()
    {
        var agreements = Agreements("Sénégal-Gambie : cinq accords de coopération signés à Banjul\n\nLe Sénégal et la Gambie ont signé jeudi cinq accords de coopération.");
        Assert.Multiple(() =>
        {
            Assert.That(agreements, Has.Count.EqualTo(1));
            Assert.That(agreements[0].Mentions, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Two_sets_of_different_sizes_stay_two() =>
        Assert.That(Agreements("Le Sénégal et la Gambie ont signé jeudi cinq accords de coopération. Le Mali et le Niger ont signé lundi trois accords de coopération."),
            Has.Count.EqualTo(2));

    [Test]
    public void Instruments_concluded_at_the_event_take_the_day_of_its_signing()
    {
        var agreements = Agreements("Le Togo et le Bénin ont signé le 6 mai 2024 un traité de bon voisinage. "
                                    + "Au total, six accords sectoriels ont été conclus à cette occasion.");
        Assert.That(agreements.Select(a => a.Date?.Value?.ToString()), Is.EqualTo(new[] { "2024-05-06", "2024-05-06" }));
    }

    [Test]
    public void An_instrument_concluded_with_no_event_anaphor_gets_no_ceremony_date()
    {
        var agreements = Agreements("Le Togo et le Bénin ont signé le 6 mai 2024 un traité de bon voisinage. Les deux pays avaient conclu un accord de pêche.");
        Assert.That(agreements.Single(a => a.Status == AgreementStatus.Concluded).Date, Is.Null);
    }

    [Test]
    public void An_instrument_nobody_hopes_for_any_more_is_not_counted() =>
        Assert.That(Agreements("Les discussions, suspendues depuis mars, sont au point mort et plus personne à Lomé n'espère un accord de paix cette année."), Is.Empty);

    [Test]
    public void A_dash_item_s_parties_are_those_of_its_own_item()
    {
        var agreements = Agreements("Lors de la visite, les textes suivants ont été signés :\n- un accord de pêche entre le Togo et le Ghana ;\n"
                                    + "- un protocole sur le transit routier entre le Togo et le Bénin.");
        Assert.That(agreements.Select(a => string.Join(",", a.Countries)), Is.EqualTo(new[] { "TG,GH", "TG,BJ" }));
    }

    [TestCase(AgreementAssembler.MaxRementionSentences - 1, 2)]
    [TestCase(AgreementAssembler.MaxRementionSentences, 1)]
    public void A_re_mention_joins_an_instrument_only_within_the_re_mention_window(int sentencesBetween, int mentions)
    {
        // "Cet accord" as many sentences after the signing as a long document of many stories puts between them
        var filler = string.Concat(Enumerable.Repeat("Il pleut. ", sentencesBetween));
        var a = Agreements($"Le Togo et le Bénin ont signé lundi un accord sur le transit. {filler}Cet accord entre en vigueur en juin.").Single();
        Assert.That(a.Mentions, Has.Count.EqualTo(mentions));
    }
}
