using Extraction.Records;
using Extraction.Temporal;

namespace Extraction.Knowledge;

/// <summary>How a name of the text matched a row of the leaders table.</summary>
internal enum LeaderMatchKind
{
    /// <summary>Every word of the text's name is in the row's name, the family name among them.</summary>
    Full,
    /// <summary>Same family name, given names that differ in spelling but start alike ("Benyamin"/"Binyamin").</summary>
    Initial,
    /// <summary>The text gives only the family name.</summary>
    Surname,
}

/// <summary>A person of the text matched to a known office holder.</summary>
internal sealed record LeaderMatch(Leader Leader, LeaderMatchKind Kind, double Confidence)
{
    /// <summary>The public record of the match.</summary>
    public LeaderKnowledge ToRecord() =>
        new(Leader.Office, Leader.Title, Leader.Country, Leader.From, Leader.To, LeaderTable.Source, Confidence);
}

/// <summary>
/// Matches a person's name against the leaders table, time-aware: the tenure must cover the reference date (give or
/// take <see cref="MarginMonths"/>), or, with no reference date, any tenure counts at a lower confidence. A surname
/// alone matches only the one person of that surname in office then; a name that fits holders of several countries
/// matches only when exactly one of those countries is a country of the document.
/// </summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
internal sealed class LeaderMatcher
{
    /// <summary>Months either side of a tenure still counted as "in office" (the sources round dates to editions).</summary>
    public const int MarginMonths = 3;

    /// <summary>The most words a name of the text may have to be looked up.</summary>
    public const int MaxKeys = 10;

    private readonly LeaderTable _table;

    public LeaderMatcher(LeaderTable table) => _table = table;

    /// <summary>A matcher over the embedded table.</summary>
    public static LeaderMatcher Default { get; } = new(LeaderTable.Default);

    /// <summary>The office holder <paramref name="name"/> designates, or null.</summary>
    /// <param name="name">The person's fullest name in the text, without titles.</param>
    /// <param name="reference">The article's reference date, or null.</param>
    /// <param name="documentCountries">Countries the text refers to (cues that pick one of several homonyms).</param>
    /// <param name="country">When the text already gives the person's country: only holders of that country.</param>
    /// <param name="former">
    /// The text calls the person a former office holder ("l'ancien président X"): only holders who had left office
    /// by the reference date count, and only by their full name.
    /// </param>
    public LeaderMatch? Match(string name, PartialDate? reference, IReadOnlyCollection<string> documentCountries, string? country = null, bool former = false)
    {
        var keys = _table.Names.Keys(name);
        // No office holder's name has that many words; a longer "name" is a run of capitalized words.
        if (keys.Count > MaxKeys) return null;
        var match = Match(keys, reference, documentCountries, country, former);
        // Leading words the name finder kept ("Son Excellence Monsieur X Y"): a full name after them still counts.
        for (var skip = 1; match is null && keys.Count - skip >= 2 && skip <= 3; skip++)
        {
            match = Match(keys.GetRange(skip, keys.Count - skip), reference, documentCountries, country, former);
            if (match is not null && match.Kind != LeaderMatchKind.Full) match = null;
        }
        // A former holder is named in full: a surname alone may be anyone's of that name over 35 years.
        return former && match is { Kind: not LeaderMatchKind.Full } ? null : match;
    }

    private LeaderMatch? Match(List<string> keys, PartialDate? reference, IReadOnlyCollection<string> documentCountries, string? country, bool former)
    {
        if (keys.Count == 0) return null;
        var found = new List<(Leader Leader, LeaderMatchKind Kind)>();
        // Rows are compared by reference: a row is one object of the table, and hashing a record's every field
        // (the whole name's keys among them) for each candidate was most of this stage.
        var seen = new HashSet<Leader>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < keys.Count; k++)
        {
            if (keys.IndexOf(keys[k]) != k) continue; // a key given twice looks up the same rows
            Consider(_table.WithFamilyKey(keys[k]));
        }
        Consider(_table.WithDamagedFamily);
        if (found.Count == 0) return null;
        var best = found.Min(f => f.Kind);
        var candidates = found.Where(f => f.Kind == best).Select(f => f.Leader).ToList();
        // An office held ex officio by another country's leader (Andorra's co-prince is the French president) does not
        // make that leader ambiguous.
        if (candidates.Select(l => l.Country).Distinct().Count() > 1 && candidates.Where(l => !IsExOfficio(l)).ToList() is { Count: > 0 } own)
            candidates = own;
        // A partial name (surname alone, or given names spelt apart) needs a single person in office with that name.
        if (best != LeaderMatchKind.Full && candidates.Select(l => (l.Country, l.Display)).Distinct().Count() > 1)
            candidates = ByDocumentCountry(candidates, documentCountries, singlePerson: true);
        else if (candidates.Select(l => l.Country).Distinct().Count() > 1)
            candidates = ByDocumentCountry(candidates, documentCountries, singlePerson: false);
        if (candidates.Count == 0) return null;
        var chosen = candidates.OrderBy(l => l.Rank).ThenByDescending(l => l.FirstMonth).First();
        return new LeaderMatch(chosen, best, Confidence(best, reference is not null));

        void Consider(IReadOnlyList<Leader> rows)
        {
            foreach (var leader in rows)
            {
                if (!(former ? LeftOffice(leader, reference) : InOffice(leader, reference)) || country is not null && leader.Country != country) continue;
                if (!seen.Add(leader)) continue;
                if (KindOf(keys, leader) is { } kind) found.Add((leader, kind));
            }
        }
    }

    /// <summary>The Factbook title of the office held ex officio by another country's leader, in the source's English.</summary>
    private const string ExOfficioTitle = "Co-prince";

    /// <summary>How older editions write that office: before the name ("Coprince Jacques CHIRAC"), the title "French".</summary>
    private const string ExOfficioNamePrefix = "Coprince ";

    private static bool IsExOfficio(Leader leader) =>
        leader.Title?.Contains(ExOfficioTitle, StringComparison.OrdinalIgnoreCase) == true || leader.Display.StartsWith(ExOfficioNamePrefix, StringComparison.OrdinalIgnoreCase);

    private static List<Leader> ByDocumentCountry(List<Leader> candidates, IReadOnlyCollection<string> documentCountries, bool singlePerson)
    {
        var inDocument = candidates.Where(l => documentCountries.Contains(l.Country)).ToList();
        if (inDocument.Select(l => l.Country).Distinct().Count() != 1) return [];
        if (singlePerson && inDocument.Select(l => l.Display).Distinct().Count() != 1) return [];
        return inDocument;
    }

    private static bool InOffice(Leader leader, PartialDate? reference)
    {
        if (reference is not { } date) return true;
        var first = Leader.MonthOf(date, start: true);
        var last = Leader.MonthOf(date, start: false);
        return (leader.LastMonth == int.MaxValue || last >= 0 && first <= leader.LastMonth + MarginMonths)
            && (leader.FirstMonth == int.MinValue || last >= leader.FirstMonth - MarginMonths);
    }

    /// <summary>True when the tenure ended before the reference date (any ended tenure without one).</summary>
    private static bool LeftOffice(Leader leader, PartialDate? reference)
    {
        if (leader.LastMonth == int.MaxValue) return false;
        return reference is not { } date || leader.LastMonth <= Leader.MonthOf(date, start: false);
    }

    private static LeaderMatchKind? KindOf(List<string> keys, Leader leader)
    {
        if (keys.Count == 1) return LeaderNames.Same(keys[0], leader.Surname) ? LeaderMatchKind.Surname : null;
        var leaderKeys = leader.Keys();
        if (keys.Exists(k => LeaderNames.Contains(leader.FamilyKeys, k)))
        {
            if (ContainedIn(keys, leaderKeys)) return LeaderMatchKind.Full;
            // The text fuller than the source ("Félix-Antoine Tshisekedi Tshilombo" for "Felix TSHISEKEDI"): every
            // word of the row's name (initials aside, at least two) in the text's name.
            var words = leaderKeys.Where(k => k.Length > 1).ToList();
            if (words.Count >= 2 && words.TrueForAll(k => LeaderNames.Contains(keys, k))) return LeaderMatchKind.Full;
        }
        // "Benyamin Netanyahou" / "Binyamin NETANYAHU": the family name complete, the first given name a near spelling
        // (or an initial) of the row's; "Jill Biden" is not "Joseph R. Biden".
        var family = keys.Where(k => LeaderNames.Contains(leader.FamilyKeys, k)).ToList();
        var given = leaderKeys[0];
        if (family.Count == leader.FamilyKeys.Count && LeaderNames.Same(keys[^1], leader.Surname) && !LeaderNames.Same(keys[0], leader.FamilyKeys[0])
            && given[0] == keys[0][0] && (given.Length == 1 || Distance(given, keys[0]) <= 2))
            return LeaderMatchKind.Initial;
        return null;
    }

    /// <summary>True when every key is a key of the row, or two adjacent keys are one ("Abdel Fattah" = "Abdelfattah").</summary>
    private static bool ContainedIn(List<string> keys, IReadOnlyList<string> leaderKeys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (LeaderNames.Contains(leaderKeys, keys[i])) continue;
            if (i + 1 < keys.Count && LeaderNames.Contains(leaderKeys, keys[i] + keys[i + 1]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>Levenshtein distance of two short words (also used by the table builder to merge spellings).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static double Confidence(LeaderMatchKind kind, bool dated) => (kind, dated) switch
    {
        (LeaderMatchKind.Full, true) => 0.9,
        (LeaderMatchKind.Surname, true) => 0.8,
        (LeaderMatchKind.Initial, true) => 0.75,
        (LeaderMatchKind.Full, false) => 0.7,
        (LeaderMatchKind.Surname, false) => 0.6,
        _ => 0.55,
    };
}
