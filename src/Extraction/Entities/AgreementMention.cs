using Extraction.Lexicons;

namespace Extraction.Entities;

/// <summary>A mention of a written instrument ("un accord de coopération militaire", "cet accord", "le texte").</summary>
/// <param name="FirstToken">First token of the designation (after the determiner).</param>
/// <param name="EndToken">One past the last token of the designation.</param>
/// <param name="Noun">The head entry; null for a generic anaphor ("le texte").</param>
/// <param name="Designation">The designation as written, without determiner or number.</param>
/// <param name="Anaphoric">True for "cet accord", "ce texte", a bare "l'accord": it refers to an earlier instrument.</param>
/// <param name="Status">What the surrounding words say happened to it.</param>
/// <param name="CueToken">Index of the cue word (signé, conclu...), or -1.</param>
/// <param name="Definite">True after "le", "la", "l'", "ce", "cet", "cette".</param>
/// <param name="SetSize">For a plural designation of several instruments ("vingt-sept accords, mémorandums et programmes"), the count
/// the text gives (0 when it gives none); null for one instrument.</param>
/// <param name="StatusSource">Where <paramref name="Status"/> comes from: a cue of the mention's own, the lead of the dash list it is an
/// item of, or the counted set it is named as a member of.</param>
/// <param name="ListItem">True for an item of a dash list whose lead tells a signing or a conclusion ("ont été signés : - un
/// accord…, par X et Y ;"): its signatories are in its item.</param>
internal sealed record AgreementMention(
    int FirstToken,
    int EndToken,
    AgreementNoun? Noun,
    string Designation,
    bool Anaphoric,
    AgreementStatus Status,
    int CueToken,
    bool Definite,
    int? SetSize = null,
    AgreementStatusSource StatusSource = AgreementStatusSource.Cue,
    bool ListItem = false)
{
    public string Family => Noun?.Family ?? "";
}

/// <summary>Where an instrument mention's status comes from (the evidence kind of an agreement, with its status).</summary>
internal enum AgreementStatusSource
{
    /// <summary>A cue word the mention owns ("signé", "la signature de", "négocie"), or none (mentioned).</summary>
    Cue,
    /// <summary>The lead of the dash list the mention is an item of ("ont été signés : - un accord…").</summary>
    ListLead,
    /// <summary>The counted set the mention is named a member of ("N accords ont été conclus, dont un accord sur…").</summary>
    SetMember,
}
