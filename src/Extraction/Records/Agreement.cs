using Newtonsoft.Json;

namespace Extraction.Records;

/// <summary>A written instrument (accord, traité, protocole d'accord...) signed, concluded or negotiated.</summary>
/// <param name="Id">Identifier stable within one document (<c>agreement-1</c>).</param>
/// <param name="Type">The designation as written, determiners and numbers removed ("accord de coopération sécuritaire").</param>
/// <param name="Parties">States (by ISO code) and organizations (by id) bound by it.</param>
/// <param name="Signatories">Ids of the people who signed it.</param>
/// <param name="Date">ISO value of the signing or conclusion date, or null.</param>
/// <param name="Place">Place name where it was signed, or null.</param>
/// <param name="Status">"signed", "concluded", "adopted", "ratified", "negotiated" or "terminated".</param>
/// <param name="Mentions">Every mention of the instrument, in text order.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="Basis">The kind of evidence that the text states the status with, one of <see cref="AgreementBases"/>, or null.</param>
public sealed record Agreement(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("type")] string Type,
    [property: JsonProperty("parties")] IReadOnlyList<AgreementParty> Parties,
    [property: JsonProperty("signatories")] IReadOnlyList<string> Signatories,
    [property: JsonProperty("date")] string? Date,
    [property: JsonProperty("place")] string? Place,
    [property: JsonProperty("status")] string Status,
    [property: JsonProperty("mentions")] IReadOnlyList<Mention> Mentions,
    [property: JsonProperty("confidence")] double Confidence,
    [property: JsonProperty("basis")] string? Basis = null);

/// <summary>The kinds of evidence behind an agreement (its <c>basis</c> in JSON): how the text states what happened to it.</summary>
public static class AgreementBases
{
    /// <summary>A signing verb or noun of its own ("ont signé un accord", "la signature de l'accord").</summary>
    public const string SigningCue = "signing-cue";
    /// <summary>A conclusion, adoption or ratification cue of its own ("l'accord conclu", "a ratifié le traité").</summary>
    public const string ConclusionCue = "conclusion-cue";
    /// <summary>A negotiation cue ("négocient un accord", "les discussions sur le traité").</summary>
    public const string NegotiationCue = "negotiation-cue";
    /// <summary>A termination cue ("mettre fin à l'accord").</summary>
    public const string TerminationCue = "termination-cue";
    /// <summary>An item of a dash list whose lead states the status ("ont été signés : - un accord…").</summary>
    public const string ListItem = "list-item";
    /// <summary>A member named of a counted set ("vingt accords ont été signés, dont un accord sur…"): the set's status.</summary>
    public const string SetMember = "set-member";
    /// <summary>A plural designation of several instruments ("vingt-sept accords, mémorandums et programmes").</summary>
    public const string Set = "set";
}

/// <summary>A party to an agreement: a state by ISO code, or an organization by id.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, or null for an organization.</param>
/// <param name="Organization">Organization id, or null for a state.</param>
public sealed record AgreementParty(
    [property: JsonProperty("code")] string? Code,
    [property: JsonProperty("organization")] string? Organization)
{
    /// <summary>A state party.</summary>
    public static AgreementParty ForCountry(string code) => new(code, null);

    /// <summary>An organization party.</summary>
    public static AgreementParty ForOrganization(string organizationId) => new(null, organizationId);
}
