using System.Runtime.CompilerServices;
using Extraction.Serialization;
using Extraction.Temporal;

namespace Extraction.Tests.Robustness;

/// <summary><see cref="FrenchNewsExtractor.ExtractManyAsync(IAsyncEnumerable{BatchDocument}, BatchOptions?, CancellationToken)"/>.</summary>
public sealed class BatchExtractionTests
{
    private static readonly Lazy<(List<BatchDocument> Documents, List<string> Json)> Sequential = new(() =>
    {
        var documents = TestCorpus.Variants(1_000, seed: 1_000).Select((t, i) => new BatchDocument($"doc-{i:D4}", t)).ToList();
        var json = documents.Select(d => ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(d.Text))).ToList();
        return (documents, json);
    });

    [TestCase(1, 0)]
    [TestCase(2, 0)]
    [TestCase(8, 0)]
    [TestCase(8, 8)]
    [TestCase(3, 100)]
    public async Task Batch_output_is_in_input_order_and_equals_the_sequential_output(int parallelism, int buffered)
    {
        var (documents, expected) = Sequential.Value;
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, MaxBufferedDocuments = buffered };
        var results = new List<BatchResult>();
        await foreach (var r in new FrenchNewsExtractor().ExtractManyAsync(documents, options))
            results.Add(r);

        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, documents.Count)));
        Assert.That(results.Select(r => r.Id), Is.EqualTo(documents.Select(d => d.Id)));
        Assert.That(results.Where(r => !r.Succeeded).Select(r => r.Error!.Message), Is.Empty);
        Assert.That(results.Select(r => ExtractionJson.Serialize(r.Result!)), Is.EqualTo(expected));
    }

    [Test]
    public async Task Asynchronous_source_is_read_lazily_and_buffering_stays_bounded()
    {
        var source = new CountingSource();
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, MaxBufferedDocuments = 4 };
        var consumed = 0;
        await foreach (var r in FrenchNewsExtractor.Shared.ExtractManyAsync(source.Infinite(), options))
        {
            Assert.That(r.Index, Is.EqualTo(consumed));
            consumed++;
            Assert.That(source.Pulled, Is.LessThanOrEqualTo(consumed + options.MaxBufferedDocuments), "read too far ahead");
            if (consumed == 50) break;
        }
        Assert.That(consumed, Is.EqualTo(50));
        Assert.That(source.Disposed, Is.True, "leaving the loop must dispose the source");
    }

    [Test]
    public void Cancellation_stops_the_batch()
    {
        using var cts = new CancellationTokenSource();
        var source = new CountingSource();
        var consumed = 0;
        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in FrenchNewsExtractor.Shared.ExtractManyAsync(source.Infinite(), new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                if (++consumed == 10) await cts.CancelAsync();
            }
        });
        Assert.That(consumed, Is.EqualTo(10));
        Assert.That(source.Disposed, Is.True);
    }

    [Test]
    public void A_cancelled_token_stops_the_batch_before_any_result()
    {
        var documents = Sequential.Value.Documents;
        var consumed = 0;
        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in FrenchNewsExtractor.Shared.ExtractManyAsync(documents, null, new CancellationToken(canceled: true)))
                consumed++;
        });
        Assert.That(consumed, Is.Zero);
    }

    [Test]
    public async Task A_failing_document_is_reported_in_place_and_the_batch_goes_on()
    {
        var small = new ExtractionOptions { MaxInputLength = 10 };
        BatchDocument?[] documents =
        [
            new("ok-1", "Le président a parlé."),
            new("too-long", "Le président a parlé.", small),
            new("null-text", null!),
            null,
            new("ok-2", "Le roi a reçu le ministre."),
        ];
        var results = new List<BatchResult>();
        await foreach (var r in FrenchNewsExtractor.Shared.ExtractManyAsync(documents!, new BatchOptions { MaxDegreeOfParallelism = 2 }))
            results.Add(r);

        Assert.That(results.Select(r => r.Id), Is.EqualTo(new[] { "ok-1", "too-long", "null-text", "", "ok-2" }));
        Assert.That(results.Select(r => r.Succeeded), Is.EqualTo(new[] { true, false, false, false, true }));
        Assert.That(results[1].Error, Is.TypeOf<ArgumentException>());
        Assert.That(results[2].Error, Is.TypeOf<ArgumentNullException>());
        Assert.That(results[3].Error, Is.TypeOf<ArgumentNullException>());
        Assert.That(results.Where(r => !r.Succeeded).Select(r => r.Result), Is.All.Null);
        Assert.That(results.Where(r => r.Succeeded).Select(r => r.Result), Is.All.Not.Null);
    }

    [Test]
    public async Task Document_options_override_batch_options()
    {
        var batch = new BatchOptions { Extraction = new ExtractionOptions { ReferenceDate = PartialDate.Parse("2020-01") } };
        BatchDocument[] documents =
        [
            new("batch-default", "Le président a parlé."),
            new("own-date", "Le président a parlé.", new ExtractionOptions { ReferenceDate = PartialDate.Parse("2022-04-12") }),
        ];
        var dates = new List<string?>();
        await foreach (var r in FrenchNewsExtractor.Shared.ExtractManyAsync(documents, batch))
            dates.Add(r.Result!.ReferenceDate);
        Assert.That(dates, Is.EqualTo(new[] { "2020-01", "2022-04-12" }));
    }

    [Test]
    public void Arguments_are_checked_when_called_not_when_enumerated()
    {
        var extractor = FrenchNewsExtractor.Shared;
        Assert.Throws<ArgumentNullException>(() => extractor.ExtractManyAsync((IEnumerable<BatchDocument>)null!));
        Assert.Throws<ArgumentNullException>(() => extractor.ExtractManyAsync((IAsyncEnumerable<BatchDocument>)null!));
        Assert.Throws<ArgumentException>(() => extractor.ExtractManyAsync([], new BatchOptions { MaxDegreeOfParallelism = -1 }));
        Assert.Throws<ArgumentException>(() => extractor.ExtractManyAsync([], new BatchOptions { MaxBufferedDocuments = -1 }));
    }

    [Test]
    public async Task Empty_input_gives_no_result()
    {
        var count = 0;
        await foreach (var _ in FrenchNewsExtractor.Shared.ExtractManyAsync(Array.Empty<BatchDocument>()))
            count++;
        Assert.That(count, Is.Zero);
    }

    /// <summary>An endless asynchronous source that counts what was pulled from it.</summary>
    private sealed class CountingSource
    {
        private int _pulled;

        public int Pulled => Volatile.Read(ref _pulled);

        public bool Disposed { get; private set; }

        public async IAsyncEnumerable<BatchDocument> Infinite([EnumeratorCancellation] CancellationToken ct = default)
        {
            var texts = TestCorpus.Real;
            try
            {
                for (var i = 0; ; i++)
                {
                    await Task.Yield();
                    ct.ThrowIfCancellationRequested();
                    Interlocked.Increment(ref _pulled);
                    yield return new BatchDocument($"doc-{i}", texts[i % texts.Count]);
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
