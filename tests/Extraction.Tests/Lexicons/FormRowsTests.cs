using Extraction.Lexicons;

namespace Extraction.Tests.Lexicons;

public sealed class FormRowsTests
{
    private static readonly FormRows<string> Rows = new(
    [
        ("signataire", true, "not-counted"),
        ("sign", true, "signed"),
        ("signe", false, "exact"),
        ("ратиф", true, "ratified"),
        ("œuvr", true, "other"),
    ], "test");

    [TestCase("signataires", "not-counted")] // the earlier row wins over the shorter stem
    [TestCase("signé", "signed")]
    [TestCase("signe", "signed")] // "sign" comes first and matches as a prefix
    [TestCase("ратифицировал", "ratified")] // first characters past Latin-1 share a bucket
    [TestCase("œuvré", "other")]
    public void A_word_takes_the_first_row_that_matches(string word, string expected)
    {
        Assert.That(Rows.TryMatch(word, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("sig")] // shorter than every form
    [TestCase("assign")] // a form inside the word is not a prefix
    [TestCase("Signé")] // ordinal: folded words are lower case
    public void A_word_no_row_matches_has_no_value(string word)
    {
        Assert.That(Rows.TryMatch(word, out _), Is.False);
    }

    [Test]
    public void An_exact_row_matches_only_the_whole_word()
    {
        var rows = new FormRows<int>([("reçu", false, 1), ("rencontr", true, 2)], "test");
        Assert.Multiple(() =>
        {
            Assert.That(rows.TryMatch("reçu", out var a) ? a : 0, Is.EqualTo(1));
            Assert.That(rows.TryMatch("reçus", out _), Is.False);
            Assert.That(rows.TryMatch("rencontrés", out var b) ? b : 0, Is.EqualTo(2));
        });
    }

    [Test]
    public void An_empty_form_is_refused()
    {
        Assert.That(() => new FormRows<int>([("", true, 1)], "cues.tsv"), Throws.TypeOf<InvalidDataException>().With.Message.Contains("cues.tsv"));
    }
}
