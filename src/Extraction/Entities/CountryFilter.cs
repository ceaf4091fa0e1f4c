using Extraction.Records;

namespace Extraction.Entities;

/// <summary>
/// Drops country references that do not stand for the state: a capital used only as the venue of an event
/// ("à Addis-Abeba", a dateline) counts only when the country is also referred to in another way.
/// </summary>
internal static class CountryFilter
{
    private static readonly HashSet<string> VenuePrepositions = new(StringComparer.Ordinal) { "à", "de", "depuis", "vers", "pour" };

    public static IReadOnlyList<CountryRef> Filter(TokenText tokens, List<CountryRef> refs)
    {
        var venueOnly = new List<CountryRef>();
        var kept = new List<CountryRef>();
        foreach (var r in refs)
        {
            if (r.Kind == CountryMentionKind.Capital && IsVenue(tokens, r)) venueOnly.Add(r);
            else kept.Add(r);
        }
        var codes = kept.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        kept.AddRange(venueOnly.Where(r => codes.Contains(r.Code)));
        kept.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return kept;
    }

    private static bool IsVenue(TokenText tokens, CountryRef r)
    {
        var before = r.FirstToken - 1;
        if (before >= 0 && VenuePrepositions.Contains(tokens.Folded[before])) return true;
        // a dateline: the capital opens the text or a paragraph and is followed by a comma, a dash or "(AFP)"
        var sentence = tokens.Sentences[tokens.SentenceOf[r.FirstToken]];
        return r.FirstToken == sentence.FirstToken && r.EndToken < tokens.Count
            && (tokens.IsPunct(r.EndToken, ',') || tokens.IsPunct(r.EndToken, '–') || tokens.IsPunct(r.EndToken, '—') || tokens.IsPunct(r.EndToken, '(') || tokens.IsPunct(r.EndToken, '-'));
    }
}
