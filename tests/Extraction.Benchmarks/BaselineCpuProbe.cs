using Extraction.Serialization;

namespace Extraction.Benchmarks;

/// <summary>
/// <c>baseline-cpu ROUNDS</c>: thread CPU time of <c>Extract</c>, this build against the baseline build of
/// <see cref="BaselineBenchmarks"/> (<c>EXTRACTION_BASELINE_DLL</c>), in one process, calls alternating
/// baseline/current on each input, median and best of ROUNDS. On a shared machine whose load swings, thread CPU
/// time is far steadier than the wall clock BenchmarkDotNet reports (another process's work is not charged to this
/// thread), and alternating the two builds gives both the same cache and frequency conditions. Also checks that
/// both builds serialize to the same JSON.
/// </summary>
internal static class BaselineCpuProbe
{
    public static int Run(int rounds)
    {
        var (baseline, assembly) = BaselineBenchmarks.LoadBaseline();
        var current = new FrenchNewsExtractor();
        var inputs = new[] { BenchmarkCorpus.Seed, BenchmarkCorpus.DevConcatenated, BenchmarkCorpus.Generated40K, BenchmarkCorpus.Generated1M };
        var serialize = BaselineSerializer(assembly);
        var differ = 0;
        Console.WriteLine($"{"input",-10} {"baseline median",16} {"current median",15} {"speed-up",9} {"baseline best",14} {"current best",13} {"speed-up",9}  same JSON");
        foreach (var name in inputs)
        {
            var text = BenchmarkCorpus.Get(name);
            var same = serialize(baseline(text)) == ExtractionJson.Serialize(current.Extract(text));
            if (!same) differ++;
            // Warm-up beyond tier-0 for both builds before measuring.
            for (var i = 0; i < 3; i++) { baseline(text); current.Extract(text); }
            var b = new List<double>();
            var c = new List<double>();
            var calls = Math.Max(1, 200_000 / text.Length);
            for (var r = 0; r < rounds; r++)
            {
                var t0 = ThreadCpu.Milliseconds();
                for (var k = 0; k < calls; k++) baseline(text);
                var t1 = ThreadCpu.Milliseconds();
                for (var k = 0; k < calls; k++) current.Extract(text);
                var t2 = ThreadCpu.Milliseconds();
                b.Add((t1 - t0) / calls);
                c.Add((t2 - t1) / calls);
            }
            double Median(List<double> v) { var s = v.Order().ToList(); return s[s.Count / 2]; }
            Console.WriteLine($"{name,-10} {Median(b),13:N2} ms {Median(c),12:N2} ms {Median(b) / Median(c),8:N2}x {b.Min(),11:N2} ms {c.Min(),10:N2} ms {b.Min() / c.Min(),8:N2}x  {(same ? "yes" : "NO")}");
        }
        return differ == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>baseline-corpus DIR ROUNDS</c>: thread CPU of <c>Extract</c> over every <c>*.txt</c> of a folder (the tool's
    /// workload), this build against the baseline, whole passes alternating, after one warm-up pass each; prints each
    /// pass and the medians, and checks that both builds give the same JSON for every document.
    /// </summary>
    public static int RunCorpus(string folder, int rounds)
    {
        var (baseline, assembly) = BaselineBenchmarks.LoadBaseline();
        var current = new FrenchNewsExtractor();
        var serialize = BaselineSerializer(assembly);
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var differ = texts.Count(t => serialize(baseline(t)) != ExtractionJson.Serialize(current.Extract(t)));
        var b = new List<double>();
        var c = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var t0 = ThreadCpu.Milliseconds();
            foreach (var text in texts) baseline(text);
            var t1 = ThreadCpu.Milliseconds();
            foreach (var text in texts) current.Extract(text);
            var t2 = ThreadCpu.Milliseconds();
            b.Add(t1 - t0);
            c.Add(t2 - t1);
            Console.WriteLine($"pass {r + 1}: baseline {t1 - t0,9:N1} ms, current {t2 - t1,9:N1} ms, {(t1 - t0) / (t2 - t1):N2}x (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }
        double Median(List<double> v) { var s = v.Order().ToList(); return s[s.Count / 2]; }
        Console.WriteLine($"{texts.Count:N0} documents: baseline median {Median(b):N1} ms, current median {Median(c):N1} ms, {Median(b) / Median(c):N2}x; best {b.Min():N1} / {c.Min():N1} ms, {b.Min() / c.Min():N2}x; same JSON: {(differ == 0 ? "yes" : $"NO ({differ} documents differ)")}");
        return differ == 0 ? 0 : 1;
    }

    /// <summary>The baseline build's own <c>ExtractionJson.Serialize</c>, so the comparison is of the two builds' JSON.</summary>
    private static Func<object, string> BaselineSerializer(System.Reflection.Assembly assembly)
    {
        var type = assembly.GetType(typeof(ExtractionJson).FullName!, throwOnError: true)!;
        var method = type.GetMethods().First(m => m.Name == nameof(ExtractionJson.Serialize) && m.GetParameters().Length >= 1
            && m.GetParameters()[0].ParameterType.Name == "ExtractionResult");
        return result => (string)method.Invoke(null, [result, .. method.GetParameters().Skip(1).Select(p => p.DefaultValue)])!;
    }
}
