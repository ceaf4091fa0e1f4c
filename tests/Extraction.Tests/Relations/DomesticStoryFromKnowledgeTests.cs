namespace Extraction.Tests.Relations;

/// <summary>A story that names no country but whose known leader leads one; texts written for these tests.</summary>
public sealed class DomesticStoryFromKnowledgeTests
{
    [Test]
    public void Office_holders_of_a_story_about_a_known_leader_s_government_are_of_his_country()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 Le président Bassirou Diomaye Faye a procédé jeudi à un remaniement. " +
                                                  "Le ministre de l'Économie, Amadou Ndiaye, conserve son poste.");
        Assert.That(r.People.Single(p => p.Name == "Amadou Ndiaye").Country, Is.EqualTo("SN"));
    }

    [Test]
    public void Leaders_of_two_countries_give_no_home()
    {
        var r = FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 Le président Bassirou Diomaye Faye a reçu le président William Ruto. " +
                                                  "Le ministre de l'Économie, Amadou Ndiaye, était présent.");
        Assert.That(r.People.Single(p => p.Name == "Amadou Ndiaye").Country, Is.Null);
    }
}
