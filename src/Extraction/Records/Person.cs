using Newtonsoft.Json;

namespace Extraction.Records;

/// <summary>A real, named person mentioned in the document.</summary>
/// <param name="Id">Identifier stable within one document (<c>person-1</c>, in order of first mention).</param>
/// <param name="Name">Canonical name: the longest full-name mention, without titles or honorifics.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the state the person represents, or null.</param>
/// <param name="Roles">Distinct titles or offices the text gives the person.</param>
/// <param name="Mentions">Every mention of the person, in text order.</param>
/// <param name="Confidence">Confidence in [0, 1] that this is a real person named in the text.</param>
/// <param name="Knowledge">The head of state or government the person matches in the embedded knowledge base, or null.</param>
public sealed record Person(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("country")] string? Country,
    [property: JsonProperty("roles")] IReadOnlyList<Role> Roles,
    [property: JsonProperty("mentions")] IReadOnlyList<Mention> Mentions,
    [property: JsonProperty("confidence")] double Confidence,
    [property: JsonProperty("knowledge")] LeaderKnowledge? Knowledge = null);

/// <summary>A title or office held by a person.</summary>
/// <param name="Title">The role as a noun phrase, without determiners or nationality adjective ("ministre de la Défense").</param>
/// <param name="Country">ISO code of the country of the role, or null.</param>
/// <param name="Organization">Organization id when the role is in an organization, else null.</param>
/// <param name="Mention">The text of the role as written.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
public sealed record Role(
    [property: JsonProperty("title")] string Title,
    [property: JsonProperty("country")] string? Country,
    [property: JsonProperty("organization")] string? Organization,
    [property: JsonProperty("mention")] Mention Mention,
    [property: JsonProperty("confidence")] double Confidence);
