using Extraction.Internal;

namespace Extraction.Entities;

/// <summary>
/// Groups name mentions into people: a full name starts a person, later mentions that fit it ("Gantz",
/// "M. Bourita", "Lula") join it. Single-part names join the most recent person they fit.
/// </summary>
internal static class PersonResolver
{
    /// <summary>The people of the mentions, by first mention, each with its <see cref="PersonEntity.Index"/> in the list.</summary>
    public static IReadOnlyList<PersonEntity> Cluster(IReadOnlyList<NameMention> mentions)
    {
        // Each person's mentions while they join; the people are made once the lists are complete.
        var people = new List<List<NameMention>>();
        // Each person's Longest mention, kept up to date as mentions join (so a match costs no scan of the mentions).
        var longest = new List<NameMention>();
        // Each person's mention start tokens, sorted: "the latest mention before this one" is a binary search, not a scan.
        var starts = new List<List<int>>();
        void Join(int person, NameMention mention)
        {
            people[person].Add(mention);
            if (PersonEntity.IsLonger(mention, longest[person])) longest[person] = mention;
            var own = starts[person];
            var at = Sorted.FirstAtLeast(own, mention.FirstToken);
            own.Insert(at, mention.FirstToken);
        }
        void Start(NameMention mention)
        {
            people.Add([mention]);
            longest.Add(mention);
            starts.Add([mention.FirstToken]);
        }

        // Full names first, so that a surname seen before its full name still finds its person.
        foreach (var mention in mentions.Where(m => m.Keys.Count >= 2).OrderBy(m => m.FirstToken))
        {
            // The most recent person it fits.
            var person = people.Count - 1;
            while (person >= 0 && !PersonEntity.Accepts(longest[person], mention)) person--;
            if (person < 0) Start(mention);
            else Join(person, mention);
        }
        foreach (var mention in mentions.Where(m => m.Keys.Count < 2).OrderBy(m => m.FirstToken))
        {
            // Among the people it fits: one already mentioned before it, the most recently mentioned; the first listed among equals.
            var best = -1;
            var bestBefore = false;
            var bestLast = -1;
            for (var p = 0; p < people.Count; p++)
            {
                if (!PersonEntity.Accepts(longest[p], mention)) continue;
                var earlier = Sorted.FirstAtLeast(starts[p], mention.FirstToken) - 1; // the last start before this mention, if any
                var last = earlier >= 0 ? starts[p][earlier] : -1;
                var before = earlier >= 0;
                if (best < 0 || before && !bestBefore || before == bestBefore && last > bestLast)
                {
                    best = p;
                    bestBefore = before;
                    bestLast = last;
                }
            }
            if (best < 0) Start(mention);
            else Join(best, mention);
        }
        foreach (var p in people) p.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        people.Sort((a, b) => a[0].FirstToken.CompareTo(b[0].FirstToken));
        var entities = new PersonEntity[people.Count];
        for (var i = 0; i < entities.Length; i++) entities[i] = new PersonEntity(i, [.. people[i]]);
        return entities;
    }

    /// <summary>
    /// The people kept once roles are linked: a name taken only from its capitals stands when a role or a
    /// counterpart link backs it (in <paramref name="linked"/>).
    /// </summary>
    public static IReadOnlyList<PersonEntity> Kept(IReadOnlyList<PersonEntity> clusters, Document.PersonTable linked) =>
        clusters.Where(p => p.Evidence > NameEvidence.Weak || linked[p].Roles.Length > 0 || linked[p].HomologueOf is not null).ToList();
}
