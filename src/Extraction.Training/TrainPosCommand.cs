using System.Diagnostics;
using Extraction.Lexicons;
using Extraction.Tagging;
using Extraction.Training.Corpora;

namespace Extraction.Training;

/// <summary>
/// <c>train pos [--corpora DIR] [--epochs N] [--bits B] [--out FILE]</c>: trains the UPOS tagger on UD French
/// Sequoia train+dev, GSD dev, PUD and FQB (commercial-OK licences) and writes <c>Resources/Models/pos.bin</c>.
/// GSD test and Sequoia test are held out.
/// </summary>
internal static class TrainPosCommand
{
    public const string Help = "train the POS tagger (UD Sequoia train+dev, GSD dev, PUD, FQB) into Resources/Models/pos.bin";

    public static readonly string[] TrainingFiles =
    [
        "ud-french-sequoia/fr_sequoia-ud-train.conllu.gz",
        "ud-french-sequoia/fr_sequoia-ud-dev.conllu.gz",
        "ud-french-gsd/fr_gsd-ud-dev.conllu.gz",
        "ud-french-pud/fr_pud-ud-test.conllu.gz",
        "ud-french-fqb/fr_fqb-ud-test.conllu.gz",
    ];

    private const int Seed = 20240601;

    public static int Run(string[] args)
    {
        var corpora = TrainingPaths.Option(args, "--corpora", TrainingPaths.DefaultCorpora);
        var epochs = int.Parse(TrainingPaths.Option(args, "--epochs", "12"), System.Globalization.CultureInfo.InvariantCulture);
        var bits = int.Parse(TrainingPaths.Option(args, "--bits", "19"), System.Globalization.CultureInfo.InvariantCulture);
        var prune = float.Parse(TrainingPaths.Option(args, "--prune", "0.002"), System.Globalization.CultureInfo.InvariantCulture);
        var output = TrainingPaths.Option(args, "--out", Path.Combine(TrainingPaths.Resources, "Models", "pos.bin"));
        var clock = Stopwatch.StartNew();

        var sentences = TrainingFiles.SelectMany(f => CorpusReaders.ReadConllu(Path.Combine(corpora, f))).ToList();
        var labels = Enum.GetNames<UposTag>();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var lexicon = FrenchLexicon.Default;
        var data = sentences
            .Select(s =>
            {
                var (text, tokens) = s.ToText();
                return (Text: text, Tokens: tokens, Infos: TokenFeatures.Compute(text, tokens, lexicon), Gold: s.Tags.Select(t => labelIndex[t]).ToArray());
            })
            .ToList();
        Console.WriteLine($"{data.Count} sentences, {data.Sum(d => d.Gold.Length)} tokens loaded in {clock.Elapsed.TotalSeconds:F1}s");

        var singleTags = SingleTags(sentences, labelIndex);
        Console.WriteLine($"{singleTags.Count} frequent unambiguous words skip the model");
        var singleLookup = singleTags.GetAlternateLookup<ReadOnlySpan<char>>();

        var trainer = new PerceptronTrainer(labels.Length, bits);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                var (text, tokens, infos, gold) = data[index];
                int prev1 = PosFeatures.NoTag, prev2 = PosFeatures.NoTag;
                for (var i = 0; i < infos.Length; i++)
                {
                    var n = PosFeatures.Extract(infos, i, prev1, prev2, features);
                    trainer.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    trainer.Update(features[..n], gold[i], guess);
                    var word = Lower(tokens[i].Slice(text));
                    var used = singleLookup.TryGetValue(word, out var single) ? single : guess;
                    if (used == gold[i]) correct++;
                    total++;
                    prev2 = prev1;
                    prev1 = used;
                }
            }
            Console.WriteLine($"epoch {epoch}: training accuracy {(double)correct / total:P2} ({clock.Elapsed.TotalSeconds:F0}s)");
        }

        var model = new PerceptronModel(PosTagger.Kind, PosFeatures.Fingerprint, bits, labels, trainer.Averaged(prune), singleTags);
        ModelFiles.Write(model, output);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes) in {clock.Elapsed.TotalSeconds:F0}s");

        var tagger = new PosTagger(ModelFiles.Read(output, PosTagger.Kind, PosFeatures.Fingerprint), lexicon);
        foreach (var (name, file) in EvaluateCommand.PosTestSets)
        {
            var (c, t) = TaggingEvaluation.PosAccuracy(tagger, CorpusReaders.ReadConllu(Path.Combine(corpora, file)));
            Console.WriteLine($"{name}: UPOS {(double)c / t:P2} ({t} tokens)");
        }
        return 0;
    }

    private static string Lower(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant().Replace('’', '\'');

    /// <summary>Lowercased words seen at least 20 times with one tag at least 99.5% of the time.</summary>
    private static Dictionary<string, int> SingleTags(List<PosSentence> sentences, Dictionary<string, int> labelIndex)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                var word = Lower(s.Forms[i]);
                if (!counts.TryGetValue(word, out var tags)) counts[word] = tags = new Dictionary<string, int>(StringComparer.Ordinal);
                tags[s.Tags[i]] = tags.GetValueOrDefault(s.Tags[i]) + 1;
            }
        }
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, tags) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = tags.Values.Sum();
            var (tag, count) = tags.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
            if (total >= 20 && count >= 0.995 * total) result[word] = labelIndex[tag];
        }
        return result;
    }
}
