using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Tagging;
using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

public sealed class NameMentionFinderTests
{
    private static readonly Lazy<NameMentionFinder> Finder =
        new(() => NameMentionFinder.Create(EntityLexicon.Default, FrenchLexicon.Default, PlaceGazetteer.Default));

    private static IReadOnlyList<NameMention> Names(string text)
    {
        var document = TestDocuments.Through(text, StageNames.Patterns, referenceDate: null).Patterns;
        return Finder.Value.Find(document, new bool[document.Tokens.Count], null);
    }

    [Test]
    public void ARegnalNumeralEndsTheNameAndStaysInCapitals() =>
        Assert.That(Names("Le roi Charles III a reçu les ambassadeurs.").Select(n => n.Name), Does.Contain("Charles III"));

    [Test]
    public void ParticlesAndAMiddleInitialStayInsideTheName()
    {
        Assert.That(Names("Hier, Ursula von der Leyen est arrivée.").Select(n => n.Name), Does.Contain("Ursula von der Leyen"));
        Assert.That(Names("Le sénateur John F. Kennedy a parlé.").Select(n => n.Name), Does.Contain("John F. Kennedy"));
    }

    [Test]
    public void AnHonorificMarksTheEvidence()
    {
        var name = Names("Hier Mme Hélène Carrel a présidé la séance.").Single(n => n.Name == "Hélène Carrel");
        Assert.That(name.Evidence, Is.EqualTo(NameEvidence.Honorific));
    }

    [TestCase("Par Claire Morel, envoyée spéciale à Dakar.", "Claire Morel")]
    [TestCase("Sur la photo Lina Dupré sourit aux élus.", "Lina Dupré")]
    [TestCase("La légende indique Karim Tahiri / MAP sous la photo.", "Karim Tahiri")]
    [TestCase("Crédit : Lina Dupré pour le journal.", "Lina Dupré")]
    [TestCase("Mis à jour le 4 juin 2024 à 09h12 | Par Lina Dupré | Lecture 4 min", "Lina Dupré")]
    [TestCase("Mis à jour le 4 juin 2024 à 09h12 | Par Lina Dupré | Lecture 4 min", "Par Lina Dupré")]
    [TestCase("De notre correspondant à Abidjan, Karim Tahiri. Le ministre a parlé.", "Karim Tahiri")]
    [TestCase("Avec nos envoyés spéciaux, Lina Dupré et Karim Tahiri.", "Lina Dupré")]
    public void BylinesCaptionsAndCreditsAreNotNames(string text, string name) =>
        Assert.That(Names(text).Select(n => n.Name), Does.Not.Contain(name));

    [Test]
    public void A_correspondent_of_another_outlet_is_a_name() =>
        Assert.That(Names("Le correspondant de la radio publique, Karim Tahiri, a été expulsé.").Select(n => n.Name), Does.Contain("Karim Tahiri"));

    [Test]
    public void TheSameNameOutsideACaptionIsFound() =>
        Assert.That(Names("Hier Lina Dupré sourit aux élus.").Select(n => n.Name), Does.Contain("Lina Dupré"));

    [Test]
    public void TheWordTableHasEverySetTheFinderNames()
    {
        var sets = WordSets.Load(NameMentionFinder.WordsResource);
        Assert.That(sets.Names, Is.SupersetOf(new[] { "regnal-numerals", "definite-articles", "articles-and-de", "locative-prepositions", "de-forms", "sentence-opening-punctuation" }));
        Assert.That(sets.Ordered("regnal-numerals"), Has.Count.EqualTo(16).And.Unique);
        Assert.That(NameMentionFinder.IsRegnalNumber("VI") && !NameMentionFinder.IsRegnalNumber("vi") && !NameMentionFinder.IsRegnalNumber("XVII"), Is.True);
    }

    [Test]
    public void AMissingRowFailsAtConstruction()
    {
        var sets = WordSets.Load(NameMentionFinder.WordsResource);
        var empty = new PatternSet("empty.tsv", []);
        Assert.That(() => new NameMentionFinder(EntityLexicon.Default, FrenchLexicon.Default, PlaceGazetteer.Default, sets, empty),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("No pattern 'byline' in empty.tsv"));
    }
}
