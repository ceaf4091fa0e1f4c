using Newtonsoft.Json;

namespace Extraction.Records;

/// <summary>A sovereign state the document refers to.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">Common French name ("Maroc").</param>
/// <param name="Mentions">Every mention, in text order, with its kind.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
public sealed record Country(
    [property: JsonProperty("code")] string Code,
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("mentions")] IReadOnlyList<CountryMention> Mentions,
    [property: JsonProperty("confidence")] double Confidence);

/// <summary>An organization: international body, ministry, army, company, agency.</summary>
/// <param name="Id">Identifier stable within one document (<c>org-1</c>).</param>
/// <param name="Name">The longest name the text uses ("Union africaine").</param>
/// <param name="Country">ISO code when the organization belongs to one state, else null.</param>
/// <param name="Mentions">Every mention (full names and acronyms), in text order.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
public sealed record Organization(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("country")] string? Country,
    [property: JsonProperty("mentions")] IReadOnlyList<Mention> Mentions,
    [property: JsonProperty("confidence")] double Confidence);
