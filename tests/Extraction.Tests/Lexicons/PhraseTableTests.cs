using Extraction.Lexicons;

namespace Extraction.Tests.Lexicons;

/// <summary>Longest phrase matches over folded tokens (phrases written for these tests).</summary>
public sealed class PhraseTableTests
{
    private static readonly PhraseTable<int> Table = new(new Dictionary<string, int>
    {
        ["ministre"] = 1,
        ["ministre de la défense"] = 2,
        ["premier  ministre"] = 3, // extra spaces are normalized
        ["chef de l' état"] = 4,
    });

    private static (int Tokens, int Value) Match(string text, int start = 0, string? first = null)
    {
        var folded = text.Split(' ');
        var n = first is null ? Table.Match(folded, start, folded.Length, out var value) : Table.Match(folded, start, folded.Length, first, out value);
        return (n, n > 0 ? value : 0);
    }

    [Test]
    public void The_longest_phrase_at_a_start_wins() =>
        Assert.That(Match("le ministre de la défense a parlé", 1), Is.EqualTo((4, 2)));

    [Test]
    public void A_shorter_phrase_matches_when_the_longer_one_stops_short() =>
        Assert.That(Match("le ministre de la santé", 1), Is.EqualTo((1, 1)));

    [Test]
    public void Keys_are_read_with_single_spaces() =>
        Assert.That(Match("premier ministre"), Is.EqualTo((2, 3)));

    [Test]
    public void A_word_that_only_starts_like_a_phrase_word_does_not_match() =>
        Assert.That(Match("ministres de la défense"), Is.EqualTo((0, 0)));

    [Test]
    public void The_first_word_can_be_read_in_place_of_the_token() =>
        Assert.That(Match("ministres de la défense", 0, "ministre"), Is.EqualTo((4, 2)));

    [Test]
    public void A_phrase_does_not_run_past_the_limit()
    {
        var folded = "chef de l' état".Split(' ');
        Assert.Multiple(() =>
        {
            Assert.That(Table.Match(folded, 0, 3, out _), Is.EqualTo(0));
            Assert.That(Table.Match(folded, 0, 4, out var value), Is.EqualTo(4));
            Assert.That(Table.Contains("chef de l' état"), Is.True);
        });
    }
}
