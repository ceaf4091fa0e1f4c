using Extraction.Tagging;
using Extraction.Tokenization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Extraction.Records;

/// <summary>
/// The linguistic layer under the extracted records: every token with its part of speech, the sentences, and the
/// named-entity mentions the statistical recognizer finds (<see cref="FrenchNewsExtractor.Analyze"/>).
/// </summary>
/// <param name="Tokens">Tokens in text order (the article body; a leading <c>date</c> header line is skipped).</param>
/// <param name="Sentences">Sentences in text order; each names the range of <paramref name="Tokens"/> it covers.</param>
/// <param name="Entities">Entity mentions (PER, LOC, ORG) in text order; they never overlap.</param>
public sealed record TextAnalysis(
    [property: JsonProperty("tokens")] IReadOnlyList<AnalyzedToken> Tokens,
    [property: JsonProperty("sentences")] IReadOnlyList<Sentence> Sentences,
    [property: JsonProperty("entities")] IReadOnlyList<EntityMention> Entities)
{
    /// <summary>An analysis with nothing in it (empty or blank input).</summary>
    public static TextAnalysis Empty { get; } = new([], [], []);
}

/// <summary>A token and its Universal Dependencies part-of-speech tag.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit.</param>
/// <param name="Text">The token, exactly as in the input.</param>
/// <param name="Kind">What the tokenizer recognized (word, elision, number, punctuation…).</param>
/// <param name="Pos">The UPOS tag from the built-in tagger. A contraction such as "du" or "au" is one token tagged <see cref="UposTag.ADP"/>.</param>
public sealed record AnalyzedToken(
    [property: JsonProperty("start")] int Start,
    [property: JsonProperty("end")] int End,
    [property: JsonProperty("text")] string Text,
    [property: JsonProperty("kind"), JsonConverter(typeof(StringEnumConverter))] TokenKind Kind,
    [property: JsonProperty("pos"), JsonConverter(typeof(StringEnumConverter))] UposTag Pos);

/// <summary>A named entity found by the statistical recognizer.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit.</param>
/// <param name="Text">The mention, exactly as in the input.</param>
/// <param name="Type">Person, location or organization.</param>
/// <param name="Score">Confidence in [0, 1]: the mean probability of the labels the recognizer chose for its tokens.</param>
/// <param name="FirstToken">Index of the first token in <see cref="TextAnalysis.Tokens"/>.</param>
/// <param name="EndToken">Index one past the last token.</param>
public sealed record EntityMention(
    [property: JsonProperty("start")] int Start,
    [property: JsonProperty("end")] int End,
    [property: JsonProperty("text")] string Text,
    [property: JsonProperty("type"), JsonConverter(typeof(StringEnumConverter))] EntityType Type,
    [property: JsonProperty("score")] double Score,
    [property: JsonProperty("firstToken")] int FirstToken,
    [property: JsonProperty("endToken")] int EndToken);
