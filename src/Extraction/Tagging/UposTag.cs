namespace Extraction.Tagging;

/// <summary>The 17 Universal Dependencies v2 part-of-speech tags.</summary>
public enum UposTag : byte
{
    /// <summary>Adjective.</summary>
    ADJ,
    /// <summary>Adposition (preposition; also the fused "du", "au", "des", "aux" when they stand for "de le"…).</summary>
    ADP,
    /// <summary>Adverb.</summary>
    ADV,
    /// <summary>Auxiliary verb.</summary>
    AUX,
    /// <summary>Coordinating conjunction.</summary>
    CCONJ,
    /// <summary>Determiner.</summary>
    DET,
    /// <summary>Interjection.</summary>
    INTJ,
    /// <summary>Common noun.</summary>
    NOUN,
    /// <summary>Numeral.</summary>
    NUM,
    /// <summary>Particle.</summary>
    PART,
    /// <summary>Pronoun.</summary>
    PRON,
    /// <summary>Proper noun.</summary>
    PROPN,
    /// <summary>Punctuation.</summary>
    PUNCT,
    /// <summary>Subordinating conjunction.</summary>
    SCONJ,
    /// <summary>Symbol.</summary>
    SYM,
    /// <summary>Verb.</summary>
    VERB,
    /// <summary>Other.</summary>
    X,
}
