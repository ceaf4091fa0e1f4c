using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Extraction.Temporal;
using Extraction.Tests.Support;
using Extraction.Text;

namespace Extraction.Tests.Temporal;

/// <summary>
/// Measures the temporal stage on FR-TimeBank (../shared/corpora/fr-timebank, LGPL-LR, read in place, never copied):
/// DATE TIMEX3 spans found, and values equal to the gold value for the gold values our ISO subset can express.
/// Skipped when the corpus is absent. Run with <c>dotnet test --filter FullyQualifiedName~FrTimeBank</c> to see the figures.
/// </summary>
public sealed partial class FrTimeBankEvaluationTests
{
    private static string CorpusDirectory => Path.Combine(RepoPaths.Shared, "corpora", "fr-timebank", "Data");

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoDate();

    private sealed record Timex(int Start, int End, string Type, string Value, string Text);

    [Test]
    public void Dates_of_FrTimeBank_are_found_and_resolved()
    {
        if (!Directory.Exists(CorpusDirectory)) Assert.Ignore("FR-TimeBank not present at " + CorpusDirectory);

        int predicted = 0, predictedOnDate = 0, predictedOnOther = 0;
        int gold = 0, goldFound = 0, goldIso = 0, goldIsoFound = 0, valueCorrect = 0, valueWrong = 0, valueNull = 0;
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory, "*.tml").Order(StringComparer.Ordinal))
        {
            var (text, timexes, dct) = Read(file);
            var matches = TemporalExtractor.Default.Extract(text, new TextSpan(0, text.Length), dct);
            var dates = timexes.Where(t => t.Type == "DATE").ToList();
            foreach (var m in matches)
            {
                predicted++;
                if (dates.Exists(t => Overlaps(t, m.Span))) predictedOnDate++;
                else if (timexes.Find(t => Overlaps(t, m.Span)) is { } other)
                {
                    predictedOnOther++;
                    if (errors.Count < 400) errors.Add($"OTH {Path.GetFileName(file)}: '{text[m.Span.Start..m.Span.End]}' -> {m.Value} on {other.Type} '{other.Text}' = {other.Value}");
                }
                else if (errors.Count < 400) errors.Add($"FP  {Path.GetFileName(file)}: '{text[m.Span.Start..m.Span.End]}' -> {m.Value}");
            }
            foreach (var t in dates)
            {
                gold++;
                var hit = matches.Where(m => Overlaps(t, m.Span)).Cast<DateMatch?>().FirstOrDefault();
                if (hit is not null) goldFound++;
                if (!IsoDate().IsMatch(t.Value)) continue;
                goldIso++;
                if (hit is not { } h)
                {
                    if (errors.Count < 400) errors.Add($"FN  {Path.GetFileName(file)}: '{t.Text}' = {t.Value}");
                    continue;
                }
                goldIsoFound++;
                var v = h.Value?.ToString();
                if (v == t.Value) valueCorrect++;
                else
                {
                    if (v is null) valueNull++;
                    else valueWrong++;
                    if (errors.Count < 400) errors.Add($"VAL {Path.GetFileName(file)}: '{t.Text}' = {t.Value}, got '{text[h.Span.Start..h.Span.End]}' -> {v ?? "null"}");
                }
            }
        }

        double spanP = Ratio(predictedOnDate, predicted - predictedOnOther), spanR = Ratio(goldFound, gold);
        double isoR = Ratio(goldIsoFound, goldIso), valueAcc = Ratio(valueCorrect, goldIsoFound);
        double valueP = Ratio(valueCorrect, valueCorrect + valueWrong), valueR = Ratio(valueCorrect, goldIso);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FR-TimeBank DATE: predicted {predicted} ({predictedOnDate} on a DATE, {predictedOnOther} on another TIMEX type), gold {gold}"));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  spans: P {spanP:F3} (ignoring hits on TIME/DURATION/SET) R {spanR:F3}"));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ISO-valued gold {goldIso}: found {goldIsoFound} (R {isoR:F3}); value correct {valueCorrect}, wrong {valueWrong}, null {valueNull}"));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  value P {valueP:F3} (correct / non-null values on matched gold), value R {valueR:F3} (correct / ISO gold), accuracy on found {valueAcc:F3}"));
        foreach (var e in errors) TestContext.Out.WriteLine(e);

        // Floors well under the measured figures: a regression in the tables or the resolver trips them.
        Assert.Multiple(() =>
        {
            Assert.That(spanP, Is.GreaterThan(0.75), "span precision");
            Assert.That(isoR, Is.GreaterThan(0.6), "recall of ISO-valued dates");
            Assert.That(valueP, Is.GreaterThan(0.8), "value precision");
        });
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static bool Overlaps(Timex t, TextSpan s) => t.Start < s.End && s.Start < t.End;

    /// <summary>The plain text of the TEXT element, its TIMEX3 spans in that text, and the creation date.</summary>
    private static (string Text, List<Timex> Timexes, PartialDate? Dct) Read(string file)
    {
        var doc = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        var root = doc.Root ?? throw new InvalidDataException(file);
        PartialDate? dct = null;
        var dctValue = root.Element("DCT")?.Element("TIMEX3")?.Attribute("value")?.Value;
        if (dctValue is { Length: >= 10 } && PartialDate.TryParse(dctValue.AsSpan(0, 10), out var d)) dct = d;
        var sb = new StringBuilder();
        var timexes = new List<Timex>();
        var body = root.Element("TEXT") ?? throw new InvalidDataException(file + " has no TEXT");
        Walk(body, sb, timexes);
        return (sb.ToString(), timexes, dct);
    }

    private static void Walk(XElement element, StringBuilder sb, List<Timex> timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    sb.Append(t.Value);
                    break;
                case XElement e:
                    var start = sb.Length;
                    Walk(e, sb, timexes);
                    if (e.Name.LocalName == "TIMEX3")
                        timexes.Add(new Timex(start, sb.Length, e.Attribute("type")?.Value ?? "", e.Attribute("value")?.Value ?? "", sb.ToString(start, sb.Length - start)));
                    break;
            }
        }
    }
}
