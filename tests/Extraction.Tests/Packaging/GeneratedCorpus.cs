using System.Globalization;
using Newtonsoft.Json;

namespace Extraction.Tests.Packaging;

/// <summary>
/// Short made-up French news items as JSON Lines, deterministic from their index, for the batch tests: invented
/// people, real capitals and dates, so every line gives people, countries and dates to extract.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] FirstNames = ["Amélie", "Bruno", "Chloé", "Damien", "Elise", "Fabrice", "Gaëlle"];
    private static readonly string[] LastNames = ["Varnier", "Lobosse", "Quentel", "Marsaud", "Tiberghe", "Roulain", "Castagne", "Pellerin", "Dufrêne", "Hamelot", "Brissac"];
    private static readonly string[] Cities = ["Rabat", "Tunis", "Madrid", "Lisbonne", "Berlin", "Rome", "Dakar"];
    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>The id of line <paramref name="index"/>: zero-padded, so ordinal order is input order.</summary>
    public static string Id(int index) => "article-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Line <paramref name="index"/> (no newline): id, date, text and one extra field carried under "meta".</summary>
    public static string Line(int index)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{FirstNames[index % 7]} {LastNames[index / 7 % 11]} a rencontré à {Cities[index / 77 % 7]} {FirstNames[(index + 3) % 7]} {LastNames[(index + 5) % 11]} le {1 + index % 28} {Months[index % 12]}.");
        var date = string.Create(CultureInfo.InvariantCulture, $"{2000 + index % 25}-{1 + index % 12:D2}");
        return JsonConvert.SerializeObject(new { id = Id(index), date, text, desk = index % 2 == 0 ? "monde" : "europe" });
    }

    public static IEnumerable<string> Lines(int count) => Enumerable.Range(0, count).Select(Line);

    /// <summary>Writes <paramref name="count"/> lines to <paramref name="path"/> (UTF-8, '\n' line ends).</summary>
    public static void Write(string path, int count)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in Lines(count)) writer.WriteLine(line);
    }
}
