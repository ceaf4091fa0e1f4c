using Extraction.Text;

namespace Extraction.Tests.Text;

public sealed class SourceTextTests
{
    [TestCase("date 2022-04\nLe ministre est arrivé.", "2022-04", 13)]
    [TestCase("  DATE\t2021-11-24  \n\nTexte.", "2021-11-24", 21)]
    [TestCase("date 2023", "2023", 9)]
    public void A_leading_date_header_gives_the_reference_date_and_the_body_after_it(string text, string date, int bodyStart)
    {
        var source = SourceText.Read(text);
        Assert.That(source.HeaderDate?.ToString(), Is.EqualTo(date));
        Assert.That(source.Body, Is.EqualTo(new TextSpan(bodyStart, text.Length)));
        Assert.That(source.Text, Is.SameAs(text));
    }

    [TestCase("Le ministre est arrivé le 3 mai.")]
    [TestCase("date2022-04\nTexte.")]
    [TestCase("date 2022-04x\nTexte.")]
    [TestCase("date 2022-13\nTexte.")]
    [TestCase("La date 2022-04 est retenue.")]
    [TestCase("")]
    public void Without_a_well_formed_header_the_whole_text_is_the_body(string text)
    {
        var source = SourceText.Read(text);
        Assert.That(source.HeaderDate, Is.Null);
        Assert.That(source.Body, Is.EqualTo(new TextSpan(0, text.Length)));
    }

    [Test]
    public void Span_operations()
    {
        var a = new TextSpan(2, 6);
        Assert.Multiple(() =>
        {
            Assert.That(a.Length, Is.EqualTo(4));
            Assert.That(new TextSpan(3, 3).IsEmpty, Is.True);
            Assert.That(a.Contains(new TextSpan(2, 6)) && a.Contains(new TextSpan(3, 5)), Is.True);
            Assert.That(a.Contains(new TextSpan(1, 5)), Is.False);
            Assert.That(a.Overlaps(new TextSpan(5, 9)), Is.True);
            Assert.That(a.Overlaps(new TextSpan(6, 9)), Is.False);
            Assert.That(a.Union(new TextSpan(8, 10)), Is.EqualTo(new TextSpan(2, 10)));
        });
    }
}
