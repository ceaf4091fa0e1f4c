using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Extraction.Records;

/// <summary>A piece of the input text: <c>Text == input.Substring(Start, End - Start)</c>.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit (exclusive).</param>
/// <param name="Text">The covered text, exactly as in the input.</param>
public sealed record Mention(
    [property: JsonProperty("start")] int Start,
    [property: JsonProperty("end")] int End,
    [property: JsonProperty("text")] string Text);

/// <summary>How a country is referred to in the text.</summary>
[JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
public enum CountryMentionKind
{
    /// <summary>By one of its names ("le Maroc", "Royaume du Maroc").</summary>
    Name,
    /// <summary>By a nationality adjective or demonym ("israélien", "les Marocains").</summary>
    Demonym,
    /// <summary>By its capital standing for its government ("Rabat a salué").</summary>
    Capital,
    /// <summary>Any other reference ("côté marocain" is a demonym; this is for the rest).</summary>
    Other,
}

/// <summary>A mention of a country, with the way it is referred to.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit (exclusive).</param>
/// <param name="Text">The covered text, exactly as in the input.</param>
/// <param name="Kind">Name, demonym, capital or other.</param>
public sealed record CountryMention(
    [property: JsonProperty("start")] int Start,
    [property: JsonProperty("end")] int End,
    [property: JsonProperty("text")] string Text,
    [property: JsonProperty("kind")] CountryMentionKind Kind);
