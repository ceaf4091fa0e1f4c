using Extraction.Temporal;

namespace Extraction.Tests.Temporal;

public sealed class TemporalResolverTests
{
    private static ParsedDate Month(int month, int? day = null, TenseDirection direction = TenseDirection.None) =>
        new(null, month, day, null, TemporalUnit.None, 0, false, direction, null);

    private static ParsedDate Relative(TemporalUnit unit, int offset, bool fromPrevious = false) =>
        new(null, null, null, null, unit, offset, fromPrevious, TenseDirection.None, null);

    [TestCase("2024-01", 9, 0, 2023, TestName = "September_in_January_is_the_nearer_past_one")]
    [TestCase("2024-01", 9, 1, 2024, TestName = "September_in_January_with_a_future_reading")]
    [TestCase("2024-12", 2, 0, 2025, TestName = "February_in_December_is_the_nearer_future_one")]
    [TestCase("2024-12", 5, -1, 2024, TestName = "May_in_December_with_a_past_reading")]
    [TestCase("2024-12", 5, 1, 2025, TestName = "May_in_December_with_a_future_reading")]
    [TestCase("2024-06", 12, 0, 2023, TestName = "Six_months_either_way_goes_to_the_past")]
    [TestCase("2024-03", 3, 1, 2024, TestName = "The_reference_month_is_this_year_whatever_the_context")]
    [TestCase("2024", 11, -1, 2024, TestName = "A_year_precise_reference_gives_its_year")]
    public void Infers_the_year_of_a_month(string reference, int month, int context, int expected) =>
        Assert.That(TemporalResolver.InferYear(month, null, PartialDate.Parse(reference), TenseDirection.None, (TenseDirection)context), Is.EqualTo(expected));

    [Test]
    public void Dernier_and_prochain_at_the_reference_month_move_a_year() => Assert.Multiple(() =>
    {
        var reference = PartialDate.Parse("2024-12");
        Assert.That(TemporalResolver.InferYear(12, null, reference, TenseDirection.Past, TenseDirection.None), Is.EqualTo(2023));
        Assert.That(TemporalResolver.InferYear(12, null, reference, TenseDirection.Future, TenseDirection.None), Is.EqualTo(2025));
        Assert.That(TemporalResolver.InferYear(12, 2, PartialDate.Parse("2024-12-20"), TenseDirection.Past, TenseDirection.None), Is.EqualTo(2024));
    });

    [TestCase("2023-06-15", DayOfWeek.Tuesday, -1, 0, "2023-06-13")]
    [TestCase("2023-06-15", DayOfWeek.Thursday, 0, 0, "2023-06-15")]
    [TestCase("2023-06-15", DayOfWeek.Thursday, -1, 0, "2023-06-08")]
    [TestCase("2023-06-15", DayOfWeek.Thursday, 1, 0, "2023-06-22")]
    [TestCase("2023-06-15", DayOfWeek.Monday, 0, 1, "2023-06-19")]
    [TestCase("2023-06-15", DayOfWeek.Friday, 0, 0, "2023-06-09")]
    public void Finds_the_weekday(string reference, DayOfWeek weekday, int stated, int context, string expected) =>
        Assert.That(TemporalResolver.NearestWeekday(DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture), weekday, (TenseDirection)stated, (TenseDirection)context),
            Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Relative_units_need_a_precise_enough_reference() => Assert.Multiple(() =>
    {
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Year, -1), PartialDate.Parse("2023"))?.ToString(), Is.EqualTo("2022"));
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Year, -1), null), Is.Null);
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Month, -1), PartialDate.Parse("2024-01"))?.ToString(), Is.EqualTo("2023-12"));
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Month, 1), PartialDate.Parse("2024"))?.ToString(), Is.Null);
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Day, -1), PartialDate.Parse("2024-03-01"))?.ToString(), Is.EqualTo("2024-02-29"));
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Day, -1), PartialDate.Parse("2024-03"))?.ToString(), Is.Null);
        Assert.That(TemporalResolver.Resolve(Relative(TemporalUnit.Week, -1), PartialDate.Parse("2024-03-01"))?.ToString(), Is.Null);
    });

    [Test]
    public void La_veille_counts_from_the_previous_date_of_the_text() => Assert.Multiple(() =>
    {
        var veille = Relative(TemporalUnit.Day, -1, fromPrevious: true);
        Assert.That(TemporalResolver.Resolve(veille, PartialDate.Parse("2024-08-14"), previousDay: new DateOnly(2024, 8, 12))?.ToString(), Is.EqualTo("2024-08-11"));
        Assert.That(TemporalResolver.Resolve(veille, PartialDate.Parse("2024-08-14"))?.ToString(), Is.EqualTo("2024-08-13"));
        Assert.That(TemporalResolver.Resolve(veille, null, previousDay: new DateOnly(2021, 3, 3))?.ToString(), Is.EqualTo("2021-03-02"));
    });

    [Test]
    public void Absolute_dates_ignore_the_reference_and_reject_impossible_days() => Assert.Multiple(() =>
    {
        var feb29 = new ParsedDate(2023, 2, 29, null, TemporalUnit.None, 0, false, TenseDirection.None, null);
        Assert.That(TemporalResolver.Resolve(feb29, null), Is.Null);
        Assert.That(TemporalResolver.Resolve(feb29 with { Year = 2024 }, null)?.ToString(), Is.EqualTo("2024-02-29"));
        Assert.That(TemporalResolver.Resolve(Month(2, 29), PartialDate.Parse("2023-05"))?.ToString(), Is.Null);
        Assert.That(TemporalResolver.Resolve(Month(7), null), Is.Null);
    });
}
