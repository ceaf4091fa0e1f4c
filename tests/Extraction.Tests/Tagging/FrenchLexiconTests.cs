using Extraction.Lexicons;

namespace Extraction.Tests.Tagging;

internal sealed class FrenchLexiconTests
{
    private static readonly object[] CategoryCases =
    [
        new object[] { "chevaux", WordCategories.Noun },
        new object[] { "mangeaient", WordCategories.Verb },
        new object[] { "belles", WordCategories.Adjective },
        new object[] { "Paris", WordCategories.ProperNoun },
        new object[] { "Le", WordCategories.Determiner },
        new object[] { "été", WordCategories.PastParticiple },
        new object[] { "rapidement", WordCategories.Adverb },
    ];

    [TestCaseSource(nameof(CategoryCases))]
    public void Categories_include_expected(string word, WordCategories expected) =>
        Assert.That(FrenchLexicon.Default.Categories(word) & expected, Is.EqualTo(expected));

    [Test]
    public void Inflected_forms_are_expanded_from_affix_rules()
    {
        var lexicon = FrenchLexicon.Default;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Count, Is.GreaterThan(300_000));
            Assert.That(lexicon.Categories("signèrent") & WordCategories.Verb, Is.Not.EqualTo(WordCategories.None));
            Assert.That(lexicon.Categories("ministres") & WordCategories.Noun, Is.Not.EqualTo(WordCategories.None));
            Assert.That(lexicon.Categories("xqzwv"), Is.EqualTo(WordCategories.None));
        });
    }

    [Test]
    public void Names_and_common_words()
    {
        var lexicon = FrenchLexicon.Default;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.IsFirstName("Jean"), Is.True);
            Assert.That(lexicon.IsFirstName("table"), Is.False);
            Assert.That(lexicon.IsFamilyName("Dupont"), Is.True);
            Assert.That(lexicon.IsProperNoun("Paris"), Is.True);
            Assert.That(lexicon.IsCommonWord("Accord"), Is.True);
            Assert.That(lexicon.IsCommonWord("Dupont"), Is.False);
            Assert.That(lexicon.Categories("aujourd’hui") & WordCategories.Adverb, Is.EqualTo(WordCategories.Adverb));
        });
    }

    [Test]
    public void Letters_round_trip()
    {
        const WordCategories cats = WordCategories.Noun | WordCategories.Verb | WordCategories.FirstName;
        Assert.That(FrenchLexicon.FromLetters(FrenchLexicon.ToLetters(cats)), Is.EqualTo(cats));
    }
}
