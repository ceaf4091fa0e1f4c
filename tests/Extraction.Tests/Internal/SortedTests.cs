using Extraction.Internal;

namespace Extraction.Tests.Internal;

public sealed class SortedTests
{
    private static readonly List<int> Values = [2, 4, 4, 4, 7];

    [TestCase(0, 0)]
    [TestCase(2, 0)]
    [TestCase(3, 1)]
    [TestCase(4, 1)] // the first of equal values
    [TestCase(7, 4)]
    [TestCase(8, 5)] // none: the count
    public void First_at_least(int value, int expected) => Assert.That(Sorted.FirstAtLeast(Values, value), Is.EqualTo(expected));

    [TestCase(1, 0)]
    [TestCase(2, 1)]
    [TestCase(4, 4)] // past every equal value
    [TestCase(7, 5)]
    [TestCase(int.MaxValue, 5)]
    public void First_above(int value, int expected) => Assert.That(Sorted.FirstAbove(Values, value), Is.EqualTo(expected));

    [Test]
    public void Items_are_searched_by_their_key()
    {
        (string Name, int Start)[] spans = [("a", 1), ("b", 5), ("c", 9)];
        Assert.Multiple(() =>
        {
            Assert.That(Sorted.FirstAtLeast<(string, int Start)>(spans, 5, static s => s.Start), Is.EqualTo(1));
            Assert.That(Sorted.FirstAbove<(string, int Start)>(spans, 5, static s => s.Start), Is.EqualTo(2));
            Assert.That(Sorted.FirstAtLeast<int>([], 3, static v => v), Is.Zero);
        });
    }
}
