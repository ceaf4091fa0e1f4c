using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Regions and cities that wire copy names like actors are no people; sentences written for these tests.</summary>
public sealed class PlacesNamedLikePeopleTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    [TestCase("Le Nagorny Karabakh reste au cœur des discussions entre les deux capitales.")]
    [TestCase("Le Haut-Karabakh a été repris par l'armée en septembre.")]
    [TestCase("La Casamance retrouve le calme après des années de conflit.")]
    [TestCase("Le Donbass reste sous le feu de l'artillerie.")]
    public void A_region_is_no_person(string body) => Assert.That(Extract(body).People, Is.Empty);

    [TestCase("Bruxelles a annoncé mardi de nouvelles sanctions contre Minsk.")]
    [TestCase("Washington et Pékin ont réagi sans tarder à l'annonce.")]
    public void A_city_standing_for_an_institution_is_no_person(string body) => Assert.That(Extract(body).People, Is.Empty);

    [Test]
    public void A_person_beside_a_region_is_kept()
    {
        var r = Extract("Le médiateur Paul Ekomi s'est rendu au Haut-Karabakh lundi.");
        Assert.That(r.People.Select(p => p.Name), Is.EqualTo(new[] { "Paul Ekomi" }));
    }
}
