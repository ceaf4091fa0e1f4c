using BenchmarkDotNet.Attributes;

namespace Extraction.Benchmarks;

/// <summary>
/// <see cref="FrenchNewsExtractor.ExtractManyAsync(IEnumerable{BatchDocument}, BatchOptions?, CancellationToken)"/>
/// over the real articles repeated to 1,000 documents, with 1 and 2 workers, to show how the batch API scales.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    /// <summary>Name of the input for throughput columns.</summary>
    public const string Documents1000 = "1000-articles";

    private BatchDocument[] _documents = [];
    private BatchOptions _options = BatchOptions.Default;

    /// <summary>The batch input (one value, named for the throughput column).</summary>
    [Params(Documents1000)]
    public string Input { get; set; } = Documents1000;

    /// <summary>Documents processed at once.</summary>
    [Params(1, 2)]
    public int Parallelism { get; set; }

    /// <summary>Builds the documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var articles = BenchmarkCorpus.RealArticles();
        _documents = Enumerable.Range(0, 1_000).Select(i => new BatchDocument($"doc-{i}", articles[i % articles.Count])).ToArray();
        _options = new BatchOptions { MaxDegreeOfParallelism = Parallelism };
        FrenchNewsExtractor.Shared.Extract(articles[0]);
    }

    /// <summary>All documents through the batch API.</summary>
    [Benchmark]
    public async Task<int> ExtractMany()
    {
        var people = 0;
        await foreach (var r in FrenchNewsExtractor.Shared.ExtractManyAsync(_documents, _options))
            people += r.Result?.People.Count ?? 0;
        return people;
    }

    /// <summary>Tokens in the whole batch.</summary>
    public static int TokenCount()
    {
        var articles = BenchmarkCorpus.RealArticles();
        var perArticle = articles.Select(a => Extraction.Tokenization.FrenchTokenizer.Default.Tokenize(a).Length).ToArray();
        return Enumerable.Range(0, 1_000).Sum(i => perArticle[i % perArticle.Length]);
    }
}
