namespace Extraction.Tests.Relations;

/// <summary>"X a signé avec Y un accord": both sign; texts written for these tests.</summary>
public sealed class SigningPartnerTests
{
    [TestCase("Le ministre gabonais des Mines, Paul Ekomi, a signé avec son homologue malien Issa Kone un accord de coopération.")]
    [TestCase("Le ministre gabonais des Mines, Paul Ekomi, a signé jeudi avec le ministre malien des Mines, Issa Kone, un accord de coopération.")]
    public void The_person_after_avec_signs_too(string body)
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);
        var names = r.Agreements.Single().Signatories.Select(id => r.People.Single(p => p.Id == id).Name);
        Assert.That(names, Is.EquivalentTo(new[] { "Paul Ekomi", "Issa Kone" }));
    }

    [Test]
    public void A_person_after_the_designation_does_not_sign()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 Le ministre gabonais des Mines, Paul Ekomi, a signé un accord avec le Mali en présence du président Issa Kone.");
        var names = r.Agreements.Single().Signatories.Select(id => r.People.Single(p => p.Id == id).Name);
        Assert.That(names, Is.EqualTo(new[] { "Paul Ekomi" }));
    }
}
