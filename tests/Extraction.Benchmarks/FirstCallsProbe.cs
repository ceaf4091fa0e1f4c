using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Extraction.Benchmarks;

/// <summary>
/// When a one-pass batch meets code for the first time (tier-0 compilations and first calls of precompiled methods,
/// from the runtime's JIT and compilation-diagnostic events) and when the tiered JIT's call-counting delay holds
/// tier-1 back (its pause and resume events), over one pass of a folder in a fresh process. Run it from a
/// ReadyToRun publish of this project, like the tool: every first call there extends the delay by 100 ms.
/// </summary>
internal sealed class FirstCallsProbe : EventListener
{
    private readonly List<(double Seconds, int Document, string Kind, string Method)> _events = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile int _document = -1;
    private readonly Dictionary<ulong, DateTime> _jitStarts = [];
    private readonly List<(string Method, string Tier, double Milliseconds)> _jitTimes = [];

    public static int Run(string folder, int show)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        using var listener = new FirstCallsProbe();
        var extractor = FrenchNewsExtractor.Shared;
        var start = listener._clock.Elapsed.TotalSeconds;
        for (var i = 0; i < texts.Count; i++)
        {
            listener._document = i;
            extractor.Extract(texts[i]);
        }
        var end = listener._clock.Elapsed.TotalSeconds;
        Thread.Sleep(1500); // the events arrive on the listener's thread, late
        List<(double Seconds, int Document, string Kind, string Method)> events;
        lock (listener._events) events = [.. listener._events];
        Console.WriteLine($"{texts.Count:N0} documents in {end - start:N2} s");
        // First meetings per slice of documents, and the delay's pauses and resumes in time.
        foreach (var group in events.Where(e => e.Kind is "tier0" or "r2r" && e.Document >= 0).GroupBy(e => Bucket(e.Document)).OrderBy(g => g.Key))
            Console.WriteLine($"  documents from {group.Key,5}: {group.Count(e => e.Kind == "tier0"),5} tier-0, {group.Count(e => e.Kind == "r2r"),5} precompiled first calls, last at {group.Max(e => e.Seconds - start):N2} s");
        foreach (var e in events.Where(e => e.Kind is not ("tier0" or "r2r")))
            Console.WriteLine($"  {e.Seconds - start,6:N2} s  document {e.Document,5}  {e.Kind} {e.Method}");
        // JIT time per compilation (from its start event to its load event, on the JIT's thread), largest first.
        List<(string Method, string Tier, double Milliseconds)> jit;
        lock (listener._events) jit = [.. listener._jitTimes];
        foreach (var tier in jit.GroupBy(j => j.Tier).OrderBy(g => g.Key))
            Console.WriteLine($"JIT {tier.Key}: {tier.Count():N0} methods, {tier.Sum(j => j.Milliseconds):N0} ms");
        foreach (var group in jit.GroupBy(j => Area(j.Method)).OrderByDescending(g => g.Sum(j => j.Milliseconds)).Take(25))
            Console.WriteLine($"  {group.Sum(j => j.Milliseconds),8:N1} ms {group.Count(),5} methods  {group.Key}");
        foreach (var j in jit.OrderByDescending(j => j.Milliseconds).Take(25))
            Console.WriteLine($"  {j.Milliseconds,8:N1} ms  {j.Tier,-6} {j.Method}");
        Console.WriteLine($"methods met first after document {show}:");
        foreach (var e in events.Where(e => e.Kind is "tier0" or "r2r" && e.Document >= show))
            Console.WriteLine($"  {e.Seconds - start,6:N2} s  document {e.Document,5}  {e.Kind,-5} {e.Method}");
        return 0;
    }

    /// <summary>The namespace and outer type of a method ("Extraction.Temporal::TemporalExtractor"), or the regex generator's file for its classes.</summary>
    private static string Area(string method)
    {
        if (method.Contains("RegexGenerator_g", StringComparison.Ordinal)) return "generated regexes";
        var type = method.Split("::")[0];
        var generic = type.IndexOfAny(['`', '+', '[']);
        return generic > 0 ? type[..generic] : type;
    }

    private static int Bucket(int document) => document < 10 ? 0 : document < 100 ? 10 : document < 500 ? 100 : document < 1000 ? 500 : 1000;

    protected override void OnEventSourceCreated(EventSource source)
    {
        // JIT (0x10), compilation diagnostics (0x2000000000: ReadyToRun entry points), tiered compilation (0x1000000000).
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)(0x10 | 0x2000000000 | 0x1000000000));
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName == "MethodJittingStarted_V1" && e.Payload is { } started)
        {
            lock (_events) _jitStarts[Convert.ToUInt64(started[0], CultureInfo.InvariantCulture)] = e.TimeStamp;
        }
        if (e.EventName is "MethodLoadVerbose_V1" or "MethodLoadVerbose_V2" && e.PayloadNames is { } loaded)
        {
            var id = Convert.ToUInt64(e.Payload![0], CultureInfo.InvariantCulture);
            var tierIndex = loaded.IndexOf("OptimizationTier");
            var tier = tierIndex < 0 ? "?" : e.Payload[tierIndex]?.ToString() ?? "?";
            lock (_events)
                if (_jitStarts.Remove(id, out var begun))
                    _jitTimes.Add(($"{e.Payload[loaded.IndexOf("MethodNamespace")]}::{e.Payload[loaded.IndexOf("MethodName")]}", tier, (e.TimeStamp - begun).TotalMilliseconds));
        }
        var kind = e.EventName switch
        {
            "MethodJittingStarted_V1" => "jit",
            "R2RGetEntryPoint" => "r2r",
            "MethodLoadVerbose_V1" or "MethodLoadVerbose_V2" => "load",
            _ when e.EventName?.StartsWith("TieredCompilation", StringComparison.Ordinal) == true => e.EventName,
            _ => null,
        };
        if (kind is null) return;
        var method = "";
        if (kind is "r2r" or "load" && e.PayloadNames is { } names)
        {
            var ns = e.Payload![names.IndexOf("MethodNamespace")];
            var name = e.Payload[names.IndexOf("MethodName")];
            method = $"{ns}::{name}";
            if (kind == "load")
            {
                // Tier 0 compilations only (OptimizationTier 2 = QuickJitted); tier-1 rejits are the JIT's own work.
                var tier = names.IndexOf("OptimizationTier");
                if (tier < 0 || Convert.ToInt32(e.Payload[tier], CultureInfo.InvariantCulture) != 2) return;
                kind = "tier0";
            }
        }
        else if (kind == "jit") return;
        else if (e.Payload is { Count: > 0 } payload) method = string.Join(", ", payload.Select((p, i) => $"{e.PayloadNames![i]}={p}"));
        lock (_events) _events.Add((_clock.Elapsed.TotalSeconds, _document, kind, method));
    }
}
