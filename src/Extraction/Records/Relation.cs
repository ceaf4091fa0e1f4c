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

/// <summary>The kinds of evidence behind a relation (its <c>basis</c> in JSON).</summary>
public static class RelationBases
{
    /// <summary>represents: a nationality adjective in the person's role ("le ministre marocain").</summary>
    public const string RoleAdjective = "role-adjective";
    /// <summary>represents: a government complement in the role ("le ministre des Affaires étrangères du Maroc").</summary>
    public const string RoleComplement = "role-complement";
    /// <summary>represents: a nationality stated for the person ("le Gambien X", "la partie marocaine, X").</summary>
    public const string Stated = "stated";
    /// <summary>represents: the side of a two-party sentence ("Côté nigérian, … X").</summary>
    public const string Side = "side";
    /// <summary>represents: the country named just before the person's office ("la présidence algérienne, le président X").</summary>
    public const string Order = "order";
    /// <summary>represents: the other country of a two-country story (counterparts, meetings, pairs, visits, signatories).</summary>
    public const string Elimination = "elimination";
    /// <summary>represents: no cue of the person's own in a story about one country: a national office holder of that country.</summary>
    public const string Domestic = "domestic";
    /// <summary>represents: no text cue; the person matches a known head of state or government (see <see cref="Person.Knowledge"/>).</summary>
    public const string Knowledge = "knowledge";
    /// <summary>holds_role: the role phrase linked to the person (a kind below when the linking construction is known).</summary>
    public const string RoleMention = "role-mention";
    /// <summary>holds_role: an apposition after the name ("X, ministre de la Défense").</summary>
    public const string AppositionAfter = "apposition-after";
    /// <summary>holds_role: an apposition before the name ("Le ministre de la Défense, X").</summary>
    public const string AppositionBefore = "apposition-before";
    /// <summary>holds_role: a title right before the name ("le ministre X").</summary>
    public const string TitleBefore = "title-before";
    /// <summary>holds_role: a predicate after the name ("X a été nommé ministre de la Défense", "X, réélu président").</summary>
    public const string Predicate = "predicate";
    /// <summary>holds_role: a plural role distributed over a list of names ("les ministres X et Y").</summary>
    public const string PluralRole = "plural-role";
    /// <summary>holds_role: the title of the person this one is "son homologue" of.</summary>
    public const string Homologue = "homologue";
    /// <summary>party_to: the text names the parties ("entre X et Y", "avec X").</summary>
    public const string PartiesBetween = "parties-between";
    /// <summary>party_to: a country or organization in the clause of the agreement.</summary>
    public const string PartyClause = "party-clause";
    /// <summary>party_to: the organizations that are the subject of the signing ("Le groupe X et la société Y ont signé").</summary>
    public const string SubjectOrganization = "subject-organization";
    /// <summary>party_to: the country or organization of a signatory.</summary>
    public const string SignatoryCountry = "signatory-country";
    /// <summary>party_to: no party named: the two countries the story is about.</summary>
    public const string StoryDefault = "story-default";
    /// <summary>signatory_of: the agent after the cue ("signé par X et Y").</summary>
    public const string Agent = "agent";
    /// <summary>signatory_of: the people before the cue ("X et Y ont signé").</summary>
    public const string SubjectBeforeCue = "subject-before-cue";
    /// <summary>signatory_of: "les deux ministres": the two most recent people.</summary>
    public const string RecentPair = "recent-pair";
    /// <summary>member_of: a role held in an organization.</summary>
    public const string RoleOrganization = "role-organization";
    /// <summary>party_to, signatory_of, signed_on: the clause of the agreement (no finer kind known).</summary>
    public const string SigningClause = "signing-clause";
    /// <summary>met_with: a meeting, call or visit cue.</summary>
    public const string MeetingCue = "meeting-cue";
}

/// <summary>A typed link between two records, with the sentence that supports it.</summary>
/// <param name="Type">One of <see cref="RelationTypes"/>.</param>
/// <param name="Subject">Id or code of the subject.</param>
/// <param name="Object">Id, code, title or date value of the object.</param>
/// <param name="Evidence">The sentence that supports the relation.</param>
/// <param name="Date">ISO date of the event when stated (met_with), else null.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="Basis">The kind of evidence behind the relation, one of <see cref="RelationBases"/>, or null.</param>
public sealed record Relation(
    [property: JsonProperty("type")] string Type,
    [property: JsonProperty("subject")] string Subject,
    [property: JsonProperty("object")] string Object,
    [property: JsonProperty("evidence")] Mention Evidence,
    [property: JsonProperty("date")] string? Date,
    [property: JsonProperty("confidence")] double Confidence,
    [property: JsonProperty("basis")] string? Basis = null);
