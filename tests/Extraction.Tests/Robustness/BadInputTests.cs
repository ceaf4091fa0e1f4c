using Extraction.Records;

namespace Extraction.Tests.Robustness;

/// <summary>Null, empty and oversized input get the documented answer.</summary>
public sealed class BadInputTests
{
    [Test]
    public void Null_text_throws_ArgumentNullException()
    {
        var e = Assert.Throws<ArgumentNullException>(() => FrenchNewsExtractor.Shared.Extract(null!));
        Assert.That(e!.ParamName, Is.EqualTo("text"));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\n\n\r\n\t  ")]
    [TestCase("\u00A0\u2009\u202F\u3000")]
    [TestCase("date 2022-04\n")]
    [TestCase("date 2022-04-12\n  \n ")]
    public void Empty_or_whitespace_text_gives_an_empty_result(string text)
    {
        var result = FrenchNewsExtractor.Shared.Extract(text);
        Assert.That(IsEmpty(result), Is.True, "no records expected");
    }

    [Test]
    public void Header_date_is_kept_as_reference_date_of_an_empty_body()
    {
        Assert.That(FrenchNewsExtractor.Shared.Extract("date 2022-04-12\n").ReferenceDate, Is.EqualTo("2022-04-12"));
    }

    [Test]
    public void Input_over_the_configured_maximum_throws_a_clear_ArgumentException()
    {
        var options = new ExtractionOptions { MaxInputLength = 1_000 };
        var text = new string('a', 1_001);
        var e = Assert.Throws<ArgumentException>(() => FrenchNewsExtractor.Shared.Extract(text, options));
        Assert.That(e!.ParamName, Is.EqualTo("text"));
        Assert.That(e.Message, Does.Contain("1,001").And.Contain("1,000").And.Contain(nameof(ExtractionOptions.MaxInputLength)));
    }

    [Test]
    public void Input_at_the_configured_maximum_is_accepted()
    {
        var options = new ExtractionOptions { MaxInputLength = 1_000 };
        Assert.DoesNotThrow(() => FrenchNewsExtractor.Shared.Extract(new string('a', 1_000), options));
    }

    [Test]
    public void Negative_maximum_is_rejected()
    {
        var options = new ExtractionOptions { MaxInputLength = -1 };
        Assert.Throws<ArgumentException>(() => FrenchNewsExtractor.Shared.Extract("Le président a parlé.", options));
    }

    [Test]
    public void Default_maximum_is_large_enough_for_any_article()
    {
        Assert.That(ExtractionOptions.Default.MaxInputLength, Is.GreaterThanOrEqualTo(10_000_000));
        Assert.That(ExtractionOptions.Default.MaxInputLength, Is.EqualTo(ExtractionOptions.DefaultMaxInputLength));
    }

    [Test]
    public void Default_maximum_rejects_input_one_past_it()
    {
        var text = new string(' ', ExtractionOptions.DefaultMaxInputLength + 1);
        Assert.Throws<ArgumentException>(() => FrenchNewsExtractor.Shared.Extract(text));
    }

    private static bool IsEmpty(ExtractionResult r) =>
        r.People.Count == 0 && r.Countries.Count == 0 && r.Organizations.Count == 0 && r.Dates.Count == 0 &&
        r.Agreements.Count == 0 && r.Relations.Count == 0;
}
