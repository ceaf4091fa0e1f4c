using Extraction.Serialization;

namespace Extraction.Tests.Robustness;

/// <summary>One extractor shared by many threads gives exactly the sequential output; the same input always gives the same bytes.</summary>
public sealed class ConcurrencyTests
{
    private const int Documents = 1_000;
    private const int Threads = 8;

    [Test]
    public void Eight_threads_on_one_shared_extractor_match_a_sequential_run()
    {
        var documents = TestCorpus.Variants(Documents, seed: 8);
        // A fresh instance, used from eight threads before any sequential call, so that lazy loading races too.
        var extractor = new FrenchNewsExtractor();
        var parallel = new string[documents.Count];
        var next = -1;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (int i; (i = Interlocked.Increment(ref next)) < documents.Count;)
                parallel[i] = ExtractionJson.Serialize(extractor.Extract(documents[i]));
        })).ToList();
        threads.ForEach(t => t.Start());
        foreach (var t in threads)
            Assert.That(t.Join(TimeSpan.FromMinutes(5)), Is.True, "worker thread did not finish");

        var mismatches = new List<int>();
        for (var i = 0; i < documents.Count; i++)
            if (!string.Equals(parallel[i], ExtractionJson.Serialize(extractor.Extract(documents[i])), StringComparison.Ordinal))
                mismatches.Add(i);
        Assert.That(mismatches, Is.Empty, $"documents whose parallel output differs from the sequential one: {string.Join(", ", mismatches.Take(20))}");
    }

    [Test]
    public void Same_input_gives_byte_identical_json_run_after_run()
    {
        foreach (var text in TestCorpus.Real)
        {
            var reference = ExtractionJson.SerializeToUtf8(FrenchNewsExtractor.Shared.Extract(text));
            for (var run = 0; run < 3; run++)
            {
                var extractor = run == 0 ? FrenchNewsExtractor.Shared : new FrenchNewsExtractor();
                Assert.That(ExtractionJson.SerializeToUtf8(extractor.Extract(text)), Is.EqualTo(reference), $"run {run} of:\n{ResultInvariants.Escape(text, 120)}");
            }
        }
    }

    [Test]
    public void Results_do_not_depend_on_what_was_extracted_before()
    {
        var documents = TestCorpus.Variants(60, seed: 60);
        var forward = documents.Select(d => ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(d))).ToList();
        var backward = Enumerable.Range(0, documents.Count).Reverse()
            .Select(i => (i, ExtractionJson.Serialize(new FrenchNewsExtractor().Extract(documents[i])))).OrderBy(p => p.i).Select(p => p.Item2).ToList();
        Assert.That(backward, Is.EqualTo(forward));
    }
}
