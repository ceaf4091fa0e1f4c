using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Finds met_with relations: a sentence with a meeting cue (reçu, s'est entretenu, rencontré, au téléphone,
/// visite) and two or more people links the first of them to each other one, with the sentence's date.
/// </summary>
internal static class MeetingFinder
{
    public static IEnumerable<Relation> Find(EntityContext context, IReadOnlyList<PersonEntity> people, IReadOnlyDictionary<PersonEntity, string> ids)
    {
        var tokens = context.Tokens;
        var lexicon = EntityLexicon.Default;
        for (var s = 0; s < tokens.Sentences.Length; s++)
        {
            var sentence = tokens.Sentences[s];
            var cue = -1;
            for (var i = sentence.FirstToken; i < sentence.EndToken && cue < 0; i++)
                if (lexicon.IsMeetingCue(tokens.Folded[i])) cue = i;
            if (cue < 0) continue;
            var present = people
                .Select(p => (Person: p, First: p.Mentions.Where(m => tokens.SentenceOf[m.FirstToken] == s).Select(m => m.FirstToken).DefaultIfEmpty(-1).Min()))
                .Where(x => x.First >= 0 && ids.ContainsKey(x.Person))
                .OrderBy(x => x.First)
                .ToList();
            if (present.Count < 2) continue;
            var date = context.Dates.FirstOrDefault(d => d.FirstToken >= sentence.FirstToken && d.EndToken <= sentence.EndToken && d.Value is not null);
            var evidence = ResultAssembler.SentenceSpan(tokens, s);
            for (var k = 1; k < present.Count; k++)
                yield return new Relation(RelationTypes.MetWith, ids[present[0].Person], ids[present[k].Person], evidence, date?.Value?.ToString(), 0.6);
        }
    }
}
