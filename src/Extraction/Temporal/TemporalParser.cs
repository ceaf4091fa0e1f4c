using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Records;

namespace Extraction.Temporal;

/// <summary>The calendar unit a relative expression counts in.</summary>
internal enum TemporalUnit
{
    None,
    Year,
    Month,
    Week,
    Day,
}

/// <summary>
/// What an expression says, before anchoring: absolute parts (year, month, day, weekday), or an offset in a unit
/// from the reference date or from the previous date of the text, plus the direction and the modifier.
/// </summary>
/// <param name="Year">Explicit year, if written.</param>
/// <param name="Month">Month 1-12, if written.</param>
/// <param name="Day">Day of month, if written.</param>
/// <param name="Weekday">Day of week, if written.</param>
/// <param name="Unit">Unit of <paramref name="Offset"/>, or None for an absolute expression.</param>
/// <param name="Offset">Count of units from the anchor ("l'an dernier" = -1 year, "cette année" = 0).</param>
/// <param name="FromPreviousDate">The anchor is the previous day-precise date of the text ("la veille").</param>
/// <param name="Direction">Past or future reading stated by the expression itself ("dernier", "prochain").</param>
/// <param name="Modifier">Start, mid or end from a period part ("fin mars").</param>
internal readonly record struct ParsedDate(
    int? Year,
    int? Month,
    int? Day,
    DayOfWeek? Weekday,
    TemporalUnit Unit,
    int Offset,
    bool FromPreviousDate,
    TenseDirection Direction,
    DateModifier? Modifier)
{
    /// <summary>True when the value does not depend on the reference date.</summary>
    public bool IsAbsolute => Year is not null;
}

/// <summary>Turns the named groups of a <see cref="TemporalPattern"/> match into <see cref="ParsedDate"/>s.</summary>
/// <remarks>Stateless apart from its immutable definitions; safe to share across threads.</remarks>
internal sealed class TemporalParser
{
    private readonly TemporalDefinitions _definitions;

    public TemporalParser(TemporalDefinitions definitions) => _definitions = definitions;

    /// <summary>Parses one date from the groups with the given suffix ("" for the main one, "1" for a range start).</summary>
    /// <returns>False when a part is out of range (day 34, month 13).</returns>
    public bool TryParse(Match match, string suffix, out ParsedDate parsed)
    {
        parsed = default;
        int? year = null, month = null, day = null;
        DayOfWeek? weekday = null;
        var unit = TemporalUnit.None;
        var offset = 0;
        var fromPrevious = false;
        var direction = TenseDirection.None;
        DateModifier? modifier = null;

        if (Group(match, "year" + suffix) is { } y) year = int.Parse(y, NumberStyles.None, CultureInfo.InvariantCulture);
        if (Group(match, "month" + suffix) is { } m)
        {
            if (!_definitions.Months.TryGetValue(TemporalDefinitions.Normalize(m), out var mv)) return false;
            month = mv;
        }
        if (Group(match, "mnum" + suffix) is { } mn)
        {
            var mv = int.Parse(mn, NumberStyles.None, CultureInfo.InvariantCulture);
            if (mv is < 1 or > 12) return false;
            month = mv;
        }
        if (Group(match, "day" + suffix) is { } d)
        {
            var dv = ParseDay(d);
            if (dv is < 1 or > 31) return false;
            day = dv;
        }
        if (Group(match, "weekday" + suffix) is { } w) weekday = _definitions.Weekdays[TemporalDefinitions.Normalize(w)];
        if (Group(match, "rel" + suffix) is { } r) direction = _definitions.RelativeTerms[TemporalDefinitions.Normalize(r)];
        if (Group(match, "part" + suffix) is { } p) modifier = _definitions.PeriodParts[TemporalDefinitions.Normalize(p)];
        if (Group(match, "dayword" + suffix) is { } dw)
        {
            var word = _definitions.DayWords[TemporalDefinitions.Normalize(dw)];
            unit = TemporalUnit.Day;
            offset = word.Offset;
            fromPrevious = word.FromPreviousDate;
        }
        if (Group(match, "unit" + suffix) is { } u)
        {
            unit = _definitions.Units[TemporalDefinitions.Normalize(u)] switch
            {
                "year" => TemporalUnit.Year,
                "month" => TemporalUnit.Month,
                "week" => TemporalUnit.Week,
                _ => TemporalUnit.Day,
            };
            if (Group(match, "num" + suffix) is { } n)
            {
                var count = ParseNumber(n);
                if (count is null) return false;
                offset = Group(match, "ago" + suffix) is not null ? -count.Value : count.Value;
            }
            else offset = (int)direction; // "l'an dernier" -1, "l'année prochaine" +1, "cette année" / "la fin de l'année" 0
            if (year is not null) unit = TemporalUnit.None; // "fin de l'année 2024" is absolute
        }

        if (year is { } yy && month is { } mm && day is { } dd && dd > DateTime.DaysInMonth(yy, mm)) return false;
        if (year is null && month is { } m2 && day is { } d2 && d2 > DateTime.DaysInMonth(2024, m2)) return false;
        parsed = new ParsedDate(year, month, day, weekday, unit, offset, fromPrevious, direction, modifier);
        return true;
    }

    private int? ParseNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var key = TemporalDefinitions.Normalize(text);
        return _definitions.NumberWords.TryGetValue(key, out var v) ? v : null;
    }

    private int ParseDay(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var key = TemporalDefinitions.Normalize(text);
        if (key is "1er" or "1re") return 1;
        return _definitions.NumberWords.TryGetValue(key, out var v) ? v : 0;
    }

    private static string? Group(Match match, string name)
    {
        var g = match.Groups[name];
        return g.Success ? g.Value : null;
    }
}
