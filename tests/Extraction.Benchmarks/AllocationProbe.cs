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
