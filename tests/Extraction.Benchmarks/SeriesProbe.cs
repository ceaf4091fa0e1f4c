using System.Diagnostics;
using System.Globalization;
using Extraction.Document;
using Extraction.Relations;
using Extraction.Serialization;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>
/// Stage-by-stage cost of documents of growing size (<c>series FILE...</c>), per million characters, to find what
/// grows faster than the input. Runs the pipeline's own stages (<see cref="ExtractionPipeline.Stages"/>) one by one
/// with a thread-CPU stopwatch around each, then checks that the result is the one
/// <see cref="FrenchNewsExtractor.Extract(string, ExtractionOptions?)"/> gives.
/// </summary>
internal static class SeriesProbe
{
    public static int Run(IReadOnlyList<string> files)
    {
        var extractor = FrenchNewsExtractor.Shared;
        var pipeline = new ExtractionPipeline(ExtractionResources.Default);
        // Warm up (models, JIT, the serializer's contracts) on a small real document, twice through the stages as well,
        // so that the first file is not charged for it (the 40 KB one was: 30 ms of first JSON, 716 ms per million).
        var warmUp = BenchmarkCorpus.Get(BenchmarkCorpus.DevConcatenated);
        _ = ExtractionJson.Serialize(extractor.Extract(warmUp));
        for (var round = 0; round < 2; round++) _ = Time(pipeline, warmUp);
        var rows = new List<(string File, int Chars, List<(string Stage, double Ms)> Stages, double Total, long PeakBytes)>();
        var failures = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            GC.Collect();
            var (stages, json) = Time(pipeline, text);
            var total = stages.Sum(s => s.Ms);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            rows.Add((Path.GetFileName(file), text.Length, stages, total, process.PeakWorkingSet64));
            if (json != ExtractionJson.Serialize(extractor.Extract(text)))
            {
                Console.Error.WriteLine($"{file}: running the pipeline's stages one by one differs from Extract");
                failures++;
            }
        }
        var names = rows[0].Stages.Select(s => s.Stage).ToList();
        Console.WriteLine("thread CPU ms per million characters (one run each; peak working set of the process so far)");
        Console.Write($"{"stage",-26}");
        foreach (var r in rows) Console.Write($"{r.File,14}");
        Console.WriteLine();
        for (var k = 0; k < names.Count; k++)
        {
            Console.Write($"{names[k],-26}");
            foreach (var r in rows) Console.Write($"{r.Stages[k].Ms * 1e6 / r.Chars,14:N1}");
            Console.WriteLine();
        }
        Console.Write($"{"total ms / M chars",-26}");
        foreach (var r in rows) Console.Write($"{r.Total * 1e6 / r.Chars,14:N1}");
        Console.WriteLine();
        Console.Write($"{"total ms",-26}");
        foreach (var r in rows) Console.Write($"{r.Total,14:N0}");
        Console.WriteLine();
        Console.Write($"{"peak MB",-26}");
        foreach (var r in rows) Console.Write($"{r.PeakBytes / 1e6,14:N0}");
        Console.WriteLine();
        return failures == 0 ? 0 : 1;
    }

    private static (List<(string Stage, double Ms)> Stages, string Json) Time(ExtractionPipeline pipeline, string input)
    {
        var stages = new List<(string, double)>();
        var before = ThreadCpu.Milliseconds();
        var source = SourceText.Read(input);
        stages.Add(("read", ThreadCpu.Milliseconds() - before));
        var document = new ExtractionDocument(source, source.HeaderDate, ConfidenceTable.Default);
        foreach (var stage in pipeline.Stages)
        {
            before = ThreadCpu.Milliseconds();
            stage.Run(document);
            stages.Add((stage.Name, ThreadCpu.Milliseconds() - before));
        }
        before = ThreadCpu.Milliseconds();
        var json = ExtractionJson.Serialize(document.Result);
        stages.Add(("json", ThreadCpu.Milliseconds() - before));
        return (stages, json);
    }

    /// <summary>Writes <paramref name="folder"/>/NAME.txt documents of the given sizes made of the dev texts repeated.</summary>
    public static int Generate(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, size) in new[] { ("s0040k", 40_000), ("s01m", 1_000_000), ("s02m", 2_000_000), ("s04m", 4_000_000), ("s08m", 8_000_000), ("s10m", 9_990_000) })
        {
            var text = RepeatedDevTexts(size);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text);
            Console.WriteLine($"{name}.txt {text.Length.ToString("N0", CultureInfo.InvariantCulture)} chars");
        }
        return 0;
    }

    /// <summary>A date header, then the dev texts (without their own headers) again and again, cut at a paragraph end at or before <paramref name="size"/>.</summary>
    private static string RepeatedDevTexts(int size)
    {
        var folder = Path.GetFullPath(Path.Combine(BenchmarkCorpus.Root, "..", "shared", "devset", "texts"));
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => string.Join('\n', File.ReadAllText(f).Split('\n').Where(l => !l.StartsWith("date ", StringComparison.Ordinal))));
        var body = string.Join("\n\n", texts);
        var b = new System.Text.StringBuilder("date 2024-05-14\n", size + body.Length);
        while (b.Length < size) b.Append(body).Append("\n\n");
        var s = b.ToString(0, size);
        return s[..(s.LastIndexOf("\n\n", StringComparison.Ordinal) + 1)];
    }
}
