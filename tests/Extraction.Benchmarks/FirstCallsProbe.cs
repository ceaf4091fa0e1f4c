using System.Diagnostics.Tracing;
using System.Globalization;

namespace Extraction.Benchmarks;

/// <summary>
/// When a one-pass batch meets code for the first time (methods compiled for their first call, first calls of
/// precompiled methods) and when the tiered JIT's call-counting delay holds tier-1 work back (its pause and resume
/// events), over one pass of a folder in a fresh process, from the runtime's JIT, ReadyToRun and tiering events; and
/// the JIT time per area. Run it from a ReadyToRun publish of this project, like the tool: there every first call
/// after start-up pauses the background JIT for at least the 100 ms delay.
/// </summary>
internal sealed class FirstCallsProbe : EventListener
{
    private readonly List<(DateTime At, string Kind, string Method)> _events = [];
    private readonly Dictionary<ulong, DateTime> _jitStarts = [];
    private readonly List<(string Method, string Tier, double Milliseconds)> _jitTimes = [];

    public static int Run(string folder, int show)
    {
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        using var listener = new FirstCallsProbe();
        var extractor = FrenchNewsExtractor.Shared;
        // Events reach the listener late, on its own thread: they are placed by their own timestamps, against the
        // time each document started.
        var starts = new DateTime[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            starts[i] = DateTime.UtcNow;
            extractor.Extract(texts[i]);
        }
        var end = DateTime.UtcNow;
        Thread.Sleep(2000);
        List<(DateTime At, string Kind, string Method)> events;
        List<(string Method, string Tier, double Milliseconds)> jit;
        lock (listener._events) (events, jit) = ([.. listener._events.OrderBy(e => e.At)], [.. listener._jitTimes]);
        int DocumentAt(DateTime at)
        {
            var k = Array.BinarySearch(starts, at);
            return k >= 0 ? k : ~k - 1;
        }
        double Seconds(DateTime at) => (at - starts[0]).TotalSeconds;
        Console.WriteLine($"{texts.Count:N0} documents in {(end - starts[0]).TotalSeconds:N2} s");
        var met = events.Where(e => e.Kind is "jit" or "r2r").Select(e => (e.At, e.Kind, e.Method, Document: DocumentAt(e.At))).ToList();
        foreach (var group in met.Where(e => e.Document >= 0).GroupBy(e => Bucket(e.Document)).OrderBy(g => g.Key))
            Console.WriteLine($"  documents from {group.Key,5}: {group.Count(e => e.Kind == "jit"),5} compiled at first call, {group.Count(e => e.Kind == "r2r"),5} precompiled first calls, last at {Seconds(group.Max(e => e.At)):N2} s");
        foreach (var e in events.Where(e => e.Kind is not ("jit" or "r2r") && e.At >= starts[0]))
            Console.WriteLine($"  {Seconds(e.At),6:N2} s  document {DocumentAt(e.At),5}  {e.Kind} {e.Method}");
        foreach (var tier in jit.GroupBy(j => j.Tier).OrderBy(g => g.Key))
            Console.WriteLine($"JIT {tier.Key}: {tier.Count():N0} methods, {tier.Sum(j => j.Milliseconds):N0} ms");
        foreach (var group in jit.GroupBy(j => Area(j.Method)).OrderByDescending(g => g.Sum(j => j.Milliseconds)).Take(25))
            Console.WriteLine($"  {group.Sum(j => j.Milliseconds),8:N1} ms {group.Count(),5} methods  {group.Key}");
        foreach (var j in jit.OrderByDescending(j => j.Milliseconds).Take(25))
            Console.WriteLine($"  {j.Milliseconds,8:N1} ms  {j.Tier,-10} {j.Method}");
        Console.WriteLine($"methods met first from document {show} on:");
        foreach (var e in met.Where(e => e.Document >= show))
            Console.WriteLine($"  {Seconds(e.At),6:N2} s  document {e.Document,5}  {e.Kind,-5} {e.Method}");
        return 0;
    }

    /// <summary>The namespace and outer type of a method ("Extraction.Temporal.TemporalExtractor"), or the regex generator's classes as one.</summary>
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
        if (e.Payload is not { } payload || e.PayloadNames is not { } names) return;
        string Method() => $"{payload[names.IndexOf("MethodNamespace")]}::{payload[names.IndexOf("MethodName")]}";
        ulong Id() => Convert.ToUInt64(payload[names.IndexOf("MethodID")], CultureInfo.InvariantCulture);
        var at = e.TimeStamp.ToUniversalTime();
        lock (_events)
        {
            switch (e.EventName)
            {
                case "R2RGetEntryPoint":
                    _events.Add((at, "r2r", Method()));
                    break;
                case "MethodJittingStarted_V1":
                    _jitStarts[Id()] = at;
                    break;
                case "MethodLoadVerbose_V1" or "MethodLoadVerbose_V2":
                    // The optimization tier is in bits 7-9 of MethodFlags: 1 minimal, 2 optimized, 3 tier 0, 4 tier 1, 5 on-stack replacement.
                    var tier = (Convert.ToInt32(payload[names.IndexOf("MethodFlags")], CultureInfo.InvariantCulture) >> 7) & 7;
                    var rejit = tier is 4 or 5;
                    if (!rejit) _events.Add((at, "jit", Method()));
                    if (_jitStarts.Remove(Id(), out var begun))
                        _jitTimes.Add((Method(), rejit ? "rejit" : "first call", (at - begun).TotalMilliseconds));
                    break;
                case "TieredCompilationPause" or "TieredCompilationResume":
                    _events.Add((at, e.EventName, string.Join(", ", payload.Select((p, i) => $"{names[i]}={p}"))));
                    break;
            }
        }
    }
}
