using Extraction.Records;

namespace Extraction.Entities;

/// <summary>
/// Drops country references that do not stand for the state: a capital used only as the venue of an event
/// ("à Addis-Abeba", a dateline) counts only when the country is also referred to in another way.
/// </summary>
internal static class CountryFilter
{
    public static IReadOnlyList<CountryRef> Filter(TokenText tokens, List<CountryRef> refs, Func<CountryRef, bool> isPlaceUse)
    {
        var venueOnly = new List<CountryRef>();
        var kept = new List<CountryRef>();
        foreach (var r in refs)
        {
            if (r.Kind == CountryMentionKind.Capital && (isPlaceUse(r) || IsDateline(tokens, r))) venueOnly.Add(r);
            else kept.Add(r);
        }
        var codes = kept.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        kept.AddRange(venueOnly.Where(r => codes.Contains(r.Code)));
        kept.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return kept;
    }

    private static bool IsDateline(TokenText tokens, CountryRef r)
    {
        // a dateline: the capital opens the text or a paragraph and is followed by a comma, a dash or "(AFP)"
        var sentence = tokens.Sentences[tokens.SentenceOf[r.FirstToken]];
        return r.FirstToken == sentence.FirstToken && r.EndToken < tokens.Count
            && (tokens.IsPunct(r.EndToken, ',') || tokens.IsPunct(r.EndToken, '–') || tokens.IsPunct(r.EndToken, '—') || tokens.IsPunct(r.EndToken, '(') || tokens.IsPunct(r.EndToken, '-'));
    }
}
