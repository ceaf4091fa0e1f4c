namespace Extraction.Patterns;

/// <summary>
/// What a pattern's match stands for: the <c>produces</c> column of a patterns file, written in kebab-case
/// (<c>name-prefix</c>). The stage that loads a file decides what to do with each kind.
/// </summary>
internal enum PatternKind
{
    /// <summary>Words before a name that are not part of it and show it is a person's ("M.", "Son Excellence").</summary>
    NamePrefix,
    /// <summary>Where a name run stops or what lies outside it (particles, regnal numerals, initials).</summary>
    NameBoundary,
    /// <summary>A context where a capitalized run is not a person: caption, byline or credit.</summary>
    NotName,
    /// <summary>A role phrase ("le ministre des Affaires étrangères").</summary>
    Role,
    /// <summary>A name and a role side by side ("X, ministre de …", "le ministre X").</summary>
    AppositionLink,
    /// <summary>An instrument designation ("l'accord de libre-échange").</summary>
    Instrument,
    /// <summary>Where an instrument designation runs on or stops ("portant sur…", "relatif à…", "de défense et de…").</summary>
    InstrumentBoundary,
    /// <summary>Words next to an instrument that tell what happened to it ("la fin de l'accord").</summary>
    InstrumentStatus,
    /// <summary>The parties of an instrument ("entre X et Y").</summary>
    PartyList,
    /// <summary>The signatories of an instrument ("signé par X et Y").</summary>
    SignatoryList,
    /// <summary>A preposition or article context that weighs the evidence of a name ("à X", "le X").</summary>
    NameContext,
    /// <summary>A part of a role phrase read after its head: a qualifier, a nationality list, a complement's opening.</summary>
    RolePart,
    /// <summary>A country stated next to a person's name or role ("le roi X d'Espagne", "de Chine, M. X").</summary>
    StatedCountry,
}
