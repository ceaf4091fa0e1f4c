using BenchmarkDotNet.Attributes;
using Extraction.Tagging;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// The statistical taggers on prepared tokens and sentences: POS tagging alone (baseline), then POS tagging followed
/// by named-entity recognition, as <c>ExtractionPipeline.Run</c> calls them.
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private string _text = string.Empty;
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];

    /// <summary>Which input (see <see cref="BenchmarkCorpus"/>).</summary>
    [Params(BenchmarkCorpus.Seed, BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Generated40K, BenchmarkCorpus.Generated1M)]
    public string Input { get; set; } = BenchmarkCorpus.Seed;

    /// <summary>Loads the input and the models, tokenizes and splits once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Get(Input);
        var body = SourceText.Read(_text).Body;
        _tokens = FrenchTokenizer.Default.Tokenize(_text, body);
        _sentences = SentenceSplitter.Default.Split(_text, _tokens);
        EntityRecognizer.Default.Recognize(_text, _tokens, _sentences, PosTagger.Default.Tag(_text, _tokens));
    }

    /// <summary>One UPOS tag per token.</summary>
    [Benchmark(Baseline = true)]
    public UposTag[] Pos() => PosTagger.Default.Tag(_text, _tokens);

    /// <summary>POS tags, then PER/LOC/ORG spans.</summary>
    [Benchmark]
    public object PosAndNer()
    {
        var pos = PosTagger.Default.Tag(_text, _tokens);
        return EntityRecognizer.Default.Recognize(_text, _tokens, _sentences, pos);
    }
}
