using System.Diagnostics;
using System.Globalization;
using Extraction.Document;
using Extraction.Relations;
using Extraction.Serialization;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// A quick stopwatch profile of the pipeline's own stages (<see cref="ExtractionPipeline.Stages"/>) on the dev texts and the generated documents (not a benchmark:
/// one process, a few rounds, best round reported), and optionally a dump of every result as JSON so that two
/// builds can be compared byte for byte.
/// </summary>
internal static class StageProbe
{
    public static int Run(int rounds, string? dumpFolder)
    {
        var inputs = new (string Name, string Text)[]
        {
            (BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Get(BenchmarkCorpus.DevConcatenated)),
            (BenchmarkCorpus.Generated40K, BenchmarkCorpus.Get(BenchmarkCorpus.Generated40K)),
            (BenchmarkCorpus.Generated1M, BenchmarkCorpus.Get(BenchmarkCorpus.Generated1M)),
        };
        if (dumpFolder is not null) Dump(dumpFolder, inputs);

        var extractor = FrenchNewsExtractor.Shared;
        var pipeline = new ExtractionPipeline(ExtractionResources.Default);
        foreach (var (name, text) in inputs)
        {
            var best = new Dictionary<string, double>(StringComparer.Ordinal);
            var order = new List<string>();
            void Record(string stage, double ms)
            {
                if (!best.TryGetValue(stage, out var old)) order.Add(stage);
                best[stage] = old == 0 ? ms : Math.Min(old, ms);
            }

            for (var round = 0; round < rounds; round++)
            {
                // The pipeline's own stages, timed one by one on one document: the probe cannot drift from the pipeline.
                var source = SourceText.Read(text);
                var document = new ExtractionDocument(source, source.HeaderDate, ConfidenceTable.Default);
                foreach (var stage in pipeline.Stages)
                {
                    var before = ThreadCpu.Milliseconds();
                    stage.Run(document);
                    Record(stage.Name, ThreadCpu.Milliseconds() - before);
                }
                var start = ThreadCpu.Milliseconds();
                extractor.Extract(text);
                Record("extract (all)", ThreadCpu.Milliseconds() - start);
            }
            var tokenCount = FrenchTokenizer.Default.Tokenize(text).Length;
            // The tokenizer's mean over many calls (its best single call hides collections of large arrays).
            var calls = Math.Max(20, 20_000_000 / text.Length);
            var gen2 = GC.CollectionCount(2);
            var loop = ThreadCpu.Milliseconds();
            for (var i = 0; i < calls; i++) FrenchTokenizer.Default.Tokenize(text);
            var meanTokenize = (ThreadCpu.Milliseconds() - loop) / calls;
            gen2 = GC.CollectionCount(2) - gen2;
            var total = best["extract (all)"];
            var staged = order.Where(s => s != "extract (all)").Sum(s => best[s]);
            Console.WriteLine($"{name}: {text.Length:N0} chars, {tokenCount:N0} tokens, best of {rounds} rounds, thread CPU time");
            foreach (var stage in order)
                Console.WriteLine($"  {stage,-24} {best[stage],10:N2} ms");
            Console.WriteLine($"  {"rest (read, filter)",-24} {total - staged,10:N2} ms");
            Console.WriteLine($"  {"tokens/s",-24} {tokenCount / (total / 1000):N0}");
            Console.WriteLine($"  tokenizer mean over {calls} calls: {meanTokenize:N3} ms ({tokenCount / (meanTokenize / 1000):N0} tokens/s, {gen2} gen-2 collections)");
        }
        return 0;
    }

    /// <summary>
    /// Thread CPU per stage summed over every <c>*.txt</c> of a folder (the tool's workload: many short articles, where
    /// per-document costs weigh more than on one long document), plus JSON writing; best of
    /// <paramref name="rounds"/> rounds by total, after one warm-up round so that tiered compilation has settled.
    /// </summary>
    public static int RunCorpus(string folder, int rounds)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var pipeline = new ExtractionPipeline(ExtractionResources.Default);
        var names = pipeline.Stages.Select(s => s.Name).Append("json").ToArray();
        double[]? best = null, first = null;
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        for (var round = -1; round < rounds; round++)
        {
            var sums = new double[names.Length];
            foreach (var text in texts)
            {
                var source = SourceText.Read(text);
                var document = new ExtractionDocument(source, source.HeaderDate, ConfidenceTable.Default);
                for (var k = 0; k < pipeline.Stages.Count; k++)
                {
                    var before = ThreadCpu.Milliseconds();
                    pipeline.Stages[k].Run(document);
                    sums[k] += ThreadCpu.Milliseconds() - before;
                }
                var start = ThreadCpu.Milliseconds();
                writer.GetStringBuilder().Clear();
                ExtractionJson.Serialize(document.Result, writer, indented: false);
                sums[^1] += ThreadCpu.Milliseconds() - start;
            }
            if (round < 0) first = sums;
            else if (best is null || sums.Sum() < best.Sum()) best = sums;
        }
        var kept = best ?? throw new ArgumentOutOfRangeException(nameof(rounds), "At least one round is needed.");
        var total = kept.Sum();
        var cold = first!;
        // The first round beside the best: in a fresh process it runs precompiled and tier-0 code until the tiered JIT
        // catches up, which is what a one-pass batch (the tool) pays on top of the steady state.
        Console.WriteLine($"{texts.Count:N0} documents from {folder}, best of {rounds} rounds (after one warm-up), thread CPU time; the first (warm-up) round beside it");
        for (var k = 0; k < names.Length; k++)
            Console.WriteLine($"  {names[k],-24} {kept[k],10:N1} ms {100 * kept[k] / total,6:N1} %   first {cold[k],10:N1} ms  +{cold[k] - kept[k],8:N1}");
        Console.WriteLine($"  {"total",-24} {total,10:N1} ms            first {cold.Sum(),10:N1} ms  +{cold.Sum() - total,8:N1}");
        return 0;
    }

    /// <summary>
    /// Thread CPU of the two statistical taggers' stages ("pos", "recognizer") summed over every <c>*.txt</c> of a
    /// folder, best round of each after one warm-up round; the stages before them run untimed (a document's layers
    /// are written once, so each round starts from fresh documents). Quicker and steadier than
    /// <see cref="RunCorpus"/> for work on the taggers.
    /// </summary>
    public static int RunTaggers(string folder, int rounds)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var pipeline = new ExtractionPipeline(ExtractionResources.Default);
        var stages = pipeline.Stages;
        var pos = stages.Select(s => s.Name).ToList().IndexOf("pos");
        if (pos < 0 || pos + 1 >= stages.Count || stages[pos + 1].Name != "recognizer") throw new InvalidOperationException("Expected the stage 'recognizer' right after 'pos'.");
        double bestPos = double.MaxValue, bestNer = double.MaxValue;
        for (var round = -1; round < rounds; round++)
        {
            double sumPos = 0, sumNer = 0;
            foreach (var text in texts)
            {
                var source = SourceText.Read(text);
                var document = new ExtractionDocument(source, source.HeaderDate, ConfidenceTable.Default);
                for (var k = 0; k < pos; k++) stages[k].Run(document);
                var start = ThreadCpu.Milliseconds();
                stages[pos].Run(document);
                var middle = ThreadCpu.Milliseconds();
                stages[pos + 1].Run(document);
                sumNer += ThreadCpu.Milliseconds() - middle;
                sumPos += middle - start;
            }
            if (round < 0) continue;
            bestPos = Math.Min(bestPos, sumPos);
            bestNer = Math.Min(bestNer, sumNer);
        }
        Console.WriteLine($"{texts.Count:N0} documents from {folder}, best of {rounds} rounds (after one warm-up), thread CPU time");
        Console.WriteLine($"  {"pos",-24} {bestPos,10:N1} ms");
        Console.WriteLine($"  {"recognizer",-24} {bestNer,10:N1} ms");
        return 0;
    }

    private static void Dump(string folder, IEnumerable<(string Name, string Text)> generated)
    {
        Directory.CreateDirectory(folder);
        var extractor = FrenchNewsExtractor.Shared;
        var articles = BenchmarkCorpus.RealArticles();
        for (var i = 0; i < articles.Count; i++)
            File.WriteAllText(Path.Combine(folder, i.ToString("D3", CultureInfo.InvariantCulture) + ".json"), ExtractionJson.Serialize(extractor.Extract(articles[i])));
        foreach (var (name, text) in generated)
            File.WriteAllText(Path.Combine(folder, name + ".json"), ExtractionJson.Serialize(extractor.Extract(text)));
        Console.WriteLine($"results written to {folder}");
    }
}

/// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): less disturbed than wall time when other processes share the cores.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
        return clock_gettime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : throw new InvalidOperationException("clock_gettime failed");
    }

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
