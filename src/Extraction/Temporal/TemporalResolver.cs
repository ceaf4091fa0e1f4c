namespace Extraction.Temporal;

/// <summary>
/// Anchors a <see cref="ParsedDate"/> against the reference (publication) date. Absolute dates keep their value;
/// relative ones need a reference date precise enough for their unit, else they resolve to null. Never reads the clock.
/// </summary>
/// <remarks>Stateless; safe to share across threads.</remarks>
internal static class TemporalResolver
{
    /// <summary>Resolves <paramref name="date"/>.</summary>
    /// <param name="date">The parsed expression.</param>
    /// <param name="reference">Publication date (year, month or day precision), or null.</param>
    /// <param name="context">Past or future reading suggested by the sentence, used when the expression states none.</param>
    /// <param name="previousDay">The last day-precise date resolved earlier in the text, for "la veille".</param>
    public static PartialDate? Resolve(in ParsedDate date, PartialDate? reference, TenseDirection context = TenseDirection.None,
        DateOnly? previousDay = null)
    {
        if (date.Year is { } year)
        {
            if (year is < 1 or > 9999) return null;
            if (date.Month is not { } m) return new PartialDate(year);
            if (date.Day is { } d && d > DateTime.DaysInMonth(year, m)) return null;
            return new PartialDate(year, m, date.Day);
        }

        switch (date.Unit)
        {
            case TemporalUnit.Year:
                return reference is { } ry ? new PartialDate(ry.Year + date.Offset) : null;
            case TemporalUnit.Month:
                if (reference is not { Month: { } refMonth } rm) return null;
                var first = new DateOnly(rm.Year, refMonth, 1).AddMonths(date.Offset);
                return new PartialDate(first.Year, first.Month);
            case TemporalUnit.Week:
                return null; // "la semaine dernière" names no calendar date at our precisions
            case TemporalUnit.Day:
                var anchor = IsAnchoredInText(date, previousDay)
                    ? previousDay
                    : reference is { HasDay: true } rd ? rd.FirstDay : (DateOnly?)null;
                return anchor is { } a ? PartialDate.FromDateOnly(a.AddDays(date.Offset)) : null;
        }

        if (date.Month is { } month)
        {
            if (reference is not { } r) return null;
            var y = InferYear(month, date.Day, r, date.Direction, context);
            if (date.Weekday is { } wd && date.Day is { } dday && r.Month is not null)
                y = MatchWeekday(y, month, dday, wd, r.Year); // "mardi 10 août": the year in which it is a Tuesday
            if (date.Day is { } day && day > DateTime.DaysInMonth(y, month)) return null;
            return new PartialDate(y, month, date.Day);
        }

        if (date.Weekday is { } weekday)
            return reference is { HasDay: true } rw ? PartialDate.FromDateOnly(NearestWeekday(rw.FirstDay, weekday, date.Direction, context)) : null;

        return null;
    }

    /// <summary>True when <see cref="Resolve"/> counts <paramref name="date"/> from the text's previous day-precise date
    /// rather than from the reference date ("la veille" after "le 12 mars").</summary>
    public static bool IsAnchoredInText(in ParsedDate date, DateOnly? previousDay) =>
        date.Year is null && date.Unit == TemporalUnit.Day && date.FromPreviousDate && previousDay is not null;

    /// <summary>
    /// The year of a month (and day) written without one. At the reference month (or day) itself it is the reference
    /// year, unless the expression says "dernier" (a year back) or "prochain" (a year ahead). Otherwise it is the
    /// past or future occurrence by the stated, else the contextual, direction; with neither, the nearer of the two
    /// (ties go to the past, the usual tense of news). Days are compared only when both sides have one.
    /// </summary>
    public static int InferYear(int month, int? day, PartialDate reference, TenseDirection stated, TenseDirection context)
    {
        if (reference.Month is not { } refMonth) return reference.Year;
        const int Year = 12 * 32;
        var withDays = day is not null && reference.Day is not null;
        var position = month * 32 + (withDays ? day!.Value : 0);
        var refPosition = refMonth * 32 + (withDays ? reference.Day!.Value : 0);
        if (position == refPosition) return reference.Year + (int)stated;
        var pastYear = position < refPosition ? reference.Year : reference.Year - 1;
        var futureYear = position > refPosition ? reference.Year : reference.Year + 1;
        var direction = stated != TenseDirection.None ? stated : context;
        return direction switch
        {
            TenseDirection.Past => pastYear,
            TenseDirection.Future => futureYear,
            _ => (refPosition - position + Year) % Year <= (position - refPosition + Year) % Year ? pastYear : futureYear,
        };
    }

    /// <summary>The year among <paramref name="year"/> and the years around the reference in which the date falls on <paramref name="weekday"/>.</summary>
    private static int MatchWeekday(int year, int month, int day, DayOfWeek weekday, int referenceYear)
    {
        if (IsWeekday(year, month, day, weekday)) return year;
        foreach (var candidate in (ReadOnlySpan<int>)[referenceYear, referenceYear - 1, referenceYear + 1])
        {
            if (candidate != year && IsWeekday(candidate, month, day, weekday)) return candidate;
        }
        return year;
    }

    private static bool IsWeekday(int year, int month, int day, DayOfWeek weekday) =>
        day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == weekday;

    /// <summary>
    /// The weekday nearest the reference: the last one up to it (or strictly before it for "dernier"), or for a
    /// future reading the next one from it (strictly after it for "prochain").
    /// </summary>
    public static DateOnly NearestWeekday(DateOnly reference, DayOfWeek weekday, TenseDirection stated, TenseDirection context)
    {
        var direction = stated != TenseDirection.None ? stated : context;
        var strict = stated != TenseDirection.None;
        if (direction == TenseDirection.Future)
        {
            var ahead = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
            if (ahead == 0 && strict) ahead = 7;
            return reference.AddDays(ahead);
        }
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && strict) back = 7;
        return reference.AddDays(-back);
    }
}
