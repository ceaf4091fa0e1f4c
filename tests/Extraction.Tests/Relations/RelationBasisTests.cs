using Extraction.Records;

namespace Extraction.Tests.Relations;

/// <summary>The <c>basis</c> of holds_role, party_to and signatory_of names the construction that linked them.</summary>
public sealed class RelationBasisTests
{
    private static Relation Single(ExtractionResult r, string type, string subjectName, string? obj = null)
    {
        var id = r.People.SingleOrDefault(p => p.Name == subjectName)?.Id ?? subjectName;
        return r.Relations.Single(x => x.Type == type && x.Subject == id && (obj is null || x.Object == obj));
    }

    [Test]
    public void Role_constructions()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "Le ministre ghanéen de la Défense, Kwame Asante, a rencontré Moussa Traoré, ministre malien de l'Économie. " +
            "Le président Alassane Koné était présent.");
        Assert.Multiple(() =>
        {
            Assert.That(Single(r, RelationTypes.HoldsRole, "Kwame Asante").Basis, Is.EqualTo(RelationBases.AppositionBefore));
            Assert.That(Single(r, RelationTypes.HoldsRole, "Moussa Traoré").Basis, Is.EqualTo(RelationBases.AppositionAfter));
            Assert.That(Single(r, RelationTypes.HoldsRole, "Alassane Koné").Basis, Is.EqualTo(RelationBases.TitleBefore));
        });
    }

    [Test]
    public void Plural_role_over_a_list()
    {
        var r = FrenchNewsExtractor.Shared.Extract("Les ministres ghanéen et togolais des Finances, Kwame Asante et Kodjo Agbeko, se sont réunis à Lomé.");
        Assert.That(r.Relations.Where(x => x.Type == RelationTypes.HoldsRole).Select(x => x.Basis), Is.EqualTo(new[] { RelationBases.PluralRole, RelationBases.PluralRole }));
    }

    [Test]
    public void Parties_and_signatories()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "Le ministre ghanéen de la Défense, Kwame Asante, et le ministre togolais de la Défense, Kodjo Agbeko, ont signé jeudi " +
            "un accord de coopération militaire entre le Ghana et le Togo.");
        var agreement = r.Agreements.Single().Id;
        Assert.Multiple(() =>
        {
            Assert.That(Single(r, RelationTypes.PartyTo, "GH", agreement).Basis, Is.EqualTo(RelationBases.PartiesBetween));
            Assert.That(Single(r, RelationTypes.SignatoryOf, "Kwame Asante").Basis, Is.EqualTo(RelationBases.SubjectBeforeCue));
        });
    }

    [Test]
    public void Agent_signatories_and_their_countries()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "Un accord de coopération militaire a été signé jeudi par le ministre ghanéen de la Défense, Kwame Asante, " +
            "et le ministre togolais de la Défense, Kodjo Agbeko.");
        var agreement = r.Agreements.Single().Id;
        Assert.Multiple(() =>
        {
            Assert.That(Single(r, RelationTypes.SignatoryOf, "Kodjo Agbeko").Basis, Is.EqualTo(RelationBases.Agent));
            Assert.That(Single(r, RelationTypes.PartyTo, "TG", agreement).Basis, Is.EqualTo(RelationBases.SignatoryCountry));
        });
    }
}
