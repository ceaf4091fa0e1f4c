using Extraction.Tagging;
using Extraction.Tokenization;

namespace Extraction.Training.Corpora;

/// <summary>Precision, recall and F1 counts for one entity type (or the micro average).</summary>
internal sealed record EntityScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scoring shared by the <c>evaluate</c> command and the tests.</summary>
internal static class TaggingEvaluation
{
    /// <summary>UPOS accuracy over surface tokens (see <see cref="CorpusReaders.ReadConllu"/> for contractions).</summary>
    public static (int Correct, int Total) PosAccuracy(PosTagger tagger, IEnumerable<PosSentence> sentences)
    {
        int correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var (text, tokens) = sentence.ToText();
            var tags = tagger.Tag(text, tokens);
            for (var i = 0; i < tags.Length; i++)
            {
                total++;
                if (string.Equals(tags[i].ToString(), sentence.Tags[i], StringComparison.Ordinal)) correct++;
            }
        }
        return (correct, total);
    }

    /// <summary>CoNLL-style entity scores: a prediction is correct when its character span and type equal a gold entity's.</summary>
    public static IReadOnlyList<EntityScore> NerScores(PosTagger tagger, EntityRecognizer recognizer, IEnumerable<NerChunk> chunks, float minScore = 0)
    {
        EntityType[] types = [EntityType.PER, EntityType.LOC, EntityType.ORG];
        var gold = new int[types.Length];
        var predicted = new int[types.Length];
        var correct = new int[types.Length];
        foreach (var chunk in chunks)
        {
            var tokens = CorpusReaders.Tokenize(chunk.Text);
            var sentences = SentenceSplitter.Default.Split(chunk.Text, tokens);
            var tags = tagger.Tag(chunk.Text, tokens);
            var spans = recognizer.Recognize(chunk.Text, tokens, sentences, tags);
            var goldSet = new HashSet<(int, int, EntityType)>();
            foreach (var e in chunk.Entities)
            {
                gold[(int)e.Type]++;
                goldSet.Add((e.Start, e.End, e.Type));
            }
            foreach (var s in spans)
            {
                if (s.Type == EntityType.MISC || s.Score < minScore) continue;
                predicted[(int)s.Type]++;
                if (goldSet.Contains((s.Span.Start, s.Span.End, s.Type))) correct[(int)s.Type]++;
            }
        }
        var result = new List<EntityScore>();
        for (var t = 0; t < types.Length; t++) result.Add(new EntityScore(types[t].ToString(), gold[t], predicted[t], correct[t]));
        result.Add(new EntityScore("micro", gold.Sum(), predicted.Sum(), correct.Sum()));
        return result;
    }
}
