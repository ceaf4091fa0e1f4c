using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Temporal;

/// <summary>A date expression found in the text, with its resolved value and modifier.</summary>
/// <param name="Span">The expression, without a leading preposition ("24 novembre 2021", "l'an dernier").</param>
/// <param name="Value">The resolved date, or null when it cannot be anchored (no or too coarse a reference date).</param>
/// <param name="Modifier">Start/mid/end from the expression, else approx/before/after from the word before it.</param>
internal readonly record struct DateMatch(TextSpan Span, PartialDate? Value, DateModifier? Modifier)
{
    /// <summary>True when the value does not depend on the reference date ("2019", "mars 2023").</summary>
    public bool IsAbsolute { get; init; }
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
        foreach (var pattern in _definitions.Patterns)
        {
            for (var m = pattern.Regex.Match(text, range.Start, range.End - range.Start); m.Success; m = m.NextMatch())
            {
                if (Accept(pattern, m, text, range)) candidates.Add(new Candidate(pattern, m));
            }
        }

        // Longest first, then leftmost, then table order: "24 novembre 2021" beats "novembre 2021" and "2021".
        candidates.Sort(static (a, b) =>
            b.Match.Length != a.Match.Length ? b.Match.Length.CompareTo(a.Match.Length) : a.Match.Index.CompareTo(b.Match.Index));
        var chosen = new List<Candidate>();
        foreach (var c in candidates)
        {
            if (!chosen.Exists(o => o.Match.Index < c.Match.Index + c.Match.Length && c.Match.Index < o.Match.Index + o.Match.Length))
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
            results.Add(new DateMatch(span, value, modifier) { IsAbsolute = parsed.IsAbsolute });
            if (value is { HasDay: true } v) previousDay = v.FirstDay;
        }
        return results;
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
                if (month.Success && !m.Groups["day"].Success && !m.Groups["year"].Success && !m.Groups["rel"].Success && !m.Groups["part"].Success)
                {
                    // A month alone must be a full, lower-case name ("mars", not "Mars" the planet or "sept." the number).
                    if (!_definitions.StandaloneMonths.Contains(TemporalDefinitions.Normalize(month.Value))) return false;
                    if (char.IsUpper(month.Value[0]) && !m.Value.StartsWith("mois", StringComparison.OrdinalIgnoreCase)
                        && !m.Groups["part"].Success && m.Index == month.Index) return false;
                }
                return true;
            default:
                return true;
        }
    }

    private readonly record struct Candidate(TemporalPattern Pattern, Match Match);
}
