using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Extraction.Knowledge;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Serialization;
using Extraction.Tagging;
using Extraction.Temporal;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// Where a cold start goes: in a fresh process, each shared resource is loaded one after the other, then a first
/// extraction and its JSON, each step timed (wall and process CPU, JIT included). Not a benchmark: run it a few
/// times in new processes (published ReadyToRun to see what the tool sees) and read the medians.
/// </summary>
internal static class ColdStepsProbe
{
    public static int Run(string? seedPath)
    {
        var text = seedPath is null ? BenchmarkCorpus.Get(BenchmarkCorpus.Seed) : File.ReadAllText(seedPath);
        var process = Process.GetCurrentProcess();
        var sinceStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"process start to Main",-28} {sinceStart,8:0.0} ms wall  {process.TotalProcessorTime.TotalMilliseconds,8:0.0} ms CPU  {JitInfo.GetCompiledMethodCount(),5} JIT methods {JitInfo.GetCompilationTime().TotalMilliseconds,6:0.0} ms"));
        Step("resource table (first)", () => ResourceTable.Load("Lexicons/name-particles.tsv"));
        Step("tokenizer, splitter", () => (FrenchTokenizer.Default, SentenceSplitter.Default));
        Step("lexicon", () => FrenchLexicon.Default);
        Step("POS model", () => PosTagger.Default);
        Step("NER weights (ner.bin)", () => ReadModel(EntityRecognizer.ResourceName, EntityRecognizer.Kind, NerFeatures.Fingerprint));
        Step("NER places", () => PlaceGazetteer.Default);
        Step("NER cues", () => EntityCues.Default);
        Step("NER model (again, + rest)", () => EntityRecognizer.Default);
        Step("dates", () => TemporalExtractor.Default);
        Step("countries", () => CountryGazetteer.Default);
        Step("organizations", () => OrganizationGazetteer.Default);
        Step("entity lexicon", () => EntityLexicon.Default);
        Step("leaders", () => LeaderMatcher.Default);
        Step("confidence", () => ConfidenceTable.Default);
        var extractor = Step("new FrenchNewsExtractor", () => new FrenchNewsExtractor());
        Step("Extract(empty)", () => extractor.Extract(""));
        var result = Step("Extract(seed), first", () => extractor.Extract(text));
        Step("Extract(seed), second", () => extractor.Extract(text));
        Step("JSON of the seed, first", () => ExtractionJson.Serialize(result));
        Step("JSON of the seed, second", () => ExtractionJson.Serialize(result));
        return 0;
    }

    private static PerceptronModel ReadModel(string resource, string kind, uint fingerprint)
    {
        using var stream = Extraction.Internal.EmbeddedResources.Open(resource, out var logical);
        return PerceptronModel.Read(stream, logical, kind, fingerprint);
    }

    private static T Step<T>(string name, Func<T> load)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (methods, jit) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var wall = Stopwatch.StartNew();
        var value = load();
        wall.Stop();
        process.Refresh();
        var spent = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        // JIT figures are of the whole process (the pipeline loads on the thread pool too), as the CPU is.
        var compiled = JitInfo.GetCompiledMethodCount() - methods;
        var jitMs = (JitInfo.GetCompilationTime() - jit).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {wall.Elapsed.TotalMilliseconds,8:0.0} ms wall  {spent,8:0.0} ms CPU  {compiled,5} JIT methods {jitMs,6:0.0} ms"));
        return value;
    }
}
