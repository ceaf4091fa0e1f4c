namespace Extraction.Tests.Relations;

/// <summary>
/// A headline that opens with a country ("Gabon : …") names the story's country: office holders without a cue of
/// their own are that country's when no other country is named as often; sentences written for these tests.
/// </summary>
public sealed class HeadlineCountryTests
{
    private const string Story =
        "Le Sénat gabonais a élu mardi son nouveau président au Gabon. Le président du Sénat, Paul Obame, a remercié "
        + "la France, dont l'ambassadeur a salué l'élection au nom de la France.";

    private static string? CountryOf(string text, string name) =>
        FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + text).People.Single(p => p.Name == name).Country;

    [Test]
    public void A_headline_country_is_the_home_of_office_holders() =>
        Assert.That(CountryOf("Gabon : le Sénat élit son président\n\n" + Story, "Paul Obame"), Is.EqualTo("GA"));

    [Test]
    public void Without_the_headline_the_story_is_not_domestic() =>
        Assert.That(CountryOf("Le Sénat élit son président\n\n" + Story, "Paul Obame"), Is.Null);

    [Test]
    public void A_headline_naming_two_countries_in_one_word_heads_none() =>
        Assert.That(CountryOf("Gabon-France : le Sénat élit son président\n\n" + Story, "Paul Obame"), Is.Null);
}
