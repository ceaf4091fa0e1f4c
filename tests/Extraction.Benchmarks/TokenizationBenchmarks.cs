using BenchmarkDotNet.Attributes;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>The tokenizer alone (baseline) and the tokenizer followed by the sentence splitter.</summary>
[MemoryDiagnoser]
public class TokenizationBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Which input (see <see cref="BenchmarkCorpus"/>).</summary>
    [Params(BenchmarkCorpus.Seed, BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Generated40K, BenchmarkCorpus.Generated1M)]
    public string Input { get; set; } = BenchmarkCorpus.Seed;

    /// <summary>Loads the input once.</summary>
    [GlobalSetup]
    public void Setup() => _text = BenchmarkCorpus.Get(Input);

    /// <summary>Tokens only.</summary>
    [Benchmark(Baseline = true)]
    public Token[] Tokenize() => FrenchTokenizer.Default.Tokenize(_text, new TextSpan(0, _text.Length));

    /// <summary>Tokens, then sentences.</summary>
    [Benchmark]
    public Sentence[] TokenizeAndSplit()
    {
        var tokens = FrenchTokenizer.Default.Tokenize(_text, new TextSpan(0, _text.Length));
        return SentenceSplitter.Default.Split(_text, tokens);
    }
}
