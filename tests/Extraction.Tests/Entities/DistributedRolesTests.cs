using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>One plural role phrase shared out over several people; sentences written for these tests (invented people).</summary>
public sealed class DistributedRolesTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("Les deux chefs de la diplomatie, le Marocain Karim Alami et l'Espagnol Luis Ortega, ont signé une déclaration.",
            new[] { "Karim Alami", "Luis Ortega" }, "chef de la diplomatie", new[] { "MA", "ES" }).SetName("Stated nationality before each name");
        yield return new TestCaseData("Les chefs de la diplomatie marocaine et chilienne, respectivement Pablo Ruiz et Diego Soto, ont parlé.",
            new[] { "Pablo Ruiz", "Diego Soto" }, "chef de la diplomatie", new[] { "MA", "CL" }).SetName("Adjectives in the order of respectivement");
        yield return new TestCaseData("Les chefs de la diplomatie argentine et chilienne, respectivement Pablo Ruiz et Diego Soto, ont parlé.",
            new[] { "Pablo Ruiz", "Diego Soto" }, "chef de la diplomatie", new[] { "AR", "CL" }).SetName("A feminine adjective spelled like its country's name");
        yield return new TestCaseData("Le texte porte la signature de Nadia Ferhat et de Salma Ben Ali, respectivement ministres algérienne et tunisienne de la Culture.",
            new[] { "Nadia Ferhat", "Salma Ben Ali" }, "ministre de la Culture", new[] { "DZ", "TN" }).SetName("Names before respectivement and the role");
        yield return new TestCaseData("Le président a reçu les nouveaux ambassadeurs du Kenya, Mme Grace Otieno, et de Turquie, M. Emre Yilmaz.",
            new[] { "Grace Otieno", "Emre Yilmaz" }, "ambassadeur", new[] { "KE", "TR" }).SetName("A country complement before each name");
        yield return new TestCaseData("Le Maroc et l'Espagne renforcent leur coopération. Les ministres de l'Intérieur des deux pays, respectivement Omar Fassi et Pedro Gil, se sont réunis.",
            new[] { "Omar Fassi", "Pedro Gil" }, "ministre de l'Intérieur", new[] { "MA", "ES" }).SetName("The two countries of the story in their order");
    }

    [TestCaseSource(nameof(Cases))]
    public void Each_person_gets_the_role_and_a_country(string body, string[] names, string title, string[] countries)
    {
        var r = Extract(body);
        Assert.Multiple(() =>
        {
            for (var k = 0; k < names.Length; k++)
            {
                var person = r.People.Single(p => p.Name == names[k]);
                Assert.That(person.Roles.Select(x => x.Title), Does.Contain(title), names[k]);
                Assert.That(person.Country, Is.EqualTo(countries[k]), names[k]);
            }
        });
    }

    [Test]
    public void A_plural_role_over_one_name_is_singular()
    {
        var person = Extract("Le roi a reçu les ambassadeurs du Kenya, Mme Grace Otieno, et d'autres diplomates.").People.Single(p => p.Name == "Grace Otieno");
        Assert.That(person.Roles.Select(x => x.Title), Is.EqualTo(new[] { "ambassadeur" }));
    }
}
