using System.Collections.Frozen;
using Extraction.Entities;
using Extraction.Lexicons;

namespace Extraction.Patterns;

/// <summary>
/// The lexicon entries behind the gazetteer-kind predicates (<c>Honorific</c>, <c>Particle</c>, <c>NonPersonHead</c>, <c>Signing</c>,
/// <c>RoleHead</c>, <c>Instrument</c>), prepared once so that the per-document flags cost a hash lookup per token.
/// </summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
internal sealed class PatternLexicon
{
    /// <param name="lexicon">The entity lexicon the predicates read.</param>
    public PatternLexicon(EntityLexicon lexicon)
    {
        Lexicon = lexicon;
        // Honorifics are case-sensitive ("M." but not "m."); the folded set lets most tokens skip building their surface.
        FoldedHonorifics = lexicon.Honorifics.Select(h => TokenText.Fold(h)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The entity lexicon.</summary>
    public EntityLexicon Lexicon { get; }

    /// <summary>Folded forms of the honorifics, a pre-test before the case-sensitive lookup.</summary>
    public FrozenSet<string> FoldedHonorifics { get; }
}
