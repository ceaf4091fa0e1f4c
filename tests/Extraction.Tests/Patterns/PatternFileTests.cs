using Extraction.Lexicons;
using Extraction.Patterns;

namespace Extraction.Tests.Patterns;

public sealed class PatternFileTests
{
    private const string Header = "name\tpattern\tproduces\texample\texpected\n";

    private static IReadOnlyList<PatternRow> Parse(string rows) =>
        PatternFile.Parse("Patterns/patterns-test.tsv", new StringReader("# comment\n" + Header + rows), WordSets.From([]));

    [Test]
    public void ARowCompilesWithItsExampleAndExpectations()
    {
        var row = Parse("signed-by\tsigné par (?<who>Cap+)\tsignatory-list\tSigné par Ana.\twho=Ana; match=Signé par Ana\n").Single();
        Assert.That(row.Pattern.Produces, Is.EqualTo(PatternKind.SignatoryList));
        Assert.That(row.Line, Is.EqualTo(3));
        Assert.That(row.Expected.Select(e => e.Key), Is.EqualTo(new[] { "who", "match" }));
    }

    [TestCase("a\tCap )\tnot-name\tx\tmatch=x\n", "unbalanced parenthesis")]
    [TestCase("a\tCap{2,1}\tnot-name\tx\tmatch=x\n", "bad quantifier")]
    [TestCase("a\t@missing\tnot-name\tx\tmatch=x\n", "unknown word set '@missing'")]
    [TestCase("a\tCap\tnot-a-kind\tx\tmatch=x\n", "unknown produces value 'not-a-kind'")]
    [TestCase("a\tFoo\tnot-name\tx\tmatch=x\n", "unknown predicate 'Foo'")]
    [TestCase("a\tCap\tnot-name\tx\twho=x\n", "names no capture")]
    [TestCase("a\tCap\tnot-name\tx\n", "4 cells, expected 5")]
    public void AMalformedRowFailsWithFileLineAndReason(string rows, string reason) =>
        Assert.That(() => Parse(rows), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("Patterns/patterns-test.tsv").And.Message.Contains("line 3").And.Message.Contains(reason));

    [Test]
    public void APatternNameUsedTwiceFailsOnTheSecondRow() =>
        Assert.That(() => Parse("a\tCap\tnot-name\tx\tmatch=x\na\tCap\tnot-name\tx\tmatch=x\n"), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("line 4: pattern 'a' is defined twice"));

    [Test]
    public void AWrongHeaderFails() =>
        Assert.That(() => PatternFile.Parse("p.tsv", new StringReader("name\tpattern\n"), null), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("p.tsv' line 1: the header must be"));

    [Test]
    public void EveryEmbeddedPatternsFileLoads() =>
        Assert.That(PatternRowTests.Files().Select(f => PatternFile.Load(f, null).Count), Is.All.Positive);
}
