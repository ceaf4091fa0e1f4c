using System.Globalization;
using Extraction.Lexicons;
using Extraction.Tagging;
using Extraction.Training.Corpora;

namespace Extraction.Training;

/// <summary>
/// <c>evaluate [--corpora DIR] [--only SET] [--errors SET --take N]</c>: UPOS accuracy on the held-out UD test sets and entity-level NER
/// precision/recall/F1 (exact span and type) on the NER test sets, using the model files in Resources/Models.
/// Ends with one <c>metric CORPUS MEASURE VALUE</c> line per figure.
/// </summary>
internal static class EvaluateCommand
{
    public const string Help = "score the models on held-out test sets; prints 'metric <corpus> <measure> <value>' lines";

    public static readonly (string Name, string File)[] PosTestSets =
    [
        ("ud-french-gsd-test", "ud-french-gsd/fr_gsd-ud-test.conllu.gz"),
        ("ud-french-sequoia-test", "ud-french-sequoia/fr_sequoia-ud-test.conllu.gz"),
        ("ud-french-partut-test", "ud-french-partut/fr_partut-ud-test.conllu.gz"),
    ];

    public static readonly (string Name, string File, Func<string, IEnumerable<NerChunk>> Reader)[] NerTestSets =
    [
        ("newseye-fr-test", "newseye-fr/HIPE-2022-v2.1-newseye-test-fr.tsv.gz", CorpusReaders.ReadHipe),
        ("wikineural-fr-test", "wikineural-fr/wikineural-fr-test.conllu.gz", CorpusReaders.ReadWikiNeural),
        ("wikineural-fr-val", "wikineural-fr/wikineural-fr-val.conllu.gz", CorpusReaders.ReadWikiNeural),
        ("hipe2020-fr-test", "hipe2020-fr/HIPE-data-v1.4-test-fr.tsv.gz", CorpusReaders.ReadHipe),
        ("letemps-fr-test", "letemps-fr/HIPE-2022-v2.1-letemps-test-fr.tsv.gz", CorpusReaders.ReadHipe),
    ];

    public static int Run(string[] args)
    {
        var corpora = TrainingPaths.Option(args, "--corpora", TrainingPaths.DefaultCorpora);
        var models = Path.Combine(TrainingPaths.Resources, "Models");
        var metrics = new List<string>();
        // Load time of the embedded resources, as the library sees them (first use in this process).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _ = FrenchLexicon.Default;
        var lexiconMs = clock.Elapsed.TotalMilliseconds;
        _ = PosTagger.Default;
        var posMs = clock.Elapsed.TotalMilliseconds - lexiconMs;
        _ = EntityRecognizer.Default;
        var nerMs = clock.Elapsed.TotalMilliseconds - lexiconMs - posMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: lexicon {lexiconMs:F0} ms, POS model {posMs:F0} ms, NER model + gazetteer {nerMs:F0} ms"));
        metrics.Add(Metric("embedded", "load-ms", clock.Elapsed.TotalMilliseconds));
        var tagger = new PosTagger(ModelFiles.Read(Path.Combine(models, "pos.bin"), PosTagger.Kind, PosFeatures.Fingerprint), FrenchLexicon.Default);
        // --only NAME scores one NER set (model selection on a validation set without the rest).
        var only = TrainingPaths.Option(args, "--only", "");
        foreach (var (name, file) in only.Length > 0 ? [] : PosTestSets)
        {
            var (correct, total) = TaggingEvaluation.PosAccuracy(tagger, CorpusReaders.ReadConllu(Path.Combine(corpora, file)));
            var accuracy = (double)correct / total;
            Console.WriteLine($"{name}: UPOS accuracy {accuracy:P2} ({correct}/{total} surface tokens)");
            metrics.Add(Metric(name, "upos", accuracy));
        }
        var nerPath = Path.Combine(models, "ner.bin");
        if (File.Exists(nerPath))
        {
            var recognizer = new EntityRecognizer(ModelFiles.Read(nerPath, EntityRecognizer.Kind, NerFeatures.Fingerprint), FrenchLexicon.Default, TrainNerCommand.LoadPlaces(), EntityCues.Default);
            foreach (var (name, file, reader) in NerTestSets)
            {
                if (only.Length > 0 && !string.Equals(name, only, StringComparison.Ordinal)) continue;
                var scores = TaggingEvaluation.NerScores(tagger, recognizer, reader(Path.Combine(corpora, file)), float.Parse(TrainingPaths.Option(args, "--min-score", "0"), CultureInfo.InvariantCulture));
                Console.WriteLine($"{name}:");
                Console.WriteLine("  type   gold  pred  correct  precision  recall  F1");
                foreach (var s in scores)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Type,-5} {s.Gold,5} {s.Predicted,5} {s.Correct,8}  {s.Precision,9:F3} {s.Recall,7:F3} {s.F1,6:F3}"));
                    metrics.Add(Metric(name, $"{s.Type}-precision", s.Precision));
                    metrics.Add(Metric(name, $"{s.Type}-recall", s.Recall));
                    metrics.Add(Metric(name, $"{s.Type}-f1", s.F1));
                }
            }
        }
        var errors = TrainingPaths.Option(args, "--errors", "");
        if (errors.Length > 0 && File.Exists(nerPath)) PrintErrors(corpora, errors, tagger, int.Parse(TrainingPaths.Option(args, "--take", "40"), CultureInfo.InvariantCulture));
        foreach (var m in metrics) Console.WriteLine(m);
        return 0;
    }

    /// <summary>Prints gold and predicted entities of the first chunks of a test set (debugging aid).</summary>
    private static void PrintErrors(string corpora, string corpus, PosTagger tagger, int take)
    {
        var recognizer = new EntityRecognizer(ModelFiles.Read(Path.Combine(TrainingPaths.Resources, "Models", "ner.bin"), EntityRecognizer.Kind, NerFeatures.Fingerprint), FrenchLexicon.Default, TrainNerCommand.LoadPlaces(), EntityCues.Default);
        var (_, file, reader) = NerTestSets.First(t => t.Name == corpus);
        foreach (var chunk in reader(Path.Combine(corpora, file)).Take(take))
        {
            var tokens = CorpusReaders.Tokenize(chunk.Text);
            var spans = recognizer.Recognize(chunk.Text, tokens, Tokenization.SentenceSplitter.Default.Split(chunk.Text, tokens), tagger.Tag(chunk.Text, tokens));
            Console.WriteLine("TEXT " + chunk.Text);
            Console.WriteLine("  GOLD " + string.Join(" | ", chunk.Entities.Select(e => $"{e.Type}:{chunk.Text[e.Start..e.End]}")));
            Console.WriteLine("  PRED " + string.Join(" | ", spans.Select(e => $"{e.Type}:{chunk.Text[e.Span.Start..e.Span.End]}")));
        }
    }

    private static string Metric(string corpus, string measure, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"metric {corpus} {measure} {value:F4}");
}
