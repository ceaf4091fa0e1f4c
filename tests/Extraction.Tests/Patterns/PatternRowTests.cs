using Extraction.Lexicons;
using Extraction.Patterns;

namespace Extraction.Tests.Patterns;

/// <summary>Runs every row of every embedded patterns file on its own example sentence, HeidelTime-style.</summary>
public sealed class PatternRowTests
{
    /// <summary>The embedded patterns files, as paths under <c>Resources/</c>.</summary>
    internal static IEnumerable<string> Files()
    {
        const string Prefix = "Extraction.Resources.Patterns.";
        return ResourceTable.EmbeddedNames().Where(n => n.StartsWith(Prefix + "patterns-", StringComparison.Ordinal))
            .Select(n => "Patterns/" + n[Prefix.Length..]);
    }

    private static IEnumerable<TestCaseData> Rows() =>
        Files().SelectMany(file => PatternFile.Load(file, null)
            .Select(row => new TestCaseData(file, row.Line).SetName($"{file}:{row.Line} {row.Pattern.Name}")));

    [TestCaseSource(nameof(Rows))]
    public void TheRowYieldsItsExpectedCaptureOnItsExample(string file, int line)
    {
        var row = PatternFile.Load(file, null).Single(r => r.Line == line);
        var document = PatternTestDocuments.Analyzed(row.Example);
        var match = PatternSet.Matches(row.Pattern, document).FirstOrDefault();
        Assert.That(match, Is.Not.Null, $"no match of '{row.Pattern.Source}' in: {row.Example}");
        foreach (var (key, text) in row.Expected)
        {
            var actual = key == "match" ? match!.Text : match!.Capture(key)?.Text;
            Assert.That(actual, Is.EqualTo(text), $"{key} of {match}");
        }
    }

    [Test]
    public void ExplainSaysWhichPatternMatchedWhichSpan()
    {
        var set = PatternFile.LoadSet("Patterns/patterns-names.tsv", null);
        var explained = set.Explain(PatternTestDocuments.Analyzed("Le roi Charles III a reçu Mme Hélène Carrel."));
        Assert.That(explained.Select(m => m.ToString()), Does.Contain("regnal-numeral [2,4) \"Charles III\" name=\"Charles\" regnal=\"III\""));
        Assert.That(explained.Any(m => m.Pattern == "honorific-prefix" && m.Capture("honorific")!.Text == "Mme"), Is.True);
        Assert.That(explained.Select(m => m.FirstToken), Is.Ordered);
    }
}
