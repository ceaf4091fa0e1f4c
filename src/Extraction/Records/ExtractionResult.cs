using Newtonsoft.Json;

namespace Extraction.Records;

/// <summary>Everything extracted from one document; serialize it with <see cref="Serialization.ExtractionJson"/>.</summary>
/// <param name="ReferenceDate">Publication date used to resolve relative dates (ISO, partial allowed), or null.</param>
/// <param name="People">People, in order of first mention.</param>
/// <param name="Countries">Countries, in order of first mention.</param>
/// <param name="Organizations">Organizations, in order of first mention.</param>
/// <param name="Dates">Date expressions, in text order.</param>
/// <param name="Agreements">Agreements, in order of first mention.</param>
/// <param name="Relations">Relations between the records above.</param>
public sealed record ExtractionResult(
    [property: JsonProperty("referenceDate", Order = 3)] string? ReferenceDate,
    [property: JsonProperty("people", Order = 4)] IReadOnlyList<Person> People,
    [property: JsonProperty("countries", Order = 5)] IReadOnlyList<Country> Countries,
    [property: JsonProperty("organizations", Order = 6)] IReadOnlyList<Organization> Organizations,
    [property: JsonProperty("dates", Order = 7)] IReadOnlyList<DateExpression> Dates,
    [property: JsonProperty("agreements", Order = 8)] IReadOnlyList<Agreement> Agreements,
    [property: JsonProperty("relations", Order = 9)] IReadOnlyList<Relation> Relations)
{
    /// <summary>Version of the output contract (<c>"1"</c>).</summary>
    [JsonProperty("schemaVersion", Order = 1)]
    public string SchemaVersion => "1";

    /// <summary>Language of the document (<c>"fr"</c>).</summary>
    [JsonProperty("language", Order = 2)]
    public string Language => "fr";

    /// <summary>A result with nothing in it.</summary>
    public static ExtractionResult Empty(string? referenceDate) => new(referenceDate, [], [], [], [], [], []);
}
