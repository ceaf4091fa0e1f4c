using Newtonsoft.Json;

namespace Extraction.Records;

/// <summary>Relation type names, as they appear in JSON.</summary>
public static class RelationTypes
{
    /// <summary>person -> role title.</summary>
    public const string HoldsRole = "holds_role";
    /// <summary>person -> country code.</summary>
    public const string Represents = "represents";
    /// <summary>person -> organization id.</summary>
    public const string MemberOf = "member_of";
    /// <summary>country code or organization id -> agreement id.</summary>
    public const string PartyTo = "party_to";
    /// <summary>person -> agreement id.</summary>
    public const string SignatoryOf = "signatory_of";
    /// <summary>agreement id -> ISO date value.</summary>
    public const string SignedOn = "signed_on";
    /// <summary>person -> person (talks, calls, visits).</summary>
    public const string MetWith = "met_with";
}

/// <summary>A typed link between two records, with the sentence that supports it.</summary>
/// <param name="Type">One of <see cref="RelationTypes"/>.</param>
/// <param name="Subject">Id or code of the subject.</param>
/// <param name="Object">Id, code, title or date value of the object.</param>
/// <param name="Evidence">The sentence that supports the relation.</param>
/// <param name="Date">ISO date of the event when stated (met_with), else null.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
public sealed record Relation(
    [property: JsonProperty("type")] string Type,
    [property: JsonProperty("subject")] string Subject,
    [property: JsonProperty("object")] string Object,
    [property: JsonProperty("evidence")] Mention Evidence,
    [property: JsonProperty("date")] string? Date,
    [property: JsonProperty("confidence")] double Confidence);
