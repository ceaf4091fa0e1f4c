using Extraction.Text;

namespace Extraction.Tagging;

/// <summary>Named-entity types produced by the entity recognizer.</summary>
public enum EntityType : byte
{
    /// <summary>A person.</summary>
    PER,
    /// <summary>A location (country, city, region, geographic feature).</summary>
    LOC,
    /// <summary>An organization (institution, company, party, team…).</summary>
    ORG,
    /// <summary>Other named entity (not produced by the shipped model: its training data has no such type).</summary>
    MISC,
}

/// <summary>An entity mention found by the recognizer.</summary>
/// <param name="Span">Characters covered, from the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Score">Confidence in [0, 1]: mean probability of the chosen labels under a softmax of the model scores.</param>
internal readonly record struct EntitySpan(TextSpan Span, int FirstToken, int EndToken, EntityType Type, float Score);
