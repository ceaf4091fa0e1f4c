using Extraction.Temporal;
namespace Extraction.Benchmarks;
internal static class DatePatternProbe
{
    public static int Run(string dir, int rounds)
    {
        var texts = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).Select(t => t.ToLowerInvariant()).ToArray();
        var defs = TemporalDefinitions.Default;
        var originals = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var reference = Extraction.Temporal.PartialDate.Parse("2024-05-01");
        var whole = double.MaxValue;
        for (var r = 0; r < Math.Max(rounds, 15); r++)
        {
            var t0 = ThreadCpu.Milliseconds();
            foreach (var t in originals) TemporalExtractor.Default.Extract(t, new Extraction.Text.TextSpan(0, t.Length), reference);
            whole = Math.Min(whole, ThreadCpu.Milliseconds() - t0);
        }
        Console.WriteLine($"extractor: {whole:F1} ms (best of {Math.Max(rounds, 15)})");
        if (rounds == 0) return 0;
        foreach (var p in defs.Patterns)
        {
            var best = double.MaxValue; var hits = 0;
            for (var r = 0; r < rounds; r++)
            {
                var t0 = ThreadCpu.Milliseconds(); hits = 0;
                foreach (var t in texts)
                    for (var m = p.Regex.Match(t); m.Success; m = m.NextMatch()) hits++;
                best = Math.Min(best, ThreadCpu.Milliseconds() - t0);
            }
            Console.WriteLine($"{p.Name,-18} {best,8:F1} ms  {hits,7} matches");
            foreach (var set in RegexCues.Derive(p.Regex.ToString(), p.Regex.Options).Take(3))
                Console.WriteLine($"      cue: {set.Length} strings: {string.Join(' ', set.Take(12))}");
        }
        return 0;
    }
}
