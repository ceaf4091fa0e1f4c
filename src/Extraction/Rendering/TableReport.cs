using System.Globalization;
using System.Text;
using Extraction.Records;

namespace Extraction.Rendering;

/// <summary>
/// Renders an <see cref="ExtractionResult"/> as a plain-text summary for a terminal: people with their roles and
/// countries, agreements with their parties, signatories and date, then countries, organizations, dates and relations,
/// each as a box-drawn table.
/// </summary>
/// <remarks>Plain text (no colour codes), so it reads the same on screen, in a file or in a pipe. Deterministic; thread-safe.</remarks>
public static class TableReport
{
    /// <summary>Widest a column grows before its cells wrap at spaces.</summary>
    public const int DefaultMaxColumnWidth = 48;

    /// <summary>Renders the summary.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="title">A heading such as the file name; none when null.</param>
    /// <param name="maxColumnWidth">Widest a column grows before its cells wrap (at least 8).</param>
    /// <returns>The summary, lines separated by <c>\n</c>, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxColumnWidth"/> is under 8.</exception>
    public static string Render(ExtractionResult result, string? title = null, int maxColumnWidth = DefaultMaxColumnWidth)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (maxColumnWidth < 8) throw new ArgumentOutOfRangeException(nameof(maxColumnWidth), maxColumnWidth, "At least 8.");
        var names = new DisplayNames(result);
        var output = new StringBuilder();
        if (title is not null)
        {
            output.Append(title).Append('\n').Append('=', Math.Max(3, TextWidth(title))).Append('\n');
        }
        output.Append("Reference date: ").Append(result.ReferenceDate ?? "none").Append('\n');

        Section(output, "People", result.People, ["Name", "Country", "Roles"], p =>
        [
            p.Name,
            p.Country is null ? "" : names.Country(p.Country),
            string.Join("\n", p.Roles.Select(r =>
                r.Title + (r.Country is null ? "" : " (" + r.Country + ")") + (r.Organization is null ? "" : ", " + names.Of(r.Organization)))),
        ], maxColumnWidth);
        Section(output, "Agreements", result.Agreements, ["Agreement", "Parties", "Signatories", "Date"], a =>
        [
            a.Type + "\n[" + a.Status + (a.Place is null ? "" : ", " + a.Place) + "]",
            string.Join("\n", a.Parties.Select(names.Party)),
            string.Join("\n", a.Signatories.Select(names.Of)),
            a.Date ?? "",
        ], maxColumnWidth);
        Section(output, "Countries", result.Countries, ["Code", "Name", "Mentions"], c =>
        [
            c.Code,
            c.Name,
            c.Mentions.Count.ToString(CultureInfo.InvariantCulture) + " (" + string.Join(", ", c.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal)) + ")",
        ], maxColumnWidth);
        Section(output, "Organizations", result.Organizations, ["Name", "Country"], o =>
        [
            o.Name,
            o.Country is null ? "" : names.Country(o.Country),
        ], maxColumnWidth);
        Section(output, "Dates", result.Dates, ["Text", "Value", "Modifier"], d =>
        [
            d.Text,
            d.Value ?? "unresolved",
            d.Modifier?.ToString().ToLowerInvariant() ?? "",
        ], maxColumnWidth);
        Section(output, "Relations", result.Relations, ["Type", "Subject", "Object", "Date"], r =>
        [
            r.Type,
            names.Any(r.Subject),
            names.Any(r.Object),
            r.Date ?? "",
        ], maxColumnWidth);
        return output.ToString();
    }

    private static void Section<T>(StringBuilder output, string caption, IReadOnlyList<T> rows, string[] headers, Func<T, string[]> cells, int maxWidth)
    {
        output.Append('\n').Append(caption).Append(" (").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        if (rows.Count == 0)
        {
            output.Append("  none found\n");
            return;
        }
        var table = new List<string[][]>(rows.Count + 1) { headers.Select(h => new[] { h }).ToArray() };
        foreach (var row in rows) table.Add(cells(row).Select(c => Wrap(Clean(c), maxWidth)).ToArray());

        var widths = new int[headers.Length];
        foreach (var row in table)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                foreach (var line in row[c]) widths[c] = Math.Max(widths[c], TextWidth(line));
            }
        }
        var multiLine = table.Skip(1).Any(row => row.Any(cell => cell.Length > 1));
        Rule(output, widths, '┌', '┬', '┐');
        for (var r = 0; r < table.Count; r++)
        {
            var row = table[r];
            var height = row.Max(cell => cell.Length);
            for (var l = 0; l < height; l++)
            {
                output.Append('│');
                for (var c = 0; c < widths.Length; c++)
                {
                    var line = l < row[c].Length ? row[c][l] : "";
                    output.Append(' ').Append(line).Append(' ', widths[c] - TextWidth(line) + 1).Append('│');
                }
                output.Append('\n');
            }
            // A rule under the header, and between rows when some row spans several lines.
            if (r == 0 || (r + 1 < table.Count && multiLine)) Rule(output, widths, '├', '┼', '┤');
        }
        Rule(output, widths, '└', '┴', '┘');
    }

    private static void Rule(StringBuilder output, int[] widths, char left, char middle, char right)
    {
        output.Append(left);
        for (var c = 0; c < widths.Length; c++)
        {
            output.Append('─', widths[c] + 2).Append(c + 1 < widths.Length ? middle : right);
        }
        output.Append('\n');
    }

    /// <summary>Control characters (other than line breaks) would break the layout; they become spaces.</summary>
    private static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value.Replace("\r\n", "\n", StringComparison.Ordinal))
            builder.Append(ch == '\n' || !char.IsControl(ch) ? ch : ' ');
        return builder.ToString();
    }

    /// <summary>Splits a cell into lines: at its own line breaks, then at spaces so no line is wider than max (a longer word is cut).</summary>
    internal static string[] Wrap(string value, int max)
    {
        var lines = new List<string>();
        foreach (var paragraph in value.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                var rest = word;
                while (TextWidth(rest) > max)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }
                    var cut = CutIndex(rest, max);
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }
                var needed = line.Length == 0 ? TextWidth(rest) : TextWidth(line.ToString()) + 1 + TextWidth(rest);
                if (needed > max && line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                if (line.Length > 0) line.Append(' ');
                line.Append(rest);
            }
            lines.Add(line.ToString());
        }
        return lines.ToArray();
    }

    /// <summary>Index in UTF-16 units after <paramref name="elements"/> text elements (never inside a surrogate pair or combining sequence).</summary>
    private static int CutIndex(string value, int elements)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(value);
        var count = 0;
        while (enumerator.MoveNext())
        {
            if (count == elements) return enumerator.ElementIndex;
            count++;
        }
        return value.Length;
    }

    /// <summary>Width in terminal cells, counted as text elements (a letter with its accents is one).</summary>
    private static int TextWidth(string value) => new StringInfo(value).LengthInTextElements;
}
