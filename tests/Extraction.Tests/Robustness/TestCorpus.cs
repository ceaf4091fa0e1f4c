using Extraction.Tests.Support;

namespace Extraction.Tests.Robustness;

/// <summary>Real documents (seeds and dev texts) and deterministic variants of them for volume tests.</summary>
internal static class TestCorpus
{
    private static readonly Lazy<string[]> RealTexts = new(() => RepoPaths.AllDocuments().Select(File.ReadAllText).ToArray());

    /// <summary>The seed articles and, when ../shared is present, the dev texts.</summary>
    public static IReadOnlyList<string> Real => RealTexts.Value;

    /// <summary>
    /// <paramref name="count"/> documents made from the real ones: whole texts, paragraph subsets, pairs glued
    /// together, with and without a date header. The same seed always gives the same list.
    /// </summary>
    public static List<string> Variants(int count, int seed)
    {
        var random = new Random(seed);
        var real = Real;
        var paragraphs = real.SelectMany(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var documents = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            string text;
            switch (i % 4)
            {
                case 0:
                    text = real[i / 4 % real.Count];
                    break;
                case 1:
                    var n = random.Next(1, 6);
                    text = string.Join("\n", Enumerable.Range(0, n).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
                    break;
                case 2:
                    text = real[random.Next(real.Count)] + "\n\n" + real[random.Next(real.Count)];
                    break;
                default:
                    var year = random.Next(1990, 2030);
                    var month = random.Next(1, 13);
                    text = $"date {year:D4}-{month:D2}\n" + paragraphs[random.Next(paragraphs.Length)] + "\n" + paragraphs[random.Next(paragraphs.Length)];
                    break;
            }
            documents.Add(text);
        }
        return documents;
    }
}
