using Extraction.Records;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Robustness;

/// <summary>
/// Properties every output must have, whatever the input: offsets inside the text that round-trip, unique ids,
/// relations and cross-references that point at records which exist, confidences in [0, 1]; tokens and sentences
/// ordered, inside the text and never cutting a surrogate pair.
/// </summary>
internal static class ResultInvariants
{
    /// <summary>Human-readable descriptions of every broken invariant (empty when the result is sound).</summary>
    public static List<string> Check(string text, ExtractionResult r)
    {
        var problems = new List<string>();
        foreach (var (start, end, value, what) in OffsetRoundTripTests.AllSpans(r))
        {
            if (start < 0 || end < start || end > text.Length)
                problems.Add($"{what}: span [{start}, {end}) outside text of length {text.Length}");
            else if (!string.Equals(text.Substring(start, end - start), value, StringComparison.Ordinal))
                problems.Add($"{what}: [{start}, {end}) is \"{Escape(text.Substring(start, end - start))}\", not \"{Escape(value)}\"");
        }

        var people = UniqueIds(r.People.Select(p => p.Id), "person", problems);
        var countries = UniqueIds(r.Countries.Select(c => c.Code), "country", problems);
        var organizations = UniqueIds(r.Organizations.Select(o => o.Id), "organization", problems);
        var agreements = UniqueIds(r.Agreements.Select(a => a.Id), "agreement", problems);

        foreach (var p in r.People)
        {
            Confidence(p.Confidence, $"person {p.Id}", problems);
            foreach (var role in p.Roles)
            {
                Confidence(role.Confidence, $"role of {p.Id}", problems);
                if (role.Organization is { } org && !organizations.Contains(org))
                    problems.Add($"role of {p.Id} names unknown organization '{org}'");
            }
        }
        foreach (var c in r.Countries) Confidence(c.Confidence, $"country {c.Code}", problems);
        foreach (var o in r.Organizations) Confidence(o.Confidence, $"organization {o.Id}", problems);
        foreach (var d in r.Dates) Confidence(d.Confidence, $"date {d.Text}", problems);
        foreach (var a in r.Agreements)
        {
            Confidence(a.Confidence, $"agreement {a.Id}", problems);
            foreach (var s in a.Signatories)
                if (!people.Contains(s)) problems.Add($"agreement {a.Id} has unknown signatory '{s}'");
            foreach (var party in a.Parties)
            {
                if (party.Code is { } code && !countries.Contains(code)) problems.Add($"agreement {a.Id} has unknown party country '{code}'");
                if (party.Organization is { } org && !organizations.Contains(org)) problems.Add($"agreement {a.Id} has unknown party organization '{org}'");
            }
        }

        foreach (var rel in r.Relations)
        {
            Confidence(rel.Confidence, $"relation {rel.Type}", problems);
            var (subjectOk, objectOk) = rel.Type switch
            {
                RelationTypes.HoldsRole => (people.Contains(rel.Subject), !string.IsNullOrWhiteSpace(rel.Object)),
                RelationTypes.Represents => (people.Contains(rel.Subject), countries.Contains(rel.Object)),
                RelationTypes.MemberOf => (people.Contains(rel.Subject), organizations.Contains(rel.Object)),
                RelationTypes.PartyTo => (countries.Contains(rel.Subject) || organizations.Contains(rel.Subject), agreements.Contains(rel.Object)),
                RelationTypes.SignatoryOf => (people.Contains(rel.Subject), agreements.Contains(rel.Object)),
                RelationTypes.SignedOn => (agreements.Contains(rel.Subject), !string.IsNullOrWhiteSpace(rel.Object)),
                RelationTypes.MetWith => (people.Contains(rel.Subject), people.Contains(rel.Object)),
                _ => (false, false),
            };
            if (!subjectOk || !objectOk)
                problems.Add($"relation {rel.Type} {rel.Subject} -> {rel.Object}: unknown type or dangling id");
        }
        return problems;
    }

    /// <summary>Broken invariants of the tokenizer and sentence splitter output over <paramref name="range"/>.</summary>
    public static List<string> CheckTokens(string text, TextSpan range, Token[] tokens, Sentence[] sentences)
    {
        var problems = new List<string>();
        var previousEnd = range.Start;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Start < previousEnd || t.End <= t.Start || t.End > range.End)
                problems.Add($"token {i} [{t.Start}, {t.End}) is empty, overlaps the previous one or leaves [{range.Start}, {range.End})");
            else if (CutsSurrogatePair(text, t.Start) || CutsSurrogatePair(text, t.End))
                problems.Add($"token {i} [{t.Start}, {t.End}) cuts a surrogate pair");
            previousEnd = Math.Max(previousEnd, t.End);
        }
        var nextToken = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            if (s.FirstToken != nextToken || s.EndToken <= s.FirstToken || s.EndToken > tokens.Length)
            {
                problems.Add($"sentence {i} covers tokens [{s.FirstToken}, {s.EndToken}), expected to start at {nextToken}");
                break;
            }
            if (s.Start != tokens[s.FirstToken].Start || s.End != tokens[s.EndToken - 1].End)
                problems.Add($"sentence {i} [{s.Start}, {s.End}) does not match its tokens");
            nextToken = s.EndToken;
        }
        if (problems.Count == 0 && nextToken != tokens.Length)
            problems.Add($"sentences cover {nextToken} of {tokens.Length} tokens");
        return problems;
    }

    /// <summary>True when <paramref name="offset"/> falls between the two halves of a valid surrogate pair.</summary>
    public static bool CutsSurrogatePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>The text with control characters, surrogates and non-ASCII escaped, cut to <paramref name="max"/> characters.</summary>
    public static string Escape(string s, int max = 300)
    {
        var b = new System.Text.StringBuilder();
        foreach (var c in s.Length > max ? s[..max] : s)
        {
            if (c is >= ' ' and < (char)0x7F && c != '\\') b.Append(c);
            else b.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        if (s.Length > max) b.Append(System.Globalization.CultureInfo.InvariantCulture, $"… ({s.Length:N0} chars)");
        return b.ToString();
    }

    private static HashSet<string> UniqueIds(IEnumerable<string> ids, string what, List<string> problems)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrEmpty(id)) problems.Add($"{what} with an empty id");
            else if (!set.Add(id)) problems.Add($"{what} id '{id}' is not unique");
        }
        return set;
    }

    private static void Confidence(double value, string what, List<string> problems)
    {
        if (!(value >= 0 && value <= 1)) problems.Add($"{what}: confidence {value} outside [0, 1]");
    }
}
