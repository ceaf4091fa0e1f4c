using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Extraction.Serialization;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Robustness;

/// <summary>
/// Random and mutated documents through the whole pipeline: no exception, offsets round-trip, ids resolve, tokens
/// stay sound, and the JSON is the same on a second run. Deterministic (fixed seed); configurable through
/// <c>EXTRACTION_FUZZ_CASES</c> (default 5,000), <c>EXTRACTION_FUZZ_SEED</c>, <c>EXTRACTION_FUZZ_CASE</c> (replay one
/// case) and <c>EXTRACTION_FUZZ_TIMEOUT_SECONDS</c> (watchdog for the whole run).
/// </summary>
public sealed class FuzzTests
{
    private const int DefaultCases = 5_000;
    private const int DefaultSeed = 20_251_129;

    [Test]
    public void Random_and_mutated_documents_keep_every_invariant()
    {
        var cases = EnvInt("EXTRACTION_FUZZ_CASES", DefaultCases);
        var seed = EnvInt("EXTRACTION_FUZZ_SEED", DefaultSeed);
        var only = EnvInt("EXTRACTION_FUZZ_CASE", -1);
        var timeout = TimeSpan.FromSeconds(EnvInt("EXTRACTION_FUZZ_TIMEOUT_SECONDS", Math.Max(600, cases / 50)));
        var corpus = TestCorpus.Real;
        var indices = only >= 0 ? [only] : Enumerable.Range(0, cases).ToArray();

        var failures = new ConcurrentBag<(int Index, string Text, string Problem)>();
        var running = new ConcurrentDictionary<int, int>();
        var totalChars = 0L;
        var watch = Stopwatch.StartNew();
        var work = Task.Run(() => Parallel.ForEach(indices, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (index, loop) =>
        {
            var text = string.Empty;
            running[index] = -1;
            try
            {
                text = FuzzInputs.Generate(seed, index, corpus);
                Interlocked.Add(ref totalChars, text.Length);
                running[index] = text.Length;
                var problem = CheckOne(text);
                if (problem is not null) failures.Add((index, text, problem));
            }
            catch (Exception e)
            {
                failures.Add((index, text, e.ToString()));
            }
            running.TryRemove(index, out _);
            if (failures.Count >= 50) loop.Stop();
        }));
        if (!((IAsyncResult)work).AsyncWaitHandle.WaitOne(timeout))
        {
            Assert.Fail($"fuzz run (seed {seed}) still running after {timeout.TotalSeconds:N0} s; cases in progress: " +
                string.Join(", ", running.Select(p => $"{p.Key} ({p.Value} chars)")) + Replay(seed, running.Keys.FirstOrDefault()));
        }
        work.GetAwaiter().GetResult();
        watch.Stop();

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {indices.Length:N0} cases, seed {seed}, {totalChars / Math.Max(1, indices.Length):N0} chars on average, {failures.Count} failing, {watch.Elapsed.TotalSeconds:N1} s"));
        if (failures.IsEmpty) return;

        var sorted = failures.OrderBy(f => f.Index).ToList();
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
        Directory.CreateDirectory(directory);
        foreach (var f in sorted.Take(10))
            // Escaped (\uXXXX), since a lone surrogate cannot be written as UTF-8.
            File.WriteAllText(Path.Combine(directory, $"seed-{seed}-case-{f.Index}.escaped.txt"), ResultInvariants.Escape(f.Text, int.MaxValue));
        Assert.Fail($"{sorted.Count} of {indices.Length} fuzz cases failed (seed {seed}; inputs written to {directory}):\n" +
            string.Join("\n\n", sorted.Take(5).Select(f =>
                $"case {f.Index} ({FuzzInputs.Families[FuzzInputs.FamilyOf(f.Index)]}): {f.Problem}\n  input: \"{ResultInvariants.Escape(f.Text)}\"")) +
            Replay(seed, sorted[0].Index));
    }

    [Test]
    public void Generator_is_deterministic_and_covers_every_family()
    {
        var corpus = TestCorpus.Real;
        var texts = Enumerable.Range(0, 400).Select(i => FuzzInputs.Generate(DefaultSeed, i, corpus)).ToList();
        var replayed = Enumerable.Range(0, 400).Reverse().Select(i => FuzzInputs.Generate(DefaultSeed, i, corpus)).Reverse().ToList();
        Assert.That(replayed, Is.EqualTo(texts), "a case must not depend on the cases generated before it");
        Assert.That(texts.Distinct(StringComparer.Ordinal).Count(), Is.GreaterThan(390), "cases should differ");
        Assert.That(texts.Average(t => t.Length), Is.InRange(200, 2_048), "small documents keep CI fast");
        Assert.That(texts.Any(t => t.Any(char.IsSurrogate) && t.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == t.Length || !char.IsLowSurrogate(t[i + 1]))).Any()), Is.True, "lone surrogates are generated");
        Assert.That(Enumerable.Range(0, 400).Select(FuzzInputs.FamilyOf).Distinct().Count(), Is.EqualTo(FuzzInputs.Families.Length));
    }

    /// <summary>Null when every invariant holds, else what broke.</summary>
    private static string? CheckOne(string text)
    {
        var first = FrenchNewsExtractor.Shared.Extract(text);
        var problems = ResultInvariants.Check(text, first);
        if (problems.Count > 0) return string.Join("; ", problems.Take(5));

        var again = ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(text));
        if (!string.Equals(again, ExtractionJson.Serialize(first), StringComparison.Ordinal)) return "second run gave different JSON";

        var range = new TextSpan(0, text.Length);
        var tokens = FrenchTokenizer.Default.Tokenize(text, range);
        problems = ResultInvariants.CheckTokens(text, range, tokens, SentenceSplitter.Default.Split(text, tokens));
        return problems.Count > 0 ? string.Join("; ", problems.Take(5)) : null;
    }

    private static string Replay(int seed, int index) =>
        $"\nreplay: EXTRACTION_FUZZ_SEED={seed} EXTRACTION_FUZZ_CASE={index} dotnet test tests/Extraction.Tests --filter \"FullyQualifiedName~FuzzTests\"";

    private static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
