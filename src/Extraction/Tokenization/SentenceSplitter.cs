using static Extraction.Tokenization.TokenChars;

namespace Extraction.Tokenization;

/// <summary>
/// Groups tokens into sentences. A sentence ends:
/// <list type="bullet">
/// <item>at a blank line (paragraph break), always;</item>
/// <item>after a run of . ! ? … (with the closing quotes and brackets that follow it) when the next token can start a
/// sentence: «Phrase.» Nouvelle phrase. splits, «Phrase.», a écrit X. and «Quoi ?» s'étonne-t-il do not;</item>
/// <item>after an abbreviation whose period may end a sentence (etc., J.-C.) on the same condition; never after
/// honorifics (M., S.E.M.), and after initials or dotted acronyms (J., U.S.A.) only before a word from
/// <c>sentence-starters.tsv</c>;</item>
/// <item>at a single line break after a heading-like line (no final punctuation) when the next line starts like a
/// sentence.</item>
/// </list>
/// </summary>
/// <remarks>Linear in the number of tokens. Stateless and thread-safe.</remarks>
internal sealed class SentenceSplitter
{
    private static readonly Lazy<SentenceSplitter> s_default =
        new(() => new SentenceSplitter(TokenizationTables.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TokenizationTables _tables;

    /// <summary>Creates a splitter over the given tables (the same ones the tokenizer used).</summary>
    public SentenceSplitter(TokenizationTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    /// <summary>The shared instance, over the embedded tables.</summary>
    public static SentenceSplitter Default => s_default.Value;

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences, in order, covering every token.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A token lies outside the text.</exception>
    public Sentence[] Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Count;
        if (n == 0) return [];
        if (tokens[0].Start < 0 || tokens[n - 1].End > text.Length)
            throw new ArgumentException("The tokens do not belong to this text.", nameof(tokens));

        var sentences = new List<Sentence>(Math.Max(4, n / 20));
        var first = 0;
        for (var i = 0; i + 1 < n; i++)
        {
            int last; // index of the last token of the sentence, if it ends here
            var t = tokens[i];
            var gapBreaks = Gap(text, tokens, i);
            if (gapBreaks >= 2)
            {
                last = i;
            }
            else if ((IsStopRun(text, t) && !IsOmissionMark(text, tokens, i) && !IsListMarker(text, tokens, first, i))
                     || t.Kind == TokenKind.Abbreviation)
            {
                var j = AbsorbClosers(text, tokens, i);
                var gapAfter = j + 1 < n ? Gap(text, tokens, j) : 0;
                if (j + 1 == n) last = -1;
                else if (gapAfter >= 2) last = j;
                else if (gapAfter == 1 && (t.Kind != TokenKind.Abbreviation || IsMaybeBoundary(text, t))) last = j;
                else if (EndsAfter(text, t, tokens[j + 1])) last = j;
                else last = -1;
                i = j;
            }
            else if (gapBreaks == 1 && EndsHeading(text, t, tokens[i + 1]))
            {
                last = i;
            }
            else
            {
                last = -1;
            }

            if (last < 0) continue;
            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last + 1));
            first = last + 1;
            i = last;
        }
        if (first < n) sentences.Add(new Sentence(tokens[first].Start, tokens[n - 1].End, first, n));
        return sentences.ToArray();
    }

    private static int Gap(string text, IReadOnlyList<Token> tokens, int i) =>
        LineBreaks(text.AsSpan(tokens[i].End, Math.Max(0, tokens[i + 1].Start - tokens[i].End)));

    private static bool IsStopRun(string text, Token t) => t.Kind == TokenKind.Punctuation && IsSentenceStop(text[t.Start]);

    /// <summary>"1. Le gaz": a short number and its period opening a sentence number a list item.</summary>
    private static bool IsListMarker(string text, IReadOnlyList<Token> tokens, int first, int i) =>
        i == first + 1 && tokens[first].Kind == TokenKind.Number && tokens[first].Length <= 2
        && tokens[first].End == tokens[i].Start && tokens[i].Length == 1 && text[tokens[i].Start] == '.';

    /// <summary>"(...)" and "[…]" mark a cut inside a quotation, not the end of a sentence.</summary>
    private static bool IsOmissionMark(string text, IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].End == tokens[i].Start && text[tokens[i - 1].Start] is '(' or '['
        && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && text[tokens[i + 1].Start] is ')' or ']';

    /// <summary>
    /// After a stop, closing quotes and brackets (and a stop after them, as in «Quoi ?».) stay in the sentence.
    /// Straight quotes count as closing only when they touch the previous token.
    /// </summary>
    private static int AbsorbClosers(string text, IReadOnlyList<Token> tokens, int i)
    {
        var j = i;
        while (j + 1 < tokens.Count)
        {
            var next = tokens[j + 1];
            if (next.Kind != TokenKind.Punctuation || Gap(text, tokens, j) > 0) break;
            var c = text[next.Start];
            var touching = next.Start == tokens[j].End;
            if (IsSentenceStop(c) || (c is '"' or '\'' ? touching : IsClosing(c))) j++;
            else break;
        }
        return j;
    }

    private bool IsMaybeBoundary(string text, Token abbreviation) =>
        _tables.TryGetAbbreviation(abbreviation.Slice(text), out var boundary) && boundary == AbbreviationBoundary.Maybe;

    /// <summary>Does the sentence end after <paramref name="stop"/> (a stop run or an abbreviation), given the next token?</summary>
    private bool EndsAfter(string text, Token stop, Token next)
    {
        if (stop.Kind != TokenKind.Abbreviation) return StartsSentence(text, next);
        if (_tables.TryGetAbbreviation(stop.Slice(text), out var boundary))
            return boundary == AbbreviationBoundary.Maybe && StartsSentence(text, next);
        // Initials and dotted acronyms (J., J.-Y., U.S.A.): usually a name follows, so only a typical first word ends
        // the sentence, and after name initials not a surname particle (J.-Y. Le Drian).
        var c = text[next.Start];
        var abbreviation = stop.Slice(text);
        var nameInitials = abbreviation.Length == 2 || abbreviation.ContainsAny('-', '\u2010', '\u2011');
        return _tables.IsSentenceStarter(next.Slice(text), afterInitial: nameInitials)
            || (next.Kind == TokenKind.Punctuation && (c is '«' or '“' or '—' or '–'));
    }

    /// <summary>Can <paramref name="next"/> be the first token of a sentence?</summary>
    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return next.Kind switch
        {
            TokenKind.Punctuation => IsOpening(c) || IsDashOrBullet(c),
            TokenKind.Clitic => false,
            TokenKind.Number or TokenKind.Ordinal or TokenKind.Symbol or TokenKind.Url or TokenKind.Handle or TokenKind.Email => true,
            _ => !char.IsLower(c),
        };
    }

    /// <summary>
    /// A single line break ends a heading-like line: one that does not end with a continuation mark, followed by a
    /// line that starts like a sentence. After a lowercase word, an uppercase name on the next line may be a wrapped
    /// sentence, so only a typical first word (Le, Il...), a digit, a quote or a dash counts.
    /// </summary>
    private bool EndsHeading(string text, Token last, Token next)
    {
        var c = text[last.Start];
        if (last.Kind == TokenKind.Elision) return false;
        if (last.Kind == TokenKind.Punctuation && (c is ',' or ';' or ':' or '(' or '[' or '/' || IsOpening(c) && c is not ('"' or '\'') || IsDashOrBullet(c)))
            return false;
        if (!StartsSentence(text, next)) return false;
        if (last.Kind == TokenKind.Word && char.IsLower(c))
        {
            return _tables.IsSentenceStarter(next.Slice(text)) || next.Kind is TokenKind.Number or TokenKind.Ordinal
                || (next.Kind == TokenKind.Punctuation);
        }
        return true;
    }
}
