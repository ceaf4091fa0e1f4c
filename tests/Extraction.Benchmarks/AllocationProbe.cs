using System.Globalization;
using Extraction.Document;
using Extraction.Relations;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>
/// Bytes allocated by each stage of <see cref="ExtractionPipeline.Stages"/> on the benchmark inputs (not a benchmark:
/// one thread, a few rounds after a warm-up, the smallest round per stage), to see which stage allocates what.
/// </summary>
internal static class AllocationProbe
{
    public static int Run(int rounds)
    {
        var pipeline = new ExtractionPipeline(ExtractionResources.Default);
        foreach (var name in new[] { BenchmarkCorpus.Seed, BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Generated40K })
        {
            var text = BenchmarkCorpus.Get(name);
            var least = new long[pipeline.Stages.Count];
            Array.Fill(least, long.MaxValue);
            for (var round = 0; round <= rounds; round++) // round 0 warms up (JIT, lazy tables)
            {
                var source = SourceText.Read(text);
                var document = new ExtractionDocument(source, source.HeaderDate, ConfidenceTable.Default);
                for (var s = 0; s < pipeline.Stages.Count; s++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    pipeline.Stages[s].Run(document);
                    var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                    if (round > 0) least[s] = Math.Min(least[s], bytes);
                }
            }
            Console.WriteLine($"{name} ({text.Length:N0} chars): {least.Sum() / 1024.0:N1} KB over the stages");
            for (var s = 0; s < least.Length; s++)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pipeline.Stages[s].Name,-26} {least[s] / 1024.0,10:N1} KB"));
        }
        return 0;
    }
}

/// <summary>
/// The types a stage allocates, sampled by the runtime's allocation ticks (one event per ~100 KB allocated, with the
/// type of the object that crossed the mark): run the stage many times and count the samples per type.
/// </summary>
internal sealed class AllocationTypes : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _samples = new(StringComparer.Ordinal);
    private volatile bool _on;

    public static int Run(string stage, int rounds)
    {
        var pipeline = new ExtractionPipeline(ExtractionResources.Default);
        var text = BenchmarkCorpus.Get(BenchmarkCorpus.DevConcatenated);
        var at = pipeline.Stages.Select(s => s.Name).ToList().IndexOf(stage);
        // The documents up to the stage first, then the stage alone on each: the events arrive late, on another thread.
        var documents = new List<ExtractionDocument>();
        for (var round = 0; round <= rounds; round++)
        {
            var source = SourceText.Read(text);
            var document = new ExtractionDocument(source, source.HeaderDate, ConfidenceTable.Default);
            for (var s = 0; s < at; s++) pipeline.Stages[s].Run(document);
            documents.Add(document);
        }
        pipeline.Stages[at].Run(documents[0]); // JIT
        GC.Collect();
        using var listener = new AllocationTypes();
        Thread.Sleep(1000);
        listener._on = true;
        foreach (var document in documents.Skip(1)) pipeline.Stages[at].Run(document);
        Thread.Sleep(2000);
        listener._on = false;
        lock (listener._samples)
            foreach (var (type, count) in listener._samples.OrderByDescending(kv => kv.Value).Take(25))
                Console.WriteLine($"{count,8} {type}");
        return 0;
    }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var index = e.PayloadNames!.IndexOf("TypeName");
        var type = index >= 0 ? e.Payload[index]?.ToString() ?? "?" : "?";
        lock (_samples) _samples[type] = _samples.GetValueOrDefault(type) + 1;
    }
}
