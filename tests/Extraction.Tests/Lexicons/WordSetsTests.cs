using Extraction.Lexicons;

namespace Extraction.Tests.Lexicons;

public sealed class WordSetsTests
{
    private static WordSets Parse(string tsv) => WordSets.From([ResourceTable.Parse("test.tsv", new StringReader(tsv))]);

    [Test]
    public void EntriesAreSplitOnBarsAndKeepTheirOrder()
    {
        var sets = Parse("set\twords\twhy\nopeners\tportant sur | relatif à|sur\ttest\n");
        Assert.That(sets.Contains("openers", "portant sur"), Is.True);
        Assert.That(sets.Contains("openers", "relatif"), Is.False);
        Assert.That(sets.Ordered("openers"), Is.EqualTo(new[] { "portant sur", "relatif à", "sur" }));
    }

    [Test]
    public void AnUnknownSetFailsWithItsNameAndTheSources()
    {
        var sets = Parse("set\twords\twhy\na\tx\tt\n");
        Assert.That(() => sets["b"], Throws.TypeOf<InvalidDataException>().With.Message.Contains("'b'").And.Message.Contains("test.tsv"));
    }

    [TestCase("set\twords\twhy\na\tx\tt\na\ty\tt\n", "defined twice")]
    [TestCase("set\twords\twhy\na\tSigné\tt\n", "not folded")]
    [TestCase("set\twords\twhy\na\t | \tt\n", "no words")]
    public void MalformedTablesFailAtLoad(string tsv, string reason) =>
        Assert.That(() => Parse(tsv), Throws.TypeOf<InvalidDataException>().With.Message.Contains(reason));
}
