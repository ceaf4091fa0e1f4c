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
    private const int MaxClause = 300;
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

    private static readonly string[] Articles = ["le", "la", "les", "l'", "en"];

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
    /// Past or future reading of the clause around <paramref name="span"/> (bounded by sentence ends and commas):
    /// neutral after a scheduling or deadline word ("prévue en mai", "jusqu'au"), past after a past participle
    /// ("élu en mai", unless an auxiliary before it says otherwise), else the nearest tense cue (auxiliary, future
    /// or conditional ending, "prochain", "d'ici") before it, else the first one after it; None when there is none.
    /// </summary>
    public TenseDirection SentenceTense(string text, TextSpan range, TextSpan span)
    {
        // Bounded windows keep the cost linear on text without punctuation.
        var floor = Math.Max(range.Start, span.Start - MaxClause);
        var ceiling = Math.Min(range.End, span.End + MaxClause);
        var start = span.Start;
        while (start > floor && !IsSentenceEnd(text, start - 1)) start--;
        var end = span.End;
        while (end < ceiling && !IsSentenceEnd(text, end)) end++;
        var clauseStart = span.Start;
        while (clauseStart > start && !IsClauseEnd(text[clauseStart - 1])) clauseStart--;
        var clauseEnd = span.End;
        while (clauseEnd < end && !IsClauseEnd(text[clauseEnd])) clauseEnd++;
        // Only the clause: a reporting verb after a comma ("..., a précisé le ministère") says nothing of the date.
        return CueIn(text, clauseStart, clauseEnd, span) ?? TenseDirection.None;
    }

    private static bool IsClauseEnd(char c) => c is ',' or ':' or '(' or ')' or '«' or '»' or '—' or '"';

    /// <summary>The tense cue for <paramref name="span"/> within [start, end): null when there is none, None when neutral.</summary>
    private TenseDirection? CueIn(string text, int start, int end, TextSpan span)
    {
        var before = WordsBefore(text, start, span.Start);
        var idx = 0;
        while (idx < before.Count && _definitions.Prepositions.Contains(before[idx].Key))
        {
            if (_definitions.TenseWords.TryGetValue(before[idx].Key, out var p) && p == TenseDirection.None) return TenseDirection.None; // "jusqu'au"
            if (WordTense(before[idx].Word) is var t && t != TenseDirection.None) return t; // "d'ici"
            idx++;
        }
        if (idx < before.Count)
        {
            var (word, key) = before[idx];
            // A scheduling word governing the date ("prévue en mai") has no tense: take the nearer occurrence.
            if (_definitions.TenseWords.TryGetValue(key, out var exempt) && exempt == TenseDirection.None) return TenseDirection.None;
            if (IsParticiple(word, key))
            {
                var j = idx + 1;
                var infinitive = false;
                while (j < before.Count && _definitions.Auxiliaries.TryGetValue(before[j].Key, out var aux))
                {
                    infinitive |= aux == TenseDirection.None;
                    j++;
                }
                if (j < before.Count && WordTense(before[j].Word) is var t && t != TenseDirection.None) return t; // "sera signé"
                if (!infinitive) return TenseDirection.Past; // "élu en mai", "a été signé le"
                idx = j; // "devraient être livrés le": look further back
            }
        }
        for (var k = idx; k < before.Count; k++)
        {
            if (WordTense(before[k].Word) is var t && t != TenseDirection.None) return t;
        }

        // Forwards: the first cue after the date.
        var i = span.End;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < end && (char.IsLetter(text[j]) || IsApostrophe(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]))) j++;
            var tense = WordTense(text.AsSpan(i, j - i));
            if (tense != TenseDirection.None) return tense;
            i = j;
        }
        return null;
    }

    /// <summary>The words of the sentence before the date, nearest first, with their normalized keys.</summary>
    private static List<(string Word, string Key)> WordsBefore(string text, int floor, int position)
    {
        var words = new List<(string, string)>();
        while (PreviousWordBounds(text, floor, position) is var (ws, we) && we > ws)
        {
            var word = text[ws..we];
            words.Add((word, TemporalDefinitions.Normalize(word)));
            position = ws;
        }
        return words;
    }

    private bool IsParticiple(ReadOnlySpan<char> word, string key)
    {
        if (key.Length < 3 || char.IsUpper(word[0]) || _definitions.TenseWords.ContainsKey(key)) return false;
        foreach (var suffix in _definitions.ParticipleSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The word (letters and inner apostrophes) ending before <paramref name="position"/>, not before <paramref name="floor"/>.</summary>
    private static (int Start, int End) PreviousWordBounds(string text, int floor, int position)
    {
        var e = position;
        while (e > floor && !char.IsLetter(text[e - 1])) e--;
        var s = e;
        while (s > floor && (char.IsLetter(text[s - 1]) || IsApostrophe(text[s - 1]) && s - 2 >= floor && char.IsLetter(text[s - 2]))) s--;
        // keep a trailing elision with its word: "d'" before "ici" is part of "d'ici"
        return (s, e);
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
        if (_definitions.YearFollowers.Contains(nextWord) || nextWord.Contains('\'')) return true; // "2019 a", "2019 l'a"
        // A number before a plural noun or a unit counts things ("2000 soldats", "1999 voix", "2000 km");
        // before a capitalized word it starts a name; before a verb ("2019 marque") it is a year.
        return !char.IsUpper(text[k]) && nextWord.Length > 3 && nextWord[^1] is not ('s' or 'x');
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
