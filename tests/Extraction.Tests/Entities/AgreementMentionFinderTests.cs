using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Temporal;
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

    // The rows of patterns-agreements.tsv, through the finder: each complement opener keeps its complement in the designation.
    [TestCase("Le Niger et le Tchad ont signé jeudi un accord portant sur la sécurité des frontières.", "accord portant sur la sécurité des frontières")]
    [TestCase("Le Niger et le Tchad ont signé jeudi une convention relative à la double imposition.", "convention relative à la double imposition")]
    [TestCase("Le Niger et le Tchad ont signé jeudi un protocole dans le domaine de la santé.", "protocole dans le domaine de la santé")]
    [TestCase("Le Niger et le Tchad ont signé jeudi un mémorandum en vue de la création de comités mixtes.", "mémorandum en vue de la création de comités mixtes")]
    [TestCase("Le Niger et le Tchad ont signé jeudi un accord sur le transport routier.", "accord sur le transport routier")]
    [TestCase("Le Niger et le Tchad ont signé jeudi un accord de défense et de sécurité maritime.", "accord de défense et de sécurité maritime")]
    public void A_complement_opener_keeps_its_complement_in_the_designation(string text, string designation) =>
        Assert.That(Mentions(text).Single().Designation, Is.EqualTo(designation));

    [Test]
    public void A_coordinator_without_a_complement_ends_the_designation() =>
        Assert.That(Mentions("Le Niger et le Tchad ont signé jeudi un accord de défense et les ministres sont repartis.").Single().Designation,
            Is.EqualTo("accord de défense"));

    [Test]
    public void An_introduced_quote_is_a_title_even_in_lowercase_and_a_bare_one_only_when_capitalized()
    {
        var introduced = Mentions("Les élus ont adopté une déclaration intitulée « pour une paix durable » à Niamey.").Single();
        var bare = Mentions("Les élus ont adopté une déclaration « pour une paix durable » à Niamey.");
        Assert.Multiple(() =>
        {
            Assert.That(introduced.Designation, Is.EqualTo("déclaration « pour une paix durable »"));
            Assert.That(bare.Select(m => m.Designation), Has.None.Contains("«"));
        });
    }

    [TestCase("Les élus ont adopté une déclaration “ Vers une paix durable ” à Niamey.", "déclaration “ Vers une paix durable ”")]
    [TestCase("Les élus ont adopté une déclaration baptisée \"pour une paix durable\" à Niamey.", "déclaration \"pour une paix durable\"")]
    public void A_title_closes_with_the_quote_that_matches_its_opening(string text, string designation) =>
        Assert.That(Mentions(text).Single().Designation, Is.EqualTo(designation));

    [Test]
    public void Mettre_fin_a_terminates_the_instrument() =>
        Assert.That(Mentions("Le gouvernement a décidé de mettre fin à l'accord de pêche.").Single().Status, Is.EqualTo(AgreementStatus.Terminated));

    [Test]
    public void A_finder_over_a_patterns_file_missing_one_of_its_rows_fails_at_construction()
    {
        const string Tiny = "name\tpattern\tproduces\texample\texpected\n"
                            + "termination\tfin de|du|à|au|d'\tinstrument-status\tLa fin de l'accord.\tmatch=fin de\n";
        var patterns = new PatternSet("tiny.tsv", PatternFile.Parse("tiny.tsv", new StringReader(Tiny), null).Select(r => r.Pattern).ToArray());
        Assert.That(() => new AgreementMentionFinder(EntityLexicon.Default, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default, patterns),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("tiny.tsv"));
    }
}
