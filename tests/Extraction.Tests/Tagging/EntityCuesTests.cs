using Extraction.Tagging;
using Extraction.Tokenization;

namespace Extraction.Tests.Tagging;

/// <summary>The phrase cues of <c>Tagging/entity-cues.tsv</c>, looked up by their first or last word.</summary>
internal sealed class EntityCuesTests
{
    private static (string Text, Token[] Tokens) Tokens(string text) => (text, FrenchTokenizer.Default.Tokenize(text));

    private static int Index(string text, Token[] tokens, string word) =>
        Array.FindIndex(tokens, t => t.Slice(text).SequenceEqual(word));

    [Test]
    public void Longest_place_tail_starting_at_a_token_in_any_case_and_apostrophe()
    {
        var (text, tokens) = Tokens("La Virginie-Occidentale et la province DU NORD-EST de l’Ouest.");
        var du = Index(text, tokens, "DU");
        var de = Index(text, tokens, "de");
        Assert.Multiple(() =>
        {
            // "du Nord-Est" (2 tokens) is longer than nothing else starting at "DU"; case is ignored.
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, du, 0, tokens.Length, EntityCueKind.PlaceTail, endingAt: false), Is.EqualTo(2));
            // "de l'Est" / "de l'Ouest" are written with a straight apostrophe; the text's curly one matches.
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, de, 0, tokens.Length, EntityCueKind.PlaceTail, endingAt: false), Is.EqualTo(3));
            // The phrase must fit before the stop.
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, de, 0, de + 2, EntityCueKind.PlaceTail, endingAt: false), Is.EqualTo(0));
            // Another kind does not answer.
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, du, 0, tokens.Length, EntityCueKind.OrgContext, endingAt: false), Is.EqualTo(0));
        });
    }

    [Test]
    public void Longest_org_context_ending_before_a_token()
    {
        var (text, tokens) = Tokens("Il a rejoint de la société Quibral puis le club Varnesse.");
        var quibral = Index(text, tokens, "Quibral");
        var varnesse = Index(text, tokens, "Varnesse");
        Assert.Multiple(() =>
        {
            // "de la société" (3 tokens) beats "la société" (2).
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, quibral, 0, tokens.Length, EntityCueKind.OrgContext, endingAt: true), Is.EqualTo(3));
            // Not before the first token allowed.
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, quibral, quibral - 2, tokens.Length, EntityCueKind.OrgContext, endingAt: true), Is.EqualTo(2));
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, varnesse, 0, tokens.Length, EntityCueKind.OrgContext, endingAt: true), Is.EqualTo(2));
            Assert.That(EntityCues.Default.PhraseCue(text, tokens, 0, 0, tokens.Length, EntityCueKind.OrgContext, endingAt: true), Is.EqualTo(0));
        });
    }
}
