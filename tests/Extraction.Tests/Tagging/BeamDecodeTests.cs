using Extraction.Lexicons;
using Extraction.Tagging;
using Extraction.Tests.Support;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tagging;

/// <summary>
/// <see cref="EntityRecognizer.Decode"/> takes shortcuts (items past a closed beam skipped, items sharing their last
/// two labels scored once, negligible softmax terms not computed) that must not change a bit: it is compared with a
/// plain beam written here, which scores every item and every label and keeps the best four by a stable sort.
/// </summary>
internal sealed class BeamDecodeTests
{
    private static readonly string[] Written =
    [
        "Le président ghanéen Kojo Mensah a rencontré à Lomé les dirigeants de la Banque mondiale et du Fonds monétaire international.",
        "Selon l'Agence France-Presse, Marie-Claire Dubois-Lefèvre, directrice de la Compagnie nationale du Rhône, quittera Lyon.",
        "« Nous signerons à Genève », a déclaré M. Jean-Baptiste N'Diaye, ministre sénégalais des Affaires étrangères, mardi 4 mars.",
        "Le FC Barcelone, le Real Madrid et l'Olympique de Marseille ont écrit à l'UEFA, à Nyon, puis à la FIFA, à Zurich.",
    ];

    [Test]
    public void Decode_equals_a_plain_beam_bit_for_bit()
    {
        var recognizer = EntityRecognizer.Default;
        var texts = Written.Concat(RepoPaths.AllDocuments().Select(File.ReadAllText)).ToList();
        var compared = 0;
        foreach (var text in texts)
        {
            var tokens = FrenchTokenizer.Default.Tokenize(text, SourceText.Read(text).Body);
            var sentences = SentenceSplitter.Default.Split(text, tokens);
            var infos = TokenFeatures.Compute(text, tokens, FrenchLexicon.Default);
            var tags = PosTagger.Default.Tag(text, tokens, infos);
            foreach (var sentence in sentences)
            {
                int first = sentence.FirstToken, n = sentence.EndToken - sentence.FirstToken;
                if (n <= 0) continue;
                var gazetteer = new byte[n];
                var cues = new byte[n];
                recognizer.Places.Match(text, tokens, first, sentence.EndToken, gazetteer);
                recognizer.Cues.Mark(text, tokens, first, sentence.EndToken, cues);
                var labels = new int[n];
                var probabilities = new float[n];
                recognizer.Decode(infos.AsSpan(first, n), tags.AsSpan(first, n), gazetteer, cues, labels, probabilities);
                var (expectedLabels, expectedProbabilities) = PlainBeam(recognizer.Model, infos.AsSpan(first, n), tags.AsSpan(first, n), gazetteer, cues);
                Assert.That(labels, Is.EqualTo(expectedLabels), $"labels of the sentence at token {first}");
                Assert.That(probabilities.Select(BitConverter.SingleToInt32Bits), Is.EqualTo(expectedProbabilities.Select(BitConverter.SingleToInt32Bits)),
                    $"probabilities of the sentence at token {first}");
                compared++;
            }
        }
        Assert.That(compared, Is.GreaterThan(10));
    }

    private sealed record Item(double Total, int Parent, int Label, float Probability);

    private static (int[] Labels, float[] Probabilities) PlainBeam(PerceptronModel model, ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UposTag> tags, byte[] gazetteer, byte[] cues)
    {
        var labelCount = model.Labels.Length;
        var features = new uint[NerFeatures.MaxFeatures];
        var steps = new List<List<Item>>();
        var beam = new List<Item> { new(0, -1, NerFeatures.NoLabel, 0) };
        for (var i = 0; i < infos.Length; i++)
        {
            var staticScores = new float[model.Stride];
            model.Score(features.AsSpan(0, NerFeatures.ExtractStatic(infos, tags, gazetteer, cues, i, features)), staticScores);
            var candidates = new List<Item>();
            for (var b = 0; b < beam.Count; b++)
            {
                var prev1 = i > 0 ? beam[b].Label : NerFeatures.NoLabel;
                var prev2 = i > 1 ? steps[i - 2][beam[b].Parent].Label : NerFeatures.NoLabel;
                var scores = new float[model.Stride];
                model.Add(features.AsSpan(0, NerFeatures.ExtractDynamic(infos, tags, i, prev1, prev2, features)), staticScores, scores);
                var max = scores.Take(labelCount).Max();
                var exps = new double[labelCount];
                double sum = 0;
                for (var c = 0; c < labelCount; c++)
                {
                    exps[c] = Math.Exp(scores[c] - max);
                    sum += exps[c];
                }
                var logSum = Math.Log(sum);
                for (var c = 0; c < labelCount; c++)
                    candidates.Add(new Item(beam[b].Total + (scores[c] - max) - logSum, b, c, (float)(exps[c] / sum)));
            }
            beam = [.. candidates.OrderByDescending(c => c.Total).Take(EntityRecognizer.BeamWidth)];
            steps.Add(beam);
        }
        var labels = new int[infos.Length];
        var probabilities = new float[infos.Length];
        for (int i = infos.Length - 1, k = 0; i >= 0; k = steps[i][k].Parent, i--)
        {
            labels[i] = steps[i][k].Label;
            probabilities[i] = steps[i][k].Probability;
        }
        return (labels, probabilities);
    }
}
