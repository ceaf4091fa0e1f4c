using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace Extraction.Benchmarks;

/// <summary>
/// <c>Extract</c> of this build against another build of the library in the same process and the same run: the
/// other <c>Extraction.dll</c> (set <c>EXTRACTION_BASELINE_DLL</c> to its path, e.g. a Release build of an older
/// commit in a second worktree) is loaded in its own <see cref="AssemblyLoadContext"/> and called through a
/// delegate, so both builds see the same machine load, inputs, GC settings and benchmark job.
/// </summary>
/// <remarks>
/// <code>
/// git worktree add --detach ../base COMMIT &amp;&amp; dotnet build -c Release ../base/src/Extraction
/// EXTRACTION_BASELINE_DLL=$PWD/../base/src/Extraction/bin/Release/net10.0/Extraction.dll \
///   dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*BaselineBenchmarks*' --job short
/// </code>
/// </remarks>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    /// <summary>Environment variable naming the baseline <c>Extraction.dll</c>.</summary>
    public const string BaselineVariable = "EXTRACTION_BASELINE_DLL";

    private string _text = string.Empty;
    private FrenchNewsExtractor _current = FrenchNewsExtractor.Shared;
    private Func<string, object> _baseline = _ => throw new InvalidOperationException("not set up");

    /// <summary>Which input (see <see cref="BenchmarkCorpus"/>).</summary>
    [Params(BenchmarkCorpus.Seed, BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Generated40K, BenchmarkCorpus.Generated1M)]
    public string Input { get; set; } = BenchmarkCorpus.Seed;

    /// <summary>Loads both builds and the input, and runs each once (models, JIT) outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Get(Input);
        _current = new FrenchNewsExtractor();
        _current.Extract(_text);
        _baseline = LoadBaseline().Extract;
        _baseline(_text);
    }

    /// <summary>The baseline build's <c>new FrenchNewsExtractor().Extract(text)</c>.</summary>
    [Benchmark(Baseline = true)]
    public object ExtractBaseline() => _baseline(_text);

    /// <summary>This build's <see cref="FrenchNewsExtractor.Extract(string, ExtractionOptions?)"/>.</summary>
    [Benchmark]
    public object ExtractCurrent() => _current.Extract(_text);

    /// <summary>The baseline build's <c>Extract</c> (<see cref="BaselineVariable"/>) as a delegate.</summary>
    internal static (Func<string, object> Extract, Assembly Assembly) LoadBaseline()
    {
        var path = Environment.GetEnvironmentVariable(BaselineVariable);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            throw new InvalidOperationException($"Set {BaselineVariable} to the Extraction.dll of the build to compare with (see BaselineBenchmarks).");
        var context = new BaselineContext(Path.GetFullPath(path));
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        var type = assembly.GetType(typeof(FrenchNewsExtractor).FullName!, throwOnError: true)!;
        var extractor = Activator.CreateInstance(type)!;
        var method = type.GetMethod(nameof(FrenchNewsExtractor.Extract), BindingFlags.Public | BindingFlags.Instance,
            [typeof(string), assembly.GetType(typeof(ExtractionOptions).FullName!, throwOnError: true)!])!;
        return (text => method.Invoke(extractor, [text, null])!, assembly);
    }

    /// <summary>Loads the baseline's Extraction.dll by itself; every other assembly (Newtonsoft.Json, the runtime) is shared with the default context.</summary>
    private sealed class BaselineContext(string path) : AssemblyLoadContext("baseline", isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name == "Extraction" ? LoadFromAssemblyPath(path) : null;
    }
}
