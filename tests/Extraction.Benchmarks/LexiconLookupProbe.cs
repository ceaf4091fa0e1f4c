using Extraction.Lexicons;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// Thread CPU per lexicon lookup before and after the lazy hash index of a fresh <see cref="FrenchLexicon"/>: the
/// distinct words of each article of a folder, looked up in article order (as the taggers' token infos do), first by
/// binary search, then (index built) by hash.
/// </summary>
internal static class LexiconLookupProbe
{
    public static int Run(string dir)
    {
        var words = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var tokens = FrenchTokenizer.Default.Tokenize(text);
            words.AddRange(tokens.Select(t => text.Substring(t.Start, t.Length)).Distinct(StringComparer.Ordinal));
        }
        using var stream = Internal.EmbeddedResources.Open(FrenchLexicon.ResourceName, out var logical);
        var lexicon = FrenchLexicon.Read(stream, logical);
        const int n = 1 << 15;
        var t0 = ThreadCpu.Milliseconds();
        long found = 0;
        for (var i = 0; i < n; i++) found += (long)lexicon.ExactCategories(words[i % words.Count]);
        var searched = ThreadCpu.Milliseconds() - t0;
        var indexedAfter = lexicon.IsIndexed;
        lexicon.EnsureIndex();
        t0 = ThreadCpu.Milliseconds();
        for (var i = 0; i < n; i++) found += (long)lexicon.ExactCategories(words[(n + i) % words.Count]);
        var hashed = ThreadCpu.Milliseconds() - t0;
        Console.WriteLine($"{words.Count:N0} distinct words per article over the folder; {n:N0} lookups each way (index built during the first: {indexedAfter})");
        Console.WriteLine($"binary search {searched * 1000 / n:F2} µs per lookup, hash index {hashed * 1000 / n:F2} µs ({found % 7})");
        return 0;
    }
}
