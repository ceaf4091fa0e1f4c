using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// Finds meetings: a sentence with a meeting cue (reçu, s'est entretenu, rencontré, au téléphone, visite) and two or
/// more people links the first of them to each other one, with the sentence's date.
/// </summary>
internal sealed class MeetingFinder
{
    private readonly EntityLexicon _lexicon;

    /// <param name="lexicon">The meeting cues.</param>
    public MeetingFinder(EntityLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The meetings of the document, sentence by sentence, each sentence's people in order of first mention.</summary>
    public IReadOnlyList<Meeting> Find(EntityContext context, IReadOnlyList<PersonEntity> people)
    {
        var tokens = context.Tokens;
        var meetings = new List<Meeting>();
        // Each person's first mention in each sentence, listed per sentence in people order (built at the first cue).
        Dictionary<int, List<(PersonEntity Person, int First)>>? bySentence = null;
        DateRef?[]? dates = null; // each sentence's first resolved date, built with bySentence
        for (var s = 0; s < tokens.Sentences.Length; s++)
        {
            var sentence = tokens.Sentences[s];
            var cue = -1;
            for (var i = sentence.FirstToken; i < sentence.EndToken && cue < 0; i++)
                if (_lexicon.IsMeetingCue(tokens.Folded[i])) cue = i;
            if (cue < 0) continue;
            bySentence ??= FirstMentionsBySentence(tokens, people);
            if (!bySentence.TryGetValue(s, out var present) || present.Count < 2) continue;
            SortByFirst(present);
            var date = (dates ??= FirstResolvedDates(context))[s]?.Value?.ToString();
            for (var k = 1; k < present.Count; k++)
                meetings.Add(new Meeting(present[0].Person, present[k].Person, s, date));
        }
        return meetings;
    }

    /// <summary>Per sentence, the first resolved date inside it, in the dates' order (one pass over the dates, not one per sentence).</summary>
    private static DateRef?[] FirstResolvedDates(EntityContext context)
    {
        var tokens = context.Tokens;
        var first = new DateRef?[tokens.Sentences.Length];
        foreach (var d in context.Dates)
        {
            // a date inside a sentence starts in it
            var s = tokens.SentenceOf[d.FirstToken];
            if (first[s] is null && d.EndToken <= tokens.Sentences[s].EndToken && d.Value is not null) first[s] = d;
        }
        return first;
    }

    /// <summary>In order of first mention, stably (an insertion sort: a sentence names a few people).</summary>
    private static void SortByFirst(List<(PersonEntity Person, int First)> present)
    {
        for (var k = 1; k < present.Count; k++)
        {
            var item = present[k];
            var j = k - 1;
            for (; j >= 0 && present[j].First > item.First; j--) present[j + 1] = present[j];
            present[j + 1] = item;
        }
    }

    private static Dictionary<int, List<(PersonEntity Person, int First)>> FirstMentionsBySentence(TokenText tokens, IReadOnlyList<PersonEntity> people)
    {
        var bySentence = new Dictionary<int, List<(PersonEntity Person, int First)>>();
        var first = new Dictionary<int, int>();
        foreach (var p in people)
        {
            first.Clear();
            var order = new List<int>();
            foreach (var m in p.Mentions)
            {
                var s = tokens.SentenceOf[m.FirstToken];
                if (!first.TryGetValue(s, out var f)) order.Add(s);
                else if (f <= m.FirstToken) continue;
                first[s] = m.FirstToken;
            }
            foreach (var s in order)
            {
                if (!bySentence.TryGetValue(s, out var list)) bySentence[s] = list = [];
                list.Add((p, first[s]));
            }
        }
        return bySentence;
    }
}
