using Extraction.Records;

namespace Extraction.Tests.Relations;

/// <summary>Elimination in a two-country story with more than two people per side; a story written for this test.</summary>
public sealed class EliminationWithManyPeopleTests
{
    private const string Story =
        " date 2024-05-10 Le ministre marocain de l'Agriculture, Karim Alaoui, a reçu lundi à Rabat son homologue espagnol Luis Ortega. " +
        "Les entretiens ont réuni, côté marocain, Samir Bennani et Youssef Tazi, et, côté espagnol, Carmen Ruiz et Pablo Vidal. " +
        "Karim Alaoui et Luis Ortega ont signé un mémorandum d'entente. Ahmed Fassi, directeur de l'Office national, et " +
        "Elena Castro, directrice générale de l'Agence espagnole, ont paraphé un protocole d'accord.";

    [TestCase("Karim Alaoui", "MA")]
    [TestCase("Luis Ortega", "ES")]
    [TestCase("Samir Bennani", "MA")]
    [TestCase("Youssef Tazi", "MA")]
    [TestCase("Carmen Ruiz", "ES")]
    [TestCase("Pablo Vidal", "ES")]
    [TestCase("Elena Castro", "ES")]
    [TestCase("Ahmed Fassi", "MA")]
    public void Every_person_of_each_side_gets_that_side_s_country(string name, string country)
    {
        var r = FrenchNewsExtractor.Shared.Extract(Story);
        Assert.That(r.People.Single(p => p.Name == name).Country, Is.EqualTo(country));
    }

    [Test]
    public void The_signatory_without_a_cue_gets_the_country_his_counterpart_does_not_hold()
    {
        var r = FrenchNewsExtractor.Shared.Extract(Story);
        var fassi = r.People.Single(p => p.Name == "Ahmed Fassi");
        var link = r.Relations.Single(x => x.Type == RelationTypes.Represents && x.Subject == fassi.Id);
        Assert.That(link.Basis, Is.EqualTo(RelationBases.Elimination));
    }
}
