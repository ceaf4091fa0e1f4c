using Extraction.Lexicons;

namespace Extraction.Tests;

/// <summary>An extractor built over its own resources reads them, not the embedded ones.</summary>
public sealed class ExtractionResourcesTests
{
    private const string Text = "Le ministre des Affaires étrangères de la Syldavie, Paul Martin, est arrivé lundi au Maroc. "
        + "Il doit se rendre ensuite à Klow.";

    /// <summary>A country table of one invented state, its demonyms and its capital; no aliases, parts or exclusions.</summary>
    private static CountryGazetteer TinyCountries() => new(
        Table("countries.tsv",
            "code\tkind\tform\tarticle\tgender\tnumber\talt_codes",
            "XS\tname\tSyldavie\tla\tf\ts\t",
            "XS\tdemonym\tsyldave\t\tm\ts\t"),
        Table("countries-aliases.tsv", "code\tkind\tform\tarticle\talt_codes\tnote"),
        Table("capitals-fr.tsv", "code\tform\tkind", "XS\tKlow\tcapital"),
        Table("countries-combining.tsv", "code\tform\tkind"),
        Table("countries-exclusions.tsv", "form\tmode\tnote"));

    private static ResourceTable Table(string name, params string[] lines) =>
        ResourceTable.Parse(name, new StringReader(string.Join('\n', lines)));

    [Test]
    public void The_country_records_follow_the_given_gazetteer()
    {
        var embedded = new FrenchNewsExtractor().Extract(Text);
        var tiny = new FrenchNewsExtractor(new ExtractionResources { Countries = TinyCountries() }).Extract(Text);

        Assert.That(embedded.Countries.Select(c => c.Code), Does.Contain("MA").And.Not.Contain("XS"));
        Assert.That(tiny.Countries.Select(c => (c.Code, c.Name)), Is.EqualTo(new[] { ("XS", "Syldavie") }));
        Assert.That(tiny.Countries[0].Mentions.Select(m => (m.Text, m.Kind)),
            Is.EqualTo(new[] { ("Syldavie", Records.CountryMentionKind.Name), ("Klow", Records.CountryMentionKind.Capital) }));
    }

    [Test]
    public void The_members_left_unset_are_the_embedded_ones()
    {
        var resources = new ExtractionResources { Countries = TinyCountries() };
        Assert.That(resources.Entities, Is.SameAs(EntityLexicon.Default));
        Assert.That(resources.Countries, Is.Not.SameAs(CountryGazetteer.Default));
        Assert.That(ExtractionResources.Default.Countries, Is.SameAs(CountryGazetteer.Default));

        // Only the country table differs: the person and the date are found as with the embedded resources.
        var tiny = new FrenchNewsExtractor(resources).Extract(Text);
        Assert.That(tiny.People.Select(p => p.Name), Is.EqualTo(new FrenchNewsExtractor().Extract(Text).People.Select(p => p.Name)));
        Assert.That(tiny.People.Select(p => p.Name), Does.Contain("Paul Martin"));
    }
}
