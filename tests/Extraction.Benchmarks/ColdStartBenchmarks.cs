using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extraction.Records;

namespace Extraction.Benchmarks;

/// <summary>
/// Model load: a new process, then the first extraction of the seed article (statics, embedded resources, JIT).
/// Each launch is a fresh process measured once, so the figure is the cold cost a first caller pays.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class ColdStartBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Reads the seed file outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _text = BenchmarkCorpus.Get(BenchmarkCorpus.Seed);

    /// <summary>First extractor, first call.</summary>
    [Benchmark]
    public ExtractionResult FirstExtract() => new FrenchNewsExtractor().Extract(_text);
}
