namespace Extraction.Entities;

/// <summary>
/// Groups name mentions into people: a full name starts a person, later mentions that fit it ("Gantz",
/// "M. Bourita", "Lula") join it. Single-part names join the most recent person they fit.
/// </summary>
internal static class PersonResolver
{
    public static List<PersonEntity> Cluster(IReadOnlyList<NameMention> mentions)
    {
        var people = new List<PersonEntity>();
        // Each person's Longest mention, kept up to date as mentions join (so a match costs no scan of the mentions).
        var longest = new List<NameMention>();
        void Join(int person, NameMention mention)
        {
            people[person].Mentions.Add(mention);
            if (PersonEntity.IsLonger(mention, longest[person])) longest[person] = mention;
        }
        void Start(NameMention mention)
        {
            people.Add(new PersonEntity(mention));
            longest.Add(mention);
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
                var last = -1;
                foreach (var m in people[p].Mentions)
                    if (m.FirstToken < mention.FirstToken && m.FirstToken > last) last = m.FirstToken;
                var before = people[p].Mentions.Any(m => m.FirstToken < mention.FirstToken);
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
        foreach (var p in people) p.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        people.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return people;
    }
}
