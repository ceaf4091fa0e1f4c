using Extraction.Lexicons;
using static Extraction.Tests.Entities.AgreementTestDocument;

namespace Extraction.Tests.Entities;

/// <summary>The instrument mention finder on its own, over small documents written for these tests.</summary>
public sealed class AgreementMentionFinderTests
{
    [Test]
    public void A_designation_runs_over_its_complements_and_takes_the_status_of_its_cue()
    {
        var m = Mentions("Le Ghana et le Togo ont signé jeudi un accord de coopération en matière de pêche.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(m.Designation, Is.EqualTo("accord de coopération en matière de pêche"));
            Assert.That(m.Status, Is.EqualTo(AgreementStatus.Signed));
            Assert.That(m.Anaphoric, Is.False);
            Assert.That(m.SetSize, Is.Null);
        });
    }

    [Test]
    public void Idioms_with_accord_are_not_instruments() =>
        Assert.That(Mentions("Les deux délégations sont d'accord sur le calendrier, en accord avec leurs capitales."), Is.Empty);

    [Test]
    public void An_elided_other_instrument_is_designated_by_the_noun_it_stands_for()
    {
        var found = Mentions("Le Bénin et le Niger ont signé un accord sur les visas et un autre sur la pêche.");
        Assert.That(found.Select(m => m.Designation), Is.EqualTo(new[] { "accord sur les visas", "accord sur la pêche" }));
    }

    [Test]
    public void A_modal_before_the_cue_makes_the_signing_planned() =>
        Assert.That(Mentions("Les deux pays devraient signer un accord de libre-échange.").Single().Status, Is.EqualTo(AgreementStatus.NotCounted));

    [Test]
    public void A_future_instrument_is_only_evoked() =>
        Assert.That(Mentions("Le futur traité de défense a été présenté aux députés.").Single().Status, Is.EqualTo(AgreementStatus.NotCounted));

    [Test]
    public void A_demonstrative_mention_is_an_anaphor()
    {
        var found = Mentions("Le Mali et le Niger ont conclu un traité d'amitié. Ce traité entre en vigueur en juin.");
        Assert.Multiple(() =>
        {
            Assert.That(found, Has.Count.EqualTo(2));
            Assert.That(found[0].Anaphoric, Is.False);
            Assert.That(found[1].Anaphoric, Is.True);
            Assert.That(found[1].Definite, Is.True);
        });
    }

    [Test]
    public void A_plural_designation_after_a_number_word_is_a_set_of_that_size()
    {
        var set = Mentions("Au total, douze nouveaux accords ont été signés à Lomé.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(set.SetSize, Is.EqualTo(12));
            Assert.That(set.Status, Is.EqualTo(AgreementStatus.Signed));
        });
    }

    [Test]
    public void The_end_of_an_instrument_terminates_it() =>
        Assert.That(Mentions("Le gouvernement a annoncé la fin de l'accord de pêche.").Single().Status, Is.EqualTo(AgreementStatus.Terminated));
}
