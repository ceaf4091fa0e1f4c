using Extraction.Records;
using Extraction.Temporal;
using Extraction.Tests.Support;
using Extraction.Text;

namespace Extraction.Tests.Temporal;

/// <summary>Data-driven cases from <c>Cases/dates.tsv</c>: each row is a text, a reference date and one expected date.</summary>
public sealed class TemporalExtractorTests
{
    private static string CasesFile => Path.Combine(RepoPaths.Root, "tests", "Extraction.Tests", "Temporal", "Cases", "dates.tsv");

    public static IEnumerable<TestCaseData> Cases()
    {
        var lines = File.ReadAllLines(CasesFile);
        var header = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#') continue;
            if (header)
            {
                header = false;
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != 5) throw new InvalidDataException($"{CasesFile} line {i + 1}: {cells.Length} cells, expected 5.");
            yield return new TestCaseData(Cell(cells[0]), cells[1], Cell(cells[2]), Cell(cells[3]), Cell(cells[4]))
                .SetName($"Line{i + 1:D3}_{Name(cells[2], cells[1])}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Finds_and_resolves(string? reference, string text, string? span, string? value, string? modifier)
    {
        var referenceDate = reference is null ? (PartialDate?)null : PartialDate.Parse(reference);
        var matches = TemporalExtractor.Default.Extract(text, new TextSpan(0, text.Length), referenceDate);
        var found = string.Join(" | ", matches.Select(m => $"'{text[m.Span.Start..m.Span.End]}'={m.Value?.ToString() ?? "null"}/{m.Modifier?.ToString() ?? "-"}"));
        if (span is null)
        {
            Assert.That(matches, Is.Empty, "expected no date; found " + found);
            return;
        }
        var hit = matches.Where(m => text[m.Span.Start..m.Span.End] == span).ToList();
        Assert.That(hit, Has.Count.EqualTo(1), $"span '{span}' not found; found {found}");
        Assert.Multiple(() =>
        {
            Assert.That(hit[0].Value?.ToString(), Is.EqualTo(value), "value; found " + found);
            Assert.That(hit[0].Modifier?.ToString().ToLowerInvariant(), Is.EqualTo(modifier), "modifier; found " + found);
        });
    }

    [Test]
    public void Spans_round_trip_and_stay_inside_the_range_on_random_text()
    {
        var random = new Random(20240229);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzéèàûç ABCDEFMJ0123456789 ,.;:'’-/()«»\n";
        string[] words = ["le", "1er", "mars", "2019", "fin", "mi-", "dernier", "du", "au", "hier", "la veille", "il y a", "deux", "ans", "mardi", "soir", "entre", "et"];
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars) + " " + string.Join(' ', Enumerable.Range(0, random.Next(0, 12)).Select(_ => words[random.Next(words.Length)]));
            var from = random.Next(0, text.Length / 2 + 1);
            var range = new TextSpan(from, text.Length);
            PartialDate? reference = random.Next(3) switch { 0 => null, 1 => new PartialDate(2024, 2), _ => new PartialDate(2024, 2, 29) };
            var matches = TemporalExtractor.Default.Extract(text, range, reference);
            var previousEnd = -1;
            foreach (var m in matches)
            {
                Assert.That(m.Span.Start, Is.GreaterThanOrEqualTo(range.Start), text);
                Assert.That(m.Span.End, Is.LessThanOrEqualTo(range.End).And.GreaterThan(m.Span.Start), text);
                Assert.That(m.Span.Start, Is.GreaterThanOrEqualTo(previousEnd), "sorted and disjoint: " + text);
                previousEnd = m.Span.End;
            }
        }
    }

    [Test]
    public void Without_a_reference_date_only_absolute_expressions_have_values()
    {
        const string text = "Signé le 3 mars 2021, l'accord a été révisé l'an dernier, en juin, puis mardi et hier.";
        var matches = TemporalExtractor.Default.Extract(text, new TextSpan(0, text.Length), null);
        Assert.That(matches.Select(m => (text[m.Span.Start..m.Span.End], m.Value?.ToString())), Is.EqualTo(new[]
        {
            ("3 mars 2021", "2021-03-03"), ("l'an dernier", null), ("juin", null), ("mardi", null), ("hier", null),
        }));
    }

    private static string? Cell(string cell) => cell == "-" ? null : cell;

    private static string Name(string span, string text)
    {
        var source = span == "-" ? "none_" + text : span;
        var chars = source.Take(30).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray();
        return new string(chars);
    }

    [Test]
    public void A_date_counted_from_an_earlier_date_of_the_text_says_so()
    {
        const string text = "L'accord a été signé le 12 mars 2021. La veille, les ministres s'étaient réunis. Hier, ils ont parlé.";
        var matches = TemporalExtractor.Default.Extract(text, new TextSpan(0, text.Length), new PartialDate(2021, 3, 20));
        var byText = matches.ToDictionary(m => text[m.Span.Start..m.Span.End]);
        Assert.Multiple(() =>
        {
            Assert.That(byText["La veille"].Value?.ToString(), Is.EqualTo("2021-03-11"));
            Assert.That(byText["La veille"].IsAnchoredInText, Is.True);
            Assert.That(byText["12 mars 2021"].IsAnchoredInText, Is.False);
            Assert.That(byText["Hier"].IsAnchoredInText, Is.False, "counted from the reference date");
        });
    }
}
