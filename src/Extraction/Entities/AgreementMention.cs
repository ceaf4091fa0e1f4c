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
internal sealed record AgreementMention(
    int FirstToken,
    int EndToken,
    AgreementNoun? Noun,
    string Designation,
    bool Anaphoric,
    AgreementStatus Status,
    int CueToken,
    bool Definite,
    int? SetSize = null)
{
    public string Family => Noun?.Family ?? "";
}
