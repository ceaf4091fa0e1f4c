using Newtonsoft.Json;

namespace Extraction.Records;

/// <summary>The offices of the embedded knowledge base of heads of state and government, as they appear in JSON.</summary>
public static class LeaderOffices
{
    /// <summary>President, king, emir…: the chief of state.</summary>
    public const string ChiefOfState = "chief of state";
    /// <summary>Prime minister, chancellor, premier…: the head of government.</summary>
    public const string HeadOfGovernment = "head of government";
    /// <summary>A vice president.</summary>
    public const string VicePresident = "vice president";
    /// <summary>A deputy prime minister or vice premier (the Factbook also lists heirs apparent there).</summary>
    public const string DeputyPrimeMinister = "deputy prime minister";

    /// <summary>Every office, highest rank first.</summary>
    public static IReadOnlyList<string> All { get; } = [ChiefOfState, HeadOfGovernment, VicePresident, DeputyPrimeMinister];
}

/// <summary>
/// Public knowledge matched to a person: the office they held in a country around the article's date, from the
/// library's embedded table of heads of state and government.
/// </summary>
/// <param name="Office">One of <see cref="LeaderOffices"/>.</param>
/// <param name="Title">English title as the source writes it ("Chancellor", "King"), or null when it gives none.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country of the office.</param>
/// <param name="From">Start of the tenure (ISO 8601, partial allowed), or null when unknown.</param>
/// <param name="To">End of the tenure (ISO 8601, partial allowed), or null when still in office in the latest edition.</param>
/// <param name="Source">Where the knowledge comes from ("CIA World Factbook").</param>
/// <param name="Confidence">Confidence in [0, 1] that the person of the text is this office holder.</param>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed record LeaderKnowledge(
    [property: JsonProperty("office")] string Office,
    [property: JsonProperty("title")] string? Title,
    [property: JsonProperty("country")] string Country,
    [property: JsonProperty("from")] string? From,
    [property: JsonProperty("to")] string? To,
    [property: JsonProperty("source")] string Source,
    [property: JsonProperty("confidence")] double Confidence);
