namespace Extraction.Tests.Relations;

/// <summary>A deadline or a later year is no signing date, in the agreement's sentence or the one it refers back to; texts written for these tests.</summary>
public sealed class AgreementDeadlineDateTests
{
    [Test]
    public void A_deadline_in_the_sentence_before_a_list_of_signed_texts_is_not_their_date()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "Le Gabon et le Mali ont adopté une feuille de route qui porte leurs échanges à un milliard d'ici 2030. " +
            "En marge des travaux, deux textes ont été signés :\n" +
            "- un mémorandum d'entente sur les mines, par le ministre gabonais des Mines, Paul Ekomi, et son homologue malien, Issa Kone ;\n" +
            "- un protocole d'accord sur l'énergie, par les deux ministres.");
        Assert.That(r.Agreements.Select(a => a.Date), Has.None.EqualTo("2030"));
    }

    [Test]
    public void A_year_after_the_reference_date_is_not_a_signing_date()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 Les deux ministres ont signé un accord de coopération qui couvre la période 2025-2030. " +
                                                  "Le ministre gabonais Paul Ekomi et son homologue malien Issa Kone se reverront en 2026.");
        Assert.That(r.Agreements.Single().Date, Is.Not.EqualTo("2026"));
    }
}
