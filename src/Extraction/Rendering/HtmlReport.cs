using System.Text;
using Extraction.Records;

namespace Extraction.Rendering;

/// <summary>
/// Renders one document and its <see cref="ExtractionResult"/> as a self-contained HTML page: the text with every
/// person, role, country, date, organization and agreement mention highlighted in its own colour, a legend, a
/// tooltip with each mention's normalized value, and tables of people, countries, organizations, dates,
/// agreements and relations below.
/// </summary>
/// <remarks>
/// The page has no script and no external asset (styles are inline), and is well-formed XML as well as HTML5.
/// All text is escaped. Mentions that nest are rendered as nested <c>&lt;mark&gt;</c> elements; mentions that
/// cross each other are split into fragments that carry the same data attributes, so every character of every
/// mention is inside a mark for it. Output is deterministic. Stateless and thread-safe.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Renders the page.</summary>
    /// <param name="text">The document exactly as passed to <see cref="FrenchNewsExtractor.Extract"/>; offsets refer to it.</param>
    /// <param name="result">The extraction result for <paramref name="text"/>.</param>
    /// <param name="title">Page title, e.g. the file name; "Extraction report" when null.</param>
    /// <returns>The HTML page (UTF-8 when written with a UTF-8 encoding, as its meta tag declares).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="result"/> is null.</exception>
    /// <remarks>Mentions whose offsets fall outside <paramref name="text"/> are listed in the tables but not highlighted.</remarks>
    public static string Render(string text, ExtractionResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        title ??= "Extraction report";
        var spans = HighlightSpan.Collect(result, text.Length);
        var names = new DisplayNames(result);
        var html = new StringBuilder(text.Length * 2 + 8192);

        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        Escape(html, title);
        html.Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>");
        Escape(html, title);
        html.Append("</h1>\n<p class=\"meta\">Reference date: ");
        Escape(html, result.ReferenceDate ?? "none");
        html.Append(" · ").Append(Count(result.People.Count, "person", "people"))
            .Append(" · ").Append(Count(result.Countries.Count, "country", "countries"))
            .Append(" · ").Append(Count(result.Organizations.Count, "organization", "organizations"))
            .Append(" · ").Append(Count(result.Dates.Count, "date", "dates"))
            .Append(" · ").Append(Count(result.Agreements.Count, "agreement", "agreements"))
            .Append(" · ").Append(Count(result.Relations.Count, "relation", "relations")).Append("</p>\n");
        AppendLegend(html, spans);
        html.Append("</header>\n<main>\n<section class=\"doc\" aria-label=\"Document text\">");
        AppendHighlightedText(html, text, spans);
        html.Append("</section>\n");
        AppendTables(html, result, names);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static readonly HighlightKind[] LegendOrder =
    [
        HighlightKind.Person, HighlightKind.Role, HighlightKind.Country, HighlightKind.Date,
        HighlightKind.Organization, HighlightKind.Agreement,
    ];

    private static void AppendLegend(StringBuilder html, List<HighlightSpan> spans)
    {
        html.Append("<ul class=\"legend\" aria-label=\"Legend\">\n");
        foreach (var kind in LegendOrder)
        {
            var count = 0;
            foreach (var span in spans)
            {
                if (span.Kind == kind) count++;
            }
            var name = HighlightSpan.KindName(kind);
            html.Append("<li class=\"k-").Append(name).Append("\" data-kind=\"").Append(name).Append("\"><span class=\"swatch\"></span>")
                .Append(name).Append(" <span class=\"count\">").Append(count).Append("</span></li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>
    /// Cuts the text at every mention boundary; for each piece, the marks covering it form a prefix-closed stack
    /// (outer first). Marks no longer covering are closed, new ones opened, so the output is always well nested.
    /// </summary>
    private static void AppendHighlightedText(StringBuilder html, string text, List<HighlightSpan> spans)
    {
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var s in spans)
        {
            bounds.Add(s.Start);
            bounds.Add(s.End);
        }
        var cuts = bounds.ToArray();
        var stack = new List<int>();   // indices into spans, outer first
        var active = new List<int>();
        var fragments = new int[spans.Count];
        var next = 0;                  // first span not yet started
        var live = new List<int>();    // spans started and not yet ended, in nesting order

        for (var c = 0; c + 1 < cuts.Length; c++)
        {
            int from = cuts[c], to = cuts[c + 1];
            live.RemoveAll(i => spans[i].End <= from);
            while (next < spans.Count && spans[next].Start <= from)
            {
                if (spans[next].End > from) live.Add(next);
                next++;
            }
            active.Clear();
            active.AddRange(live); // spans are sorted, live keeps their order, and each covers [from, to)

            var keep = 0;
            while (keep < stack.Count && keep < active.Count && stack[keep] == active[keep]) keep++;
            for (var k = stack.Count - 1; k >= keep; k--)
            {
                html.Append("</mark>");
                stack.RemoveAt(k);
            }
            for (var k = keep; k < active.Count; k++)
            {
                var index = active[k];
                OpenMark(html, spans[index], index, fragments[index]++, isLast: spans[index].End == EndOfFragment(index, live, spans));
                stack.Add(active[k]);
            }
            Escape(html, text.AsSpan(from, to - from));
        }
        for (var k = stack.Count - 1; k >= 0; k--) html.Append("</mark>");
    }

    /// <summary>
    /// Where the fragment of span <paramref name="index"/> opened now will close: at the span's own end, unless a
    /// span before it in the stack (one it crosses) ends first and forces it closed, to be reopened after.
    /// </summary>
    private static int EndOfFragment(int index, List<int> live, List<HighlightSpan> spans)
    {
        var end = spans[index].End;
        foreach (var i in live)
        {
            if (i == index) break;
            if (spans[i].End < end) end = spans[i].End;
        }
        return end;
    }

    private static void OpenMark(StringBuilder html, HighlightSpan span, int index, int fragment, bool isLast)
    {
        var kind = HighlightSpan.KindName(span.Kind);
        html.Append("<mark class=\"m k-").Append(kind).Append('"');
        if (fragment == 0) html.Append(" id=\"m").Append(index).Append('"');
        html.Append(" data-mention=\"m").Append(index).Append("\" data-kind=\"").Append(kind)
            .Append("\" data-start=\"").Append(span.Start).Append("\" data-end=\"").Append(span.End).Append("\" data-ref=\"");
        Escape(html, span.Ref);
        html.Append("\" data-value=\"");
        Escape(html, span.Value);
        html.Append("\" title=\"");
        Escape(html, span.Tooltip);
        html.Append('"');
        if (isLast) html.Append(" data-label=\"").Append(kind).Append('"');
        html.Append('>');
    }

    private static void AppendTables(StringBuilder html, ExtractionResult result, DisplayNames names)
    {
        Table(html, "people", "People", ["Name", "Country", "Roles", "Knowledge", "Mentions", "Confidence"], result.People, p =>
        [
            Cell.Text(p.Name, p.Id),
            Cell.Text(p.Country is null ? "" : names.Country(p.Country)),
            Cell.Lines(p.Roles.Select(r =>
                r.Title + (r.Country is null ? "" : " (" + r.Country + ")") + (r.Organization is null ? "" : " · " + names.Of(r.Organization)))),
            Cell.Text(p.Knowledge is { } k ? $"{k.Title ?? k.Office} ({k.Country}), {k.From ?? "?"} – {k.To ?? "…"} · {k.Source}" : ""),
            Cell.Text(p.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Cell.Text(DisplayNames.Confidence(p.Confidence)),
        ]);
        Table(html, "agreements", "Agreements", ["Type", "Status", "Parties", "Signatories", "Date", "Place"], result.Agreements, a =>
        [
            Cell.Text(a.Type, a.Id),
            Cell.Text(a.Status),
            Cell.Lines(a.Parties.Select(names.Party)),
            Cell.Lines(a.Signatories.Select(names.Of)),
            Cell.Text(a.Date ?? ""),
            Cell.Text(a.Place ?? ""),
        ]);
        Table(html, "relations", "Relations", ["Type", "Subject", "Object", "Date", "Basis", "Evidence"], result.Relations, r =>
        [
            Cell.Text(r.Type),
            Cell.Text(names.Any(r.Subject)),
            Cell.Text(names.Any(r.Object)),
            Cell.Text(r.Date ?? ""),
            Cell.Text(r.Basis ?? ""),
            Cell.Quote(r.Evidence.Text),
        ]);
        Table(html, "countries", "Countries", ["Code", "Name", "Mentions"], result.Countries, c =>
        [
            Cell.Text(c.Code),
            Cell.Text(c.Name),
            Cell.Text(string.Join(", ", c.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal))),
        ]);
        Table(html, "organizations", "Organizations", ["Name", "Country", "Mentions"], result.Organizations, o =>
        [
            Cell.Text(o.Name, o.Id),
            Cell.Text(o.Country is null ? "" : names.Country(o.Country)),
            Cell.Text(string.Join(", ", o.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal))),
        ]);
        Table(html, "dates", "Dates", ["Text", "Value", "Modifier"], result.Dates, d =>
        [
            Cell.Text(d.Text),
            Cell.Text(d.Value ?? "unresolved"),
            Cell.Text(d.Modifier?.ToString().ToLowerInvariant() ?? ""),
        ]);
    }

    private readonly record struct Cell(IReadOnlyList<string> Values, string? Id, bool IsQuote)
    {
        public static Cell Text(string value, string? id = null) => new([value], id, false);

        public static Cell Lines(IEnumerable<string> values) => new(values.ToArray(), null, false);

        public static Cell Quote(string value) => new([value], null, true);
    }

    private static void Table<T>(StringBuilder html, string id, string caption, string[] headers, IReadOnlyList<T> rows, Func<T, Cell[]> cells)
    {
        html.Append("<section class=\"records\" id=\"").Append(id).Append("\">\n<h2>").Append(caption)
            .Append(" <span class=\"count\">").Append(rows.Count).Append("</span></h2>\n");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"none\">None found.</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr>");
        foreach (var header in headers) html.Append("<th>").Append(header).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in cells(row))
            {
                html.Append("<td>");
                if (cell.IsQuote) html.Append("<q>");
                for (var i = 0; i < cell.Values.Count; i++)
                {
                    if (i > 0) html.Append("<br />");
                    Escape(html, cell.Values[i]);
                }
                if (cell.IsQuote) html.Append("</q>");
                if (cell.Id is not null)
                {
                    html.Append(" <span class=\"id\">");
                    Escape(html, cell.Id);
                    html.Append("</span>");
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Escapes text for element content and double-quoted attributes; drops characters XML cannot carry.</summary>
    internal static void Escape(StringBuilder html, ReadOnlySpan<char> value)
    {
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            string? replacement = ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null && IsXmlChar(value, i)) continue;
            html.Append(value.Slice(run, i - run));
            html.Append(replacement ?? "\uFFFD");
            run = i + 1;
        }
        html.Append(value.Slice(run));
    }

    private static bool IsXmlChar(ReadOnlySpan<char> value, int i)
    {
        var ch = value[i];
        if (ch >= 0x20 && ch < 0xD800) return true;
        if (ch is '\t' or '\n' or '\r') return true;
        if (ch < 0x20) return false;
        if (char.IsHighSurrogate(ch)) return i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
        if (char.IsLowSurrogate(ch)) return i > 0 && char.IsHighSurrogate(value[i - 1]);
        return ch is not ('\uFFFE' or '\uFFFF');
    }

    private const string Css = """

:root { --person: #c9b8ff; --role: #ffd27a; --country: #86e3e3; --date: #b5e6a2; --organization: #ffb0c8; --agreement: #a9c6ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fafafa; }
header, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.4rem; margin: 1.25rem 0 0.25rem; word-break: break-all; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
.meta { color: #59636e; margin: 0 0 0.75rem; font-size: 0.9rem; }
.count { color: #59636e; font-weight: normal; font-size: 0.85em; }
.legend { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; font-size: 0.9rem; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: 0.25rem; }
.doc { white-space: pre-wrap; background: #fff; border: 1px solid #d1d9e0; border-radius: 0.5rem; padding: 1rem 1.25rem; line-height: 2.1; }
mark.m { color: inherit; padding: 0.1em 0.15em; border-radius: 0.3em; cursor: help; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.m mark.m { padding: 0 0.1em; border: 1px solid rgba(0, 0, 0, 0.25); }
mark.m[data-label]::after { content: attr(data-label); font-size: 0.6em; font-weight: bold; text-transform: uppercase; letter-spacing: 0.03em; margin-left: 0.35em; vertical-align: middle; opacity: 0.7; }
mark.m:hover { outline: 2px solid rgba(0, 0, 0, 0.45); }
.k-person.m, .k-person .swatch { background: var(--person); }
.k-role.m, .k-role .swatch { background: var(--role); }
.k-country.m, .k-country .swatch { background: var(--country); }
.k-date.m, .k-date .swatch { background: var(--date); }
.k-organization.m, .k-organization .swatch { background: var(--organization); }
.k-agreement.m, .k-agreement .swatch { background: var(--agreement); }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border: 1px solid #d1d9e0; }
th { background: #f0f2f4; }
.id { color: #8c959f; font-size: 0.8em; }
.none { color: #59636e; font-style: italic; }
q { font-style: italic; }

""";
}
