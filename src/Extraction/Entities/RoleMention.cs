using Extraction.Lexicons;

namespace Extraction.Entities;

/// <summary>
/// A role noun phrase in the text ("ministre israélien de la Défense", "son homologue sénégalais",
/// "les présidents sénégalais et togolais").
/// </summary>
/// <param name="FirstToken">First token of the phrase (after any determiner).</param>
/// <param name="EndToken">One past the last token of the phrase.</param>
/// <param name="Head">The head noun entry.</param>
/// <param name="Title">The title without nationality adjective or government complement; null for a bare "homologue".</param>
/// <param name="Countries">Countries named by adjectives or government complements, in text order.</param>
/// <param name="Organization">Organization the role belongs to ("secrétaire général de l'ONU"), or null.</param>
/// <param name="Plural">True for "les ministres", "les deux chefs de la diplomatie".</param>
/// <param name="Homologue">True for "son homologue (X)".</param>
/// <param name="Determiner">The token index of the determiner before the phrase, or -1.</param>
/// <param name="Portfolios">
/// For a head with two or more joined portfolios and nothing else ("ministres de l'Intérieur et de la Défense"), the
/// title of each ("ministres de l'Intérieur", "ministres de la Défense"), which "respectivement" shares out; else empty.
/// </param>
/// <param name="Former">True for a role the person no longer holds ("l'ancien président", "l'ex-ministre").</param>
internal sealed record RoleMention(
    int FirstToken,
    int EndToken,
    RoleHead Head,
    string? Title,
    IReadOnlyList<string> Countries,
    OrganizationRef? Organization,
    bool Plural,
    bool Homologue,
    int Determiner,
    IReadOnlyList<string>? Portfolios = null,
    bool Former = false)
{
    /// <summary>Where the phrase starts with its determiner ("le ministre"): the determiner, else the first token.</summary>
    public int PhraseStart => Determiner >= 0 ? Determiner : FirstToken;

    /// <summary>The formal wording equivalent titles collapse to, when the title is the bare head.</summary>
    public string? FormalTitle => Head.Formal;
}
