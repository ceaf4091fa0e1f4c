namespace Extraction.Patterns;

/// <summary>
/// The token patterns of one file, compiled once: a pattern is a sequence of token predicates with quantifiers,
/// alternatives and named captures, matched over the tokens of one sentence.
/// </summary>
/// <remarks>
/// <para><b>Syntax.</b> Whitespace separates the pattern's tokens. A token predicate is one of:</para>
/// <list type="bullet">
/// <item><c>signé</c>: the folded form (lowercase, straight apostrophe) equals the literal; <c>\</c> escapes a
/// character of the syntax (<c>\(</c>, <c>\?</c>, <c>\|</c>).</item>
/// <item><c>@signing-participles</c>: the folded form is in a word set of the tables (<see cref="Lexicons.WordSets"/>).</item>
/// <item><c>POS=PROPN</c>: the tagger's universal POS tag.</item>
/// <item>a keyword (always capitalized): <c>Cap</c>, <c>ALLCAPS</c>, <c>Upper</c> (no lowercase letter),
/// <c>Lower</c>, <c>Word</c>, <c>Punct</c>, <c>Number</c>, <c>Elision</c>, <c>Initial</c> ("W."); gazetteer kinds
/// <c>Country</c>, <c>CountryName</c>, <c>Demonym</c>, <c>Capital</c>, <c>Org</c>, <c>RoleHead</c>,
/// <c>Instrument</c>, <c>Honorific</c>, <c>Particle</c>, <c>NonPersonHead</c>, <c>Signing</c> (a signing cue of the
/// lexicon, "signé", "paraphé"); layers <c>InDate</c>,
/// <c>InName</c> (the caller's person-name layer) and, over a view with the span layers of a later stage
/// (<see cref="PatternDocument.WithLayers"/>), <c>InPerson</c> and <c>PersonStart</c> (a mention of a person of the
/// people layer, its first token), <c>InRole</c> (a role phrase) and <c>InAgreement</c> (an instrument mention).</item>
/// <item><c>_</c>: any token.</item>
/// </list>
/// <para>Terms combine inside one predicate without spaces: <c>a|b</c> (either), <c>a&amp;b</c> (both; binds tighter
/// than <c>|</c>), <c>!a</c> (not). After a predicate or a group: <c>?</c>, <c>+</c>, <c>*</c>, <c>{m}</c>,
/// <c>{m,}</c>, <c>{m,n}</c>, all greedy; after a predicate, <c>*+</c> is a possessive run: every following token
/// that passes, none given back, up to the sentence end (a search across a clause, see below). Groups: <c>( … | … )</c> (a lone <c>|</c> separates alternatives of
/// sequences), <c>(?&lt;name&gt; … )</c> a named capture. <c>^</c> and <c>$</c> are the sentence start and end.
/// A pattern that opens with a lone <c>&lt;</c> is leftward: written in reading order, it is matched right to left
/// from an anchor the stage gives (<see cref="TokenPattern.MatchBefore"/>), and the match that reaches furthest left
/// wins ("X et Y, respectivement …" read back from the role).
/// Example: <c>^ par (?&lt;name&gt;Cap Cap?)</c>.</para>
/// <para><b>Which match wins.</b> A pattern matches inside the sentence of its first token, over at most
/// <see cref="TokenPattern.MaxMatchTokens"/> tokens, or up to the sentence end when it has a possessive run. At one start, the longest
/// match wins; among equally long ones, the first in priority order (a greedy quantifier prefers one more repetition,
/// an alternative on the left comes first), and its captures are reported. <see cref="Explain"/> scans each sentence
/// left to right and reports, per pattern, non-overlapping leftmost-longest matches. Between patterns,
/// <see cref="LongestAt"/> keeps the longest and, on a tie, the one listed first in the file.</para>
/// <para><b>Cost.</b> A pattern compiles to a small program run by a backtracking matcher that remembers the
/// (instruction, token) pairs it tried, so an attempt costs at most instructions × tokens of the sentence; token
/// facts are bit masks computed once per document (<see cref="PatternDocument"/>).</para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
internal sealed class PatternSet
{
    private readonly Dictionary<string, TokenPattern> _byName;

    /// <param name="source">Where the patterns come from (a resource name), for messages.</param>
    /// <param name="patterns">The compiled patterns, in file order.</param>
    public PatternSet(string source, IReadOnlyList<TokenPattern> patterns)
    {
        Source = source;
        Patterns = patterns;
        _byName = patterns.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The file the patterns were read from.</summary>
    public string Source { get; }

    /// <summary>The patterns in file order.</summary>
    public IReadOnlyList<TokenPattern> Patterns { get; }

    /// <summary>The pattern called <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The file has no such pattern.</exception>
    public TokenPattern this[string name] =>
        _byName.TryGetValue(name, out var pattern) ? pattern : throw new InvalidDataException($"No pattern '{name}' in {Source}.");

    /// <summary>True when the named pattern matches starting at token <paramref name="start"/>.</summary>
    public bool MatchesAt(string name, PatternDocument document, int start)
    {
        var pattern = this[name];
        Span<int> captures = stackalloc int[pattern.SlotCount];
        return pattern.MatchAt(document, start, captures) >= 0;
    }

    /// <summary>
    /// The longest match at <paramref name="start"/> among the rightward patterns producing <paramref name="kind"/> (a
    /// tie goes to the pattern listed first), or null.
    /// </summary>
    public PatternMatch? LongestAt(PatternDocument document, int start, PatternKind kind)
    {
        PatternMatch? best = null;
        foreach (var pattern in Patterns)
        {
            if (pattern.Produces != kind || pattern.Leftward) continue;
            var match = MatchAt(pattern, document, start);
            if (match is not null && (best is null || match.EndToken > best.EndToken)) best = match;
        }
        return best;
    }

    /// <summary>
    /// For debugging and the row tests: every pattern's non-overlapping leftmost-longest matches over the document,
    /// ordered by first token, then file order.
    /// </summary>
    public IReadOnlyList<PatternMatch> Explain(PatternDocument document)
    {
        var found = new List<(int Order, PatternMatch Match)>();
        for (var p = 0; p < Patterns.Count; p++)
            foreach (var match in Matches(Patterns[p], document))
                found.Add((p, match));
        return found.OrderBy(f => f.Match.FirstToken).ThenBy(f => f.Order).Select(f => f.Match).ToArray();
    }

    /// <summary>
    /// Non-overlapping leftmost-longest matches of one pattern, sentence by sentence. A leftward pattern is matched back
    /// from each token boundary, the last first, as a stage reads back from an anchor: a match is kept when it ends
    /// before the previous one kept starts; they are returned in text order.
    /// </summary>
    public static IEnumerable<PatternMatch> Matches(TokenPattern pattern, PatternDocument document)
    {
        if (pattern.Leftward)
        {
            var found = new List<PatternMatch>();
            for (int end = document.Tokens.Count, previousStart = end; end > 0; end--)
            {
                if (end > previousStart || MatchEndingAt(pattern, document, end) is not { } before) continue;
                found.Add(before);
                previousStart = before.FirstToken;
            }
            found.Reverse();
            foreach (var match in found) yield return match;
            yield break;
        }
        // One capture buffer for the whole scan: most positions do not match, and a match copies what it keeps.
        var slots = new int[pattern.SlotCount];
        for (var i = 0; i < document.Tokens.Count;)
        {
            var end = pattern.MatchAt(document, i, slots);
            if (end < 0) { i++; continue; }
            var match = Record(pattern, document, i, end, slots);
            yield return match;
            i = match.EndToken;
        }
    }

    /// <summary>The match of a rightward <paramref name="pattern"/> at <paramref name="start"/> as a record, or null.</summary>
    public static PatternMatch? MatchAt(TokenPattern pattern, PatternDocument document, int start)
    {
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var end = pattern.MatchAt(document, start, slots);
        return end < 0 ? null : Record(pattern, document, start, end, slots);
    }

    /// <summary>The match of a leftward <paramref name="pattern"/> that ends at <paramref name="end"/>, as a record, or null.</summary>
    public static PatternMatch? MatchEndingAt(TokenPattern pattern, PatternDocument document, int end)
    {
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var start = pattern.MatchEndingAt(document, end, slots);
        return start < 0 ? null : Record(pattern, document, start, end, slots);
    }

    private static PatternMatch Record(TokenPattern pattern, PatternDocument document, int start, int end, ReadOnlySpan<int> slots)
    {
        var tokens = document.Tokens;
        var captures = new List<PatternCapture>();
        for (var k = 0; k < pattern.CaptureNames.Count; k++)
        {
            int first = slots[2 * k], last = slots[2 * k + 1];
            if (first < 0 || last < 0) continue;
            captures.Add(new PatternCapture(pattern.CaptureNames[k], first, last, last > first ? tokens.Surface(first, last) : ""));
        }
        return new PatternMatch(pattern.Name, pattern.Produces, start, end, tokens.Surface(start, end), captures);
    }
}
