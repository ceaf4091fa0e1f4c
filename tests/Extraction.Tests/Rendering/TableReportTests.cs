using Extraction.Records;
using Extraction.Rendering;

namespace Extraction.Tests.Rendering;

public sealed class TableReportTests
{
    [Test]
    public void Summary_shows_people_with_roles_and_countries_and_agreements_with_parties_signatories_and_date()
    {
        var report = TableReport.Render(SampleResults.Full(), "article.txt");
        var lines = report.Split('\n');
        string Row(string start) => lines.Single(l => l.StartsWith("│ " + start, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("article.txt"));
            Assert.That(report, Does.Contain("Reference date: 2022-04"));
            Assert.That(report, Does.Contain("People (1)"));
            var gantz = Row("Benny Gantz");
            Assert.That(gantz, Does.Contain("IL Israël").And.Contain("ministre de la Défense (IL)"));
            Assert.That(report, Does.Contain("Agreements (1)"));
            var accord = Row("accord de coopération sécuritaire");
            Assert.That(accord, Does.Contain("IL Israël").And.Contain("Benny Gantz").And.Contain("2021-11-24"));
            // Further parties are on the following lines of the same row.
            var at = Array.IndexOf(lines, accord);
            Assert.That(lines[at + 1], Does.Contain("[signed, Rabat]").And.Contain("MA Maroc"));
            Assert.That(lines[at + 2], Does.Contain("Union africaine"));
            Assert.That(Row("MA"), Does.Contain("Maroc").And.Contain("2 (Rabat, Maroc)"));
            Assert.That(Row("début mars"), Does.Contain("2022-03").And.Contain("start"));
            Assert.That(Row("signatory_of"), Does.Contain("Benny Gantz").And.Contain("accord de coopération sécuritaire"));
        });
    }

    [Test]
    public void Every_table_is_a_closed_box_with_aligned_columns()
    {
        var report = TableReport.Render(SampleResults.Full());
        var tableLines = report.Split('\n').Where(l => l.Length > 0 && "┌├│└".Contains(l[0])).ToList();
        Assert.That(tableLines, Is.Not.Empty);
        // Within one table every line has the same width and its separators in the same columns.
        var table = new List<string>();
        foreach (var line in tableLines)
        {
            table.Add(line);
            if (line[0] != '└') continue;
            var width = table[0].Length;
            Assert.That(table.Select(l => l.Length), Is.All.EqualTo(width), string.Join("\n", table));
            var columns = Enumerable.Range(0, width).Where(i => table[0][i] is '┬' or '┌' or '┐').ToList();
            foreach (var l in table.Where(l => l[0] == '│'))
                Assert.That(columns.All(c => l[c] == '│'), Is.True, l);
            table.Clear();
        }
        Assert.That(table, Is.Empty, "last table closed");
    }

    [Test]
    public void Long_cells_wrap_at_the_column_limit()
    {
        var name = string.Join(' ', Enumerable.Repeat("Jean-Baptiste", 8));
        var result = ExtractionResult.Empty(null) with
        {
            People = [new Person("person-1", name, null, [], [], 1)],
        };
        var report = TableReport.Render(result, maxColumnWidth: 20);
        var rows = report.Split('\n').Where(l => l.StartsWith("│ Jean", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.EqualTo(8));
        Assert.That(TableReport.Wrap("abcdefghij klm", 4), Is.EqualTo(new[] { "abcd", "efgh", "ij", "klm" }));
        Assert.That(TableReport.Wrap("a\nb c", 10), Is.EqualTo(new[] { "a", "b c" }));
    }

    [Test]
    public void Empty_result_lists_every_section_as_none_found()
    {
        var report = TableReport.Render(ExtractionResult.Empty(null));
        Assert.That(report, Does.Contain("Reference date: none"));
        foreach (var section in new[] { "People", "Agreements", "Countries", "Organizations", "Dates", "Relations" })
            Assert.That(report, Does.Contain(section + " (0)\n  none found"));
    }

    [Test]
    public void Control_characters_in_values_do_not_break_lines()
    {
        var result = ExtractionResult.Empty(null) with
        {
            People = [new Person("person-1", "A\tB\u001b[31mC", null, [], [], 1)],
        };
        var report = TableReport.Render(result);
        Assert.That(report, Does.Not.Contain("\u001b").And.Not.Contain("\t"));
        Assert.That(report, Does.Contain("│ A B [31mC"));
    }

    [Test]
    public void Column_limit_below_eight_is_refused() =>
        Assert.That(() => TableReport.Render(ExtractionResult.Empty(null), maxColumnWidth: 3), Throws.TypeOf<ArgumentOutOfRangeException>());
}
