using BenchmarkDotNet.Attributes;
using Extraction.Records;

namespace Extraction.Benchmarks;

/// <summary>The whole <see cref="FrenchNewsExtractor.Extract"/> on real and generated documents.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private string _text = string.Empty;
    private FrenchNewsExtractor _extractor = FrenchNewsExtractor.Shared;

    /// <summary>Which input (see <see cref="BenchmarkCorpus"/>).</summary>
    [Params(BenchmarkCorpus.Seed, BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Generated40K, BenchmarkCorpus.Generated1M)]
    public string Input { get; set; } = BenchmarkCorpus.Seed;

    /// <summary>Loads the input and the models once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Get(Input);
        _extractor = new FrenchNewsExtractor();
        _extractor.Extract(_text);
    }

    /// <summary>Text to records.</summary>
    [Benchmark]
    public ExtractionResult Extract() => _extractor.Extract(_text);
}
