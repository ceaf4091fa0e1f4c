namespace Extraction.Entities;

/// <summary>A run of tokens that may name a person ("Benny Gantz", "M. Bourita", "Denis SASSOU NGUESSO").</summary>
/// <param name="FirstToken">First token of the name (honorifics excluded).</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Honorific">Index of an honorific right before the name ("M.", "S.E."), or -1.</param>
/// <param name="Name">The name as it should be written: all-caps parts in normal case.</param>
/// <param name="Keys">Folded, accent-free name parts without particles, for matching mentions of one person.</param>
/// <param name="Evidence">How sure we are that this is a person before any role is attached.</param>
internal sealed record NameMention(int FirstToken, int EndToken, int Honorific, string Name, IReadOnlyList<string> Keys, NameEvidence Evidence)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>Why a run of capitalized tokens is taken for a person's name.</summary>
internal enum NameEvidence
{
    /// <summary>Only capitalization: kept if a role or a stronger mention backs it.</summary>
    Weak,
    /// <summary>Starts with a known first name, or the recognizer tags it PER.</summary>
    Lexical,
    /// <summary>Preceded by an honorific (M., Mme, S.E.).</summary>
    Honorific,
}
