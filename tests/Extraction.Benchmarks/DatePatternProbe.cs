using Extraction.Temporal;
namespace Extraction.Benchmarks;
/// <summary>
/// Thread CPU of the date extractor over a folder (best of 15 rounds); with ROUNDS &gt; 0 also each pattern's scan of
/// the whole texts, its match count and the cue sets the extractor checks for it.
/// </summary>
internal static class DatePatternProbe
{
    public static int Run(string dir, int rounds)
    {
        // EXTRACTION_DATE_INTERPRETER=1: every pattern in the regex interpreter instead of its generated code.
        var interpreted = Environment.GetEnvironmentVariable("EXTRACTION_DATE_INTERPRETER") == "1";
        var defs = interpreted ? TemporalDefinitions.Load(useGenerated: false) : TemporalDefinitions.Default;
        var extractor = interpreted ? new TemporalExtractor(defs) : TemporalExtractor.Default;
        var originals = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var texts = originals.Select(t => t.ToLowerInvariant()).ToArray();
        var reference = Extraction.Temporal.PartialDate.Parse("2024-05-01");
        var whole = double.MaxValue;
        for (var r = 0; r < Math.Max(rounds, 15); r++)
        {
            var t0 = ThreadCpu.Milliseconds();
            foreach (var t in originals) extractor.Extract(t, new Extraction.Text.TextSpan(0, t.Length), reference);
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
            foreach (var cue in p.Cues) // the cue sets the extractor checks
                Console.WriteLine($"      cue: {defs.Cues[cue].Strings.Count} strings: {string.Join(' ', defs.Cues[cue].Strings.Take(12))}");
        }
        return 0;
    }
}
