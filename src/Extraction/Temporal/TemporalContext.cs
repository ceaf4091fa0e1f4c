using Extraction.Records;
using Extraction.Text;

namespace Extraction.Temporal;

/// <summary>
/// Reads the words around a date expression: the modifier word before it ("vers", "d'ici"), the tense of its
/// sentence (the nearest past or future cue), and whether a bare four-digit number stands in a year context.
/// </summary>
/// <remarks>Stateless apart from its immutable definitions; safe to share across threads.</remarks>
internal sealed class TemporalContext
{
    private const int ModifierWindow = 40;
    private readonly TemporalDefinitions _definitions;

    public TemporalContext(TemporalDefinitions definitions) => _definitions = definitions;

    /// <summary>The approx/before/after modifier given by the words right before <paramref name="start"/>, if any.</summary>
    public DateModifier? ModifierBefore(string text, int rangeStart, int start)
    {
        var from = Math.Max(rangeStart, start - ModifierWindow);
        var prefix = TemporalDefinitions.Normalize(text.AsSpan(from, start - from)).TrimEnd();
        if (Match(prefix) is { } m) return m;
        // "avant le 1er décembre", "jusqu'au 14 mai", "après l'été": skip one article.
        foreach (var article in Articles)
        {
            if (prefix.EndsWith(article, StringComparison.Ordinal) && IsBoundary(prefix, prefix.Length - article.Length))
                return Match(prefix[..^article.Length].TrimEnd());
        }
        return null;
    }

    private static readonly string[] Articles = [" le", " la", " les", " l'", " en"];

    private DateModifier? Match(string prefix)
    {
        foreach (var (form, modifier) in _definitions.Modifiers)
        {
            if (prefix.EndsWith(form, StringComparison.Ordinal) && IsBoundary(prefix, prefix.Length - form.Length))
                return modifier;
        }
        return null;
    }

    private static bool IsBoundary(string s, int index) => index <= 0 || !char.IsLetter(s[index - 1]) && s[index - 1] != '\'';

    /// <summary>
    /// Past or future reading of the sentence around <paramref name="span"/>: the tense cue (auxiliary, future
    /// ending, "prochain", "d'ici") nearest to the span, or None when the sentence has none.
    /// </summary>
    public TenseDirection SentenceTense(string text, TextSpan range, TextSpan span)
    {
        var start = span.Start;
        while (start > range.Start && !IsSentenceEnd(text, start - 1)) start--;
        var end = span.End;
        while (end < range.End && !IsSentenceEnd(text, end)) end++;

        var best = TenseDirection.None;
        var bestDistance = int.MaxValue;
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < end && (char.IsLetter(text[j]) || IsApostrophe(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]))) j++;
            if (j <= span.Start || i >= span.End)
            {
                var tense = WordTense(text.AsSpan(i, j - i));
                if (tense != TenseDirection.None)
                {
                    var distance = j <= span.Start ? span.Start - j : i - span.End;
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = tense;
                    }
                }
            }
            i = j;
        }
        return best;
    }

    private TenseDirection WordTense(ReadOnlySpan<char> word)
    {
        var key = TemporalDefinitions.Normalize(word);
        if (_definitions.TenseWords.TryGetValue(key, out var t)) return t;
        var apostrophe = key.IndexOf('\'');
        if (apostrophe >= 0)
        {
            key = key[(apostrophe + 1)..];
            if (_definitions.TenseWords.TryGetValue(key, out t)) return t;
        }
        if (key.Length < 6 || char.IsUpper(word[0])) return TenseDirection.None;
        foreach (var (suffix, tense) in _definitions.TenseSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal)) return tense;
        }
        return TenseDirection.None;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsSentenceEnd(string text, int i) => text[i] is '.' or '!' or '?' or '\n' or ';';

    /// <summary>
    /// Whether the four-digit number at <paramref name="year"/> reads as a year: not part of a bigger number or
    /// code, not after a word that makes it something else ("les années 1990", "n° 2019"), and either after a year
    /// cue ("en", "depuis", "fin") or followed by punctuation or a function word rather than a noun ("2000 soldats").
    /// </summary>
    public bool IsYearContext(string text, TextSpan range, TextSpan year, bool cuedByMatch)
    {
        var s = year.Start;
        var e = year.End;
        if (s > range.Start)
        {
            var before = text[s - 1];
            if (before is '-' or '/' or '–' or '.' or ',' or '+' or '#') return false;
            if (IsSpace(before) && s - 2 >= range.Start && char.IsDigit(text[s - 2])) return false;
        }
        if (e < range.End)
        {
            var after = text[e];
            var next = e + 1 < range.End ? text[e + 1] : '\0';
            if (after is '-' or '/' or '–' or '.' or ',' && char.IsDigit(next)) return false;
            if (after is '%' or '€' or '$') return false;
            if (IsSpace(after) && char.IsDigit(next)) return false;
        }
        if (cuedByMatch) return true;

        var previous = PreviousWord(text, range, s);
        if (previous.Length > 0)
        {
            var key = TemporalDefinitions.Normalize(previous);
            var bare = key.IndexOf('\'') is var a and >= 0 ? key[(a + 1)..] : key;
            if (_definitions.YearDenials.Contains(key) || _definitions.YearDenials.Contains(bare)) return false;
            if (_definitions.YearCues.Contains(key) || _definitions.YearCues.Contains(bare)) return true;
        }

        var k = e;
        while (k < range.End && IsSpace(text[k])) k++;
        if (k >= range.End || !char.IsLetterOrDigit(text[k])) return true;
        if (char.IsDigit(text[k])) return false;
        var w = k;
        while (w < range.End && (char.IsLetter(text[w]) || IsApostrophe(text[w]))) w++;
        var nextWord = TemporalDefinitions.Normalize(text.AsSpan(k, w - k));
        var elided = nextWord.IndexOf('\'') is var ap and >= 0 ? nextWord[..(ap + 1)] : nextWord;
        return _definitions.YearFollowers.Contains(nextWord) || _definitions.YearFollowers.Contains(elided.TrimEnd('\''))
            || elided is "l'" or "d'" or "qu'" or "s'" or "n'";
    }

    private static ReadOnlySpan<char> PreviousWord(string text, TextSpan range, int position)
    {
        var e = position;
        while (e > range.Start && IsSpace(text[e - 1])) e--;
        var s = e;
        while (s > range.Start && (char.IsLetter(text[s - 1]) || IsApostrophe(text[s - 1]) || text[s - 1] == '°')) s--;
        return text.AsSpan(s, e - s);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';
}
