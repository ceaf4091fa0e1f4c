using Extraction.Records;

namespace Extraction.Entities;

/// <summary>
/// Drops country references that do not stand for the state: a capital used only as the venue of an event
/// ("à Addis-Abeba", a dateline) counts only when the country is also referred to in another way. Resolves an
/// ambiguous reference ("congolais": CG or CD) to the one of its countries the rest of the document names unambiguously.
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
        return ResolveAmbiguous(kept);
    }

    /// <summary>
    /// "la République démocratique du Congo … côté congolais": an ambiguous reference takes the one of its candidate
    /// countries that the document's unambiguous references name, when exactly one of them is named; otherwise it keeps
    /// the lexicon's default.
    /// </summary>
    private static List<CountryRef> ResolveAmbiguous(List<CountryRef> refs)
    {
        if (!refs.Exists(r => r.Alternatives.Count > 0)) return refs;
        var named = refs.Where(r => r.Alternatives.Count == 0).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < refs.Count; i++)
        {
            var r = refs[i];
            if (r.Alternatives.Count == 0) continue;
            var candidates = r.Alternatives.Prepend(r.Code).Where(named.Contains).Distinct().ToList();
            if (candidates.Count == 1 && candidates[0] != r.Code)
                refs[i] = r with { Code = candidates[0], Alternatives = r.Alternatives.Where(a => a != candidates[0]).Append(r.Code).ToList() };
        }
        return refs;
    }

    private static bool IsDateline(TokenText tokens, CountryRef r)
    {
        // a dateline: the capital opens the text or a paragraph and is followed by a comma, a dash or "(AFP)"
        var sentence = tokens.Sentences[tokens.SentenceOf[r.FirstToken]];
        return r.FirstToken == sentence.FirstToken && r.EndToken < tokens.Count
            && (tokens.IsPunct(r.EndToken, ',') || tokens.IsPunct(r.EndToken, '–') || tokens.IsPunct(r.EndToken, '—') || tokens.IsPunct(r.EndToken, '(') || tokens.IsPunct(r.EndToken, '-'));
    }
}
