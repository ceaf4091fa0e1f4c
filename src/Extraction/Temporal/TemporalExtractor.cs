using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Temporal;

/// <summary>A date expression found in the text, with its resolved value and modifier.</summary>
/// <param name="Span">The expression, without a leading preposition ("24 novembre 2021", "l'an dernier").</param>
/// <param name="Value">The resolved date, or null when it cannot be anchored (no or too coarse a reference date).</param>
/// <param name="Modifier">Start/mid/end from the expression, else approx/before/after from the word before it.</param>
internal sealed record DateMatch(TextSpan Span, PartialDate? Value, DateModifier? Modifier)
{
    /// <summary>True when the value does not depend on the reference date ("2019", "mars 2023").</summary>
    public bool IsAbsolute { get; init; }

    /// <summary>True when the value was counted from an earlier date of the text, not from the reference date ("la veille").</summary>
    public bool IsAnchoredInText { get; init; }
}

/// <summary>
/// Finds French date expressions with the patterns of <see cref="TemporalDefinitions"/>, keeps the longest
/// non-overlapping ones, parses them (<see cref="TemporalParser"/>) and anchors them (<see cref="TemporalResolver"/>).
/// </summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
internal sealed class TemporalExtractor
{
    private static readonly Lazy<TemporalExtractor> LazyDefault =
        new(() => new TemporalExtractor(TemporalDefinitions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TemporalDefinitions _definitions;
    private readonly TemporalParser _parser;
    private readonly TemporalContext _context;

    public TemporalExtractor(TemporalDefinitions definitions)
    {
        _definitions = definitions;
        _parser = new TemporalParser(definitions);
        _context = new TemporalContext(definitions);
    }

    /// <summary>The extractor over the embedded tables.</summary>
    public static TemporalExtractor Default => LazyDefault.Value;

    /// <summary>Date expressions inside <paramref name="range"/> of <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="range">The part to search (the body after a date header).</param>
    /// <param name="referenceDate">Publication date for relative expressions; null leaves them unresolved.</param>
    public IReadOnlyList<DateMatch> Extract(string text, TextSpan range, PartialDate? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<Candidate>();
        // Lower-casing keeps every UTF-16 offset, so matches on the copy index the original text.
        var lower = string.Create(text.Length, text, static (span, t) => t.AsSpan().ToLowerInvariant(span));
        // Patterns run chunk by chunk (paragraphs, long ones cut at sentence ends) so that each regex call stays
        // small: the match timeout then bounds a pathological chunk, not the length of the document.
        // Per chunk, whether each cue set occurs in it (0 not yet looked, 1 present, 2 absent): a pattern runs only
        // where all its cues are, which skips most regex scans of a chunk and changes no match.
        Span<byte> cues = stackalloc byte[_definitions.Cues.Count];
        for (var chunkStart = range.Start; chunkStart < range.End;)
        {
            var chunkEnd = ChunkEnd(text, chunkStart, range.End);
            cues.Clear();
            var chunk = lower.AsSpan(chunkStart, chunkEnd - chunkStart);
            for (var p = 0; p < _definitions.Patterns.Count; p++)
            {
                var pattern = _definitions.Patterns[p];
                if (!HasCues(pattern, chunk, cues)) continue;
                var position = chunkStart;
                while (position < chunkEnd && pattern.Regex.Match(lower, position, chunkEnd - position) is { Success: true } m)
                {
                    if (m.Index > range.Start && IsWordChar(text[m.Index - 1]))
                    {
                        position = m.Index + 1; // starts inside a word ("demain" is not "mai"): retry just after
                        continue;
                    }
                    if (Accept(pattern, m, text, range)) candidates.Add(new Candidate(pattern, m, p));
                    position = m.Index + Math.Max(1, m.Length);
                }
            }
            chunkStart = chunkEnd;
        }

        // Longest first, then leftmost, then table order: "24 novembre 2021" beats "novembre 2021" and "2021".
        // The sort is stable on equal keys because the comparison ends on the pattern's table index.
        candidates.Sort(static (a, b) =>
            b.Match.Length != a.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index)
            : a.Order.CompareTo(b.Order));
        var taken = new System.Collections.BitArray(range.End - range.Start);
        var chosen = new List<Candidate>();
        foreach (var c in candidates)
        {
            var free = true;
            for (var i = c.Match.Index; i < c.Match.Index + c.Match.Length && free; i++) free = !taken[i - range.Start];
            if (!free) continue;
            for (var i = c.Match.Index; i < c.Match.Index + c.Match.Length; i++) taken[i - range.Start] = true;
            chosen.Add(c);
        }
        chosen.Sort(static (a, b) => a.Match.Index.CompareTo(b.Match.Index));

        var results = new List<DateMatch>(chosen.Count + 2);
        DateOnly? previousDay = null;
        foreach (var c in chosen)
        {
            var span = new TextSpan(c.Match.Index, c.Match.Index + c.Match.Length);
            var tense = _context.SentenceTense(text, range, span);
            if (c.Pattern.Kind == TemporalPatternKind.Range)
            {
                if (!_parser.TryParse(c.Match, "", out var last) || !_parser.TryParse(c.Match, "1", out var first)) continue;
                var lastValue = TemporalResolver.Resolve(last, referenceDate, tense, previousDay);
                first = Complete(first, last, lastValue);
                var firstValue = TemporalResolver.Resolve(first, referenceDate, tense, previousDay);
                var a = c.Match.Groups["a"];
                var b = c.Match.Groups["b"];
                results.Add(new DateMatch(new TextSpan(a.Index, a.Index + a.Length), firstValue, null) { IsAbsolute = first.IsAbsolute });
                results.Add(new DateMatch(new TextSpan(b.Index, b.Index + b.Length), lastValue, null) { IsAbsolute = last.IsAbsolute });
                if (lastValue is { HasDay: true } lv) previousDay = lv.FirstDay;
                continue;
            }
            if (!_parser.TryParse(c.Match, "", out var parsed)) continue;
            var value = TemporalResolver.Resolve(parsed, referenceDate, tense, previousDay);
            var modifier = parsed.Modifier ?? _context.ModifierBefore(text, range.Start, span.Start);
            results.Add(new DateMatch(span, value, modifier)
            {
                IsAbsolute = parsed.IsAbsolute,
                IsAnchoredInText = value is not null && TemporalResolver.IsAnchoredInText(parsed, previousDay),
            });
            if (value is { HasDay: true } v) previousDay = v.FirstDay;
        }
        return results;
    }

    private const int ChunkTarget = 2048;

    /// <summary>True when <paramref name="chunk"/> holds a string of every cue set of <paramref name="pattern"/>.</summary>
    private bool HasCues(TemporalPattern pattern, ReadOnlySpan<char> chunk, Span<byte> known)
    {
        foreach (var cue in pattern.Cues)
        {
            if (known[cue] == 0) known[cue] = _definitions.Cues[cue].In(chunk) ? (byte)1 : (byte)2;
            if (known[cue] == 2) return false;
        }
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The end of the chunk starting at <paramref name="start"/>: the next line break, or past
    /// <see cref="ChunkTarget"/> characters the next sentence end (". " before a capital), which no date crosses.
    /// </summary>
    private static int ChunkEnd(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n') return i + 1;
            if (i - start >= ChunkTarget && c is '.' or '!' or '?' && i + 2 < end && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2]))
                return i + 1;
            if (i - start >= 4 * ChunkTarget && char.IsWhiteSpace(c) && !char.IsDigit(text[i - 1])) return i + 1; // no sentence end at all
        }
        return end;
    }

    /// <summary>A range start takes the month and year it omits from the range end ("du 12 au 14 mai 2024").</summary>
    private static ParsedDate Complete(ParsedDate first, ParsedDate last, PartialDate? lastValue)
    {
        var month = first.Month ?? last.Month;
        if (first.Year is null && lastValue is { } lv && month is { } m)
            return first with { Year = lv.Year - (lv.Month is { } lm && m > lm ? 1 : 0), Month = month };
        return first with { Month = month };
    }

    private bool Accept(TemporalPattern pattern, Match m, string text, TextSpan range)
    {
        switch (pattern.Kind)
        {
            case TemporalPatternKind.Year:
                var g = m.Groups["year"];
                return _context.IsYearContext(text, range, new TextSpan(g.Index, g.Index + g.Length), cuedByMatch: g.Index > m.Index);
            case TemporalPatternKind.Date:
                var month = m.Groups["month"];
                var alone = month.Success && month.Index == m.Index && month.Length == m.Length;
                // A month alone must be a full, lower-case name: "mars", not "Mars" the planet nor "sept." (seven).
                return !alone || (char.IsLower(text[month.Index]) && _definitions.StandaloneMonths.Contains(TemporalDefinitions.Normalize(month.Value)));
            default:
                return true;
        }
    }

    private sealed record Candidate(TemporalPattern Pattern, Match Match, int Order);
}
