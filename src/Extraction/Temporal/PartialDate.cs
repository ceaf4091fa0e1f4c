using System.Globalization;

namespace Extraction.Temporal;

/// <summary>
/// A calendar date known to year, month or day precision, e.g. the publication date of an article
/// (<c>2022-04</c>) or the resolved value of a date expression (<c>2021-11-24</c>).
/// </summary>
/// <remarks>Immutable value type; safe to share across threads.</remarks>
public readonly record struct PartialDate
{
    /// <summary>Creates a date at year, month or day precision; <paramref name="day"/> requires <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A component is outside the calendar.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        if (month is { } m && (m < 1 || m > 12)) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        if (day is { } d)
        {
            if (month is null) throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month.");
            if (d < 1 || d > DateTime.DaysInMonth(year, month.Value))
                throw new ArgumentOutOfRangeException(nameof(day), day, $"Day must be between 1 and {DateTime.DaysInMonth(year, month.Value)}.");
        }
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Year (1-9999).</summary>
    public int Year { get; }

    /// <summary>Month (1-12) or null at year precision.</summary>
    public int? Month { get; }

    /// <summary>Day of month or null at year or month precision.</summary>
    public int? Day { get; }

    /// <summary>True when the date is known to the day.</summary>
    public bool HasDay => Day is not null;

    /// <summary>True when the date is known at least to the month.</summary>
    public bool HasMonth => Month is not null;

    /// <summary>A day-precision date.</summary>
    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day covered by this date, as a <see cref="DateOnly"/>.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">The value is not an ISO 8601 calendar date of those shapes.</exception>
    public static PartialDate Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var date)
            ? date
            : throw new FormatException($"'{value}' is not an ISO 8601 date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out PartialDate date)
    {
        date = default;
        if (value.Length is not (4 or 7 or 10)) return false;
        if (!int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1) return false;
        int? month = null, day = null;
        if (value.Length >= 7)
        {
            if (value[4] != '-' || !int.TryParse(value.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
            month = m;
        }
        if (value.Length == 10)
        {
            if (value[7] != '-' || !int.TryParse(value.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)) return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>ISO 8601 form at the date's own precision.</summary>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}")
            : Year.ToString("D4", CultureInfo.InvariantCulture);
}
