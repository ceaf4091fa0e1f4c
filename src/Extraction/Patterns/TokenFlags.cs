namespace Extraction.Patterns;

/// <summary>
/// Per-token facts a pattern can test, computed once per document by <see cref="PatternDocument"/> and stored as one
/// bit mask per token, so that a predicate is a mask test and matching allocates nothing per token.
/// </summary>
[Flags]
internal enum TokenFlags : ulong
{
    /// <summary>No fact.</summary>
    None = 0,
    /// <summary>A word token (pattern keyword <c>Word</c>).</summary>
    Word = 1 << 0,
    /// <summary>A punctuation token (<c>Punct</c>).</summary>
    Punct = 1 << 1,
    /// <summary>Starts with an uppercase letter (<c>Cap</c>).</summary>
    Cap = 1 << 2,
    /// <summary>At least two letters and no lowercase letter, "NGUESSO" (<c>ALLCAPS</c>).</summary>
    AllCaps = 1 << 3,
    /// <summary>At least one letter and no lowercase letter, "VI", "I" (<c>Upper</c>).</summary>
    Upper = 1 << 4,
    /// <summary>Starts with a lowercase letter (<c>Lower</c>).</summary>
    Lower = 1 << 5,
    /// <summary>An initial: one uppercase letter and a period, "W." (<c>Initial</c>).</summary>
    Initial = 1 << 6,
    /// <summary>An elided article or pronoun, "l'" (<c>Elision</c>).</summary>
    Elision = 1 << 7,
    /// <summary>A number token (<c>Number</c>).</summary>
    Number = 1 << 8,
    /// <summary>Inside any country reference (<c>Country</c>).</summary>
    Country = 1 << 9,
    /// <summary>Inside a country named by one of its names (<c>CountryName</c>).</summary>
    CountryName = 1 << 10,
    /// <summary>Inside a demonym or nationality adjective (<c>Demonym</c>).</summary>
    Demonym = 1 << 11,
    /// <summary>Inside a capital standing for its country (<c>Capital</c>).</summary>
    Capital = 1 << 12,
    /// <summary>Inside an organization reference (<c>Org</c>).</summary>
    Organization = 1 << 13,
    /// <summary>Inside a date expression (<c>InDate</c>).</summary>
    Date = 1 << 14,
    /// <summary>Inside a person name of the caller's name layer (<c>InName</c>).</summary>
    PersonName = 1 << 15,
    /// <summary>A role head of the lexicon starts here, "ministre", "chef de l'État" (<c>RoleHead</c>).</summary>
    RoleHead = 1 << 16,
    /// <summary>An instrument noun of the lexicon starts here, "accord", "mémorandum d'entente" (<c>Instrument</c>).</summary>
    Instrument = 1 << 17,
    /// <summary>An honorific as written, "M.", "Mme" (<c>Honorific</c>).</summary>
    Honorific = 1 << 18,
    /// <summary>A name particle, "von", "da", "ould" (<c>Particle</c>).</summary>
    Particle = 1 << 19,
    /// <summary>A noun that heads the name of a place or body, "aéroport", "université" (<c>NonPersonHead</c>).</summary>
    NonPersonHead = 1 << 20,
    /// <summary>Inside a mention of a person of the people layer (<c>InPerson</c>).</summary>
    InPerson = 1 << 21,
    /// <summary>The first token of a mention of a person of the people layer (<c>PersonStart</c>).</summary>
    PersonStart = 1 << 22,
    /// <summary>Inside a role phrase of the role layer (<c>InRole</c>).</summary>
    InRole = 1 << 23,
    /// <summary>The first token of a role phrase of the role layer (<c>RoleStart</c>).</summary>
    RoleStart = 1 << 24,
    /// <summary>The last token of a mention of a person of the people layer (<c>PersonEnd</c>).</summary>
    PersonEnd = 1 << 25,
    /// <summary>Inside an instrument mention of the agreement layer (<c>InAgreement</c>).</summary>
    InAgreement = 1 << 29,
    /// <summary>A cue word of the lexicon that tells a signing, "signé", "paraphé" (<c>Signing</c>).</summary>
    Signing = 1 << 30,

    /// <summary>
    /// The span layers a later stage knows (people, roles, instruments) and the caller's name layer: they are not
    /// cached facts of the token but come with the document view (<see cref="PatternDocument.WithLayers"/>).
    /// </summary>
    Layers = PersonName | InPerson | PersonStart | PersonEnd | InRole | RoleStart | InAgreement,

    /// <summary>The flags that need a lexicon lookup per token; <see cref="PatternDocument"/> looks up only those a predicate tests.</summary>
    Lookups = RoleHead | Instrument | Honorific | Particle | NonPersonHead | Signing,

    /// <summary>
    /// One bit per lookup flag, 32 bits above it, set once that lookup is done for the token (whatever its answer),
    /// so that each is done at most once per token and document.
    /// </summary>
    Looked = (ulong)Lookups << 32,

    /// <summary>Set once the flags that need no lookup are computed for the token (<see cref="PatternDocument.FlagsAt(int)"/>).</summary>
    Computed = 1u << 31,
}
