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
        // Full names first, so that a surname seen before its full name still finds its person.
        foreach (var mention in mentions.Where(m => m.Keys.Count >= 2).OrderBy(m => m.FirstToken))
        {
            var person = people.LastOrDefault(p => p.Accepts(mention));
            if (person is null) people.Add(new PersonEntity(mention));
            else person.Mentions.Add(mention);
        }
        foreach (var mention in mentions.Where(m => m.Keys.Count < 2).OrderBy(m => m.FirstToken))
        {
            var person = people.Where(p => p.Accepts(mention))
                .OrderBy(p => p.Mentions.Any(m => m.FirstToken < mention.FirstToken) ? 0 : 1)
                .ThenByDescending(p => p.Mentions.Where(m => m.FirstToken < mention.FirstToken).Select(m => m.FirstToken).DefaultIfEmpty(-1).Max())
                .FirstOrDefault();
            if (person is null) people.Add(new PersonEntity(mention));
            else person.Mentions.Add(mention);
        }
        foreach (var p in people) p.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        people.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return people;
    }
}
