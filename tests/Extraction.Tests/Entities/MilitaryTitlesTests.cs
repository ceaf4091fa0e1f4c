using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Ranks, commands and chained titles of military and government news; sentences written for these tests (invented people).</summary>
public sealed class MilitaryTitlesTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static string[] TitlesOf(ExtractionResult r, string name) => r.People.Single(p => p.Name == name).Roles.Select(x => x.Title).ToArray();

    [TestCase("Le général Abdou Sene, chef d'état-major général des armées, a ouvert la séance.",
        "Abdou Sene", new[] { "général", "chef d'état-major général des armées" })]
    [TestCase("La délégation comprend le général de brigade Abdou Sene, commandant des écoles militaires, et deux colonels.",
        "Abdou Sene", new[] { "général de brigade", "commandant des écoles militaires" })]
    [TestCase("On notait la présence du général de brigade Moussa Baba, chef d'état-major de l'armée de terre, du colonel Sidi Bara, commandant de la Garde nationale.",
        "Moussa Baba", new[] { "général de brigade", "chef d'état-major de l'armée de terre" })]
    [TestCase("On notait la présence du général de brigade Moussa Baba, chef d'état-major de l'armée de terre, du colonel Sidi Bara, commandant de la Garde nationale.",
        "Sidi Bara", new[] { "colonel", "commandant de la Garde nationale" })]
    [TestCase("Le président a annoncé le départ du commandant des Forces militaires, l'amiral Juan Rozo, et de deux généraux.",
        "Juan Rozo", new[] { "commandant des Forces militaires", "amiral" })]
    [TestCase("Le ministre a été reçu par le vice-Premier ministre et ministre tchèque de la Défense nationale, Karel Novak.",
        "Karel Novak", new[] { "vice-Premier ministre", "ministre de la Défense nationale" })]
    public void A_rank_and_a_function_are_two_roles(string body, string name, string[] titles) =>
        Assert.That(TitlesOf(Extract(body), name), Is.EquivalentTo(titles));

    [Test]
    public void A_rank_before_a_particle_name_is_not_a_command()
    {
        var r = Extract("Le général de Vaucelles a inspecté les troupes.");
        Assert.That(r.People.SelectMany(p => p.Roles).Select(x => x.Title), Has.None.StartWith("général de"));
    }

    [Test]
    public void A_party_member_signs_for_the_state_not_for_the_party_body()
    {
        var r = Extract("Le membre du Bureau politique du Comité central du Parti et ministre chinois des Affaires étrangères Li Wenhua et son homologue sénégalaise Awa Ndiaye ont signé lundi un accord d'exemption de visa.");
        var a = r.Agreements.Single();
        Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "CN", "SN" }));
    }

    [Test]
    public void A_plural_compound_title_is_shared_out_in_the_singular()
    {
        var r = Extract("Les chefs d'état-major généraux des forces armées marocaines et sénégalaises, respectivement le général Karim Alami et "
            + "l'amiral Amadou Sall, ont signé un accord.");
        Assert.Multiple(() =>
        {
            Assert.That(TitlesOf(r, "Karim Alami"), Does.Contain("chef d'état-major général des forces armées"));
            Assert.That(r.People.Single(p => p.Name == "Karim Alami").Country, Is.EqualTo("MA"));
            Assert.That(r.People.Single(p => p.Name == "Amadou Sall").Country, Is.EqualTo("SN"));
        });
    }
}
