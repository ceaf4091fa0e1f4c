using Extraction.Records;
using Extraction.Tests.Support;

namespace Extraction.Tests.Robustness;

/// <summary>Every mention in the output must be the exact substring its offsets name.</summary>
public sealed class OffsetRoundTripTests
{
    public static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Select(f => new TestCaseData(f).SetName($"RoundTrip_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Documents))]
    public void All_mentions_round_trip(string path)
    {
        var text = File.ReadAllText(path);
        var result = FrenchNewsExtractor.Shared.Extract(text);
        var checkedCount = 0;
        foreach (var (start, end, value, what) in AllSpans(result))
        {
            Assert.That(start, Is.InRange(0, text.Length), what);
            Assert.That(end, Is.InRange(start, text.Length), what);
            Assert.That(text.Substring(start, end - start), Is.EqualTo(value), what);
            checkedCount++;
        }
        Assert.That(checkedCount, Is.EqualTo(AllSpans(result).Count()));
    }

    internal static IEnumerable<(int Start, int End, string Text, string What)> AllSpans(ExtractionResult r)
    {
        foreach (var p in r.People)
        {
            foreach (var m in p.Mentions) yield return (m.Start, m.End, m.Text, $"person {p.Id}");
            foreach (var role in p.Roles) yield return (role.Mention.Start, role.Mention.End, role.Mention.Text, $"role of {p.Id}");
        }
        foreach (var c in r.Countries)
            foreach (var m in c.Mentions) yield return (m.Start, m.End, m.Text, $"country {c.Code}");
        foreach (var o in r.Organizations)
            foreach (var m in o.Mentions) yield return (m.Start, m.End, m.Text, $"organization {o.Id}");
        foreach (var d in r.Dates) yield return (d.Start, d.End, d.Text, "date");
        foreach (var a in r.Agreements)
            foreach (var m in a.Mentions) yield return (m.Start, m.End, m.Text, $"agreement {a.Id}");
        foreach (var rel in r.Relations) yield return (rel.Evidence.Start, rel.Evidence.End, rel.Evidence.Text, $"relation {rel.Type}");
    }
}
