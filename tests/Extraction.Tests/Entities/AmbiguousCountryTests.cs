using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Ambiguous country references ("congolais": CG or CD) resolved by the rest of the document.</summary>
public sealed class AmbiguousCountryTests
{
    private static ExtractionResult Extract(string text) => FrenchNewsExtractor.Shared.Extract(text);

    [Test]
    public void An_ambiguous_demonym_takes_the_country_the_document_names()
    {
        var result = Extract("La République démocratique du Congo et la Zambie ont signé un accord. Le ministre congolais des Mines, Paul Kasongo, a salué le texte.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Countries.Select(c => c.Code), Is.EquivalentTo(new[] { "CD", "ZM" }));
            Assert.That(result.People.Single(p => p.Name == "Paul Kasongo").Country, Is.EqualTo("CD"));
        });
    }

    [Test]
    public void Without_a_named_country_the_lexicon_default_stays()
    {
        var result = Extract("Le ministre congolais des Mines, Paul Kasongo, a salué le texte signé avec la Zambie.");
        Assert.That(result.People.Single(p => p.Name == "Paul Kasongo").Country, Is.EqualTo("CG"));
    }

    [Test]
    public void With_both_countries_named_the_lexicon_default_stays()
    {
        var result = Extract("La République du Congo et la République démocratique du Congo ont signé un accord. Le ministre congolais des Mines, Paul Kasongo, a salué le texte.");
        Assert.That(result.Countries.Select(c => c.Code), Is.SupersetOf(new[] { "CD", "CG" }));
    }
}
