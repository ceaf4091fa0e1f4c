using System.Diagnostics;
using System.Globalization;

namespace Extraction.Benchmarks;

/// <summary>
/// Steady memory: runs the whole pipeline over the real articles and the 1 MB document for a number of rounds and
/// reports the managed heap after a full collection and the process's peak working set.
/// </summary>
internal static class MemoryProbe
{
    /// <summary>The managed heap the knowledge base keeps once loaded: heap after a full collection, before and after.</summary>
    public static int Knowledge()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var matcher = Extraction.Knowledge.LeaderMatcher.Default;
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(matcher);
        // The same load again in this process: the work without the JIT and first-use costs.
        var again = Stopwatch.StartNew();
        var table = Extraction.Knowledge.LeaderTable.LoadEmbedded();
        again.Stop();
        GC.KeepAlive(table);
        Console.WriteLine($"second load in the same process: {again.Elapsed.TotalMilliseconds:N1} ms");
        Console.WriteLine($"knowledge base: {Extraction.Knowledge.LeaderTable.Default.Leaders.Count:N0} rows, loaded in {watch.Elapsed.TotalMilliseconds:N1} ms, " +
            $"managed heap +{(after - before) / (1024.0 * 1024.0):N2} MB (full GC before and after)");
        return 0;
    }

    public static int Run(int rounds)
    {
        var inputs = BenchmarkCorpus.RealArticles().Append(BenchmarkCorpus.Get(BenchmarkCorpus.Generated1M)).ToList();
        var extractor = FrenchNewsExtractor.Shared;
        var watch = Stopwatch.StartNew();
        long chars = 0;
        var heapAfterRound = new List<long>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in inputs)
            {
                extractor.Extract(text);
                chars += text.Length;
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            heapAfterRound.Add(GC.GetTotalMemory(forceFullCollection: true));
        }
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var mb = (long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MB";
        Console.WriteLine($"rounds: {rounds}, documents per round: {inputs.Count}, characters: {chars:N0}, elapsed: {watch.Elapsed.TotalSeconds:N1} s");
        Console.WriteLine($"managed heap after full GC: first round {mb(heapAfterRound[0])}, last round {mb(heapAfterRound[^1])}");
        Console.WriteLine($"working set now: {mb(process.WorkingSet64)}, peak working set: {mb(process.PeakWorkingSet64)}");
        Console.WriteLine($"total allocated: {mb(GC.GetTotalAllocatedBytes())}, gen0/1/2 collections: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        return 0;
    }
}
