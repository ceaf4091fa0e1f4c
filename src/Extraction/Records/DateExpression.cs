using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Extraction.Records;

/// <summary>How a date expression qualifies its period.</summary>
[JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
public enum DateModifier
{
    /// <summary>"début mars", "early".</summary>
    Start,
    /// <summary>"mi-janvier".</summary>
    Mid,
    /// <summary>"fin mars".</summary>
    End,
    /// <summary>"vers 2019", "environ".</summary>
    Approx,
    /// <summary>"avant 2020".</summary>
    Before,
    /// <summary>"après juin".</summary>
    After,
}

/// <summary>A date expression found in the text and its ISO value.</summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit (exclusive).</param>
/// <param name="Value">ISO 8601 <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, resolved against the reference date; null when unresolvable.</param>
/// <param name="Modifier">Start, mid, end, approx, before or after; null for none.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
public sealed record DateExpression(
    [property: JsonProperty("text")] string Text,
    [property: JsonProperty("start")] int Start,
    [property: JsonProperty("end")] int End,
    [property: JsonProperty("value")] string? Value,
    [property: JsonProperty("modifier")] DateModifier? Modifier,
    [property: JsonProperty("confidence")] double Confidence);
