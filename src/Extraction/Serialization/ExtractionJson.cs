using System.Globalization;
using System.Text;
using Extraction.Records;
using Newtonsoft.Json;

namespace Extraction.Serialization;

/// <summary>Serializes results to the JSON contract of SCHEMA.md (camelCase, nulls kept, UTF-8 without BOM).</summary>
/// <remarks>
/// The text is exactly what <c>JsonConvert.SerializeObject</c> writes from the records' attributes (with a camelCase
/// contract resolver and nulls included), but written field by field with a <see cref="JsonTextWriter"/>: no
/// reflection or contract building, which cost a cold start about 60 ms. Thread-safe: no shared state.
/// </remarks>
public static class ExtractionJson
{
    /// <summary>The result as JSON text.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="indented">Indented (default) or on one line (for JSON Lines).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ExtractionResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder(256);
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture)) Serialize(result, writer, indented);
        return text.ToString();
    }

    /// <summary>Writes the result as JSON to <paramref name="writer"/>, the same text <see cref="Serialize(ExtractionResult, bool)"/> returns, without building it as a string.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="writer">Where the JSON goes; left open and not flushed.</param>
    /// <param name="indented">Indented (default) or on one line (for JSON Lines).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="writer"/> is null.</exception>
    public static void Serialize(ExtractionResult result, TextWriter writer, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        using var json = JsonWriter(writer, indented);
        RecordJsonWriter.Write(json, result);
    }

    /// <summary>The result as UTF-8 bytes without a byte-order mark.</summary>
    public static byte[] SerializeToUtf8(ExtractionResult result, bool indented = true) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Serialize(result, indented));

    /// <summary>A <see cref="TextAnalysis"/> as JSON text (tokens, sentences, entities; camelCase like the records).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Indented (default) or on one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Serialize(TextAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = new StringBuilder(256);
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var json = JsonWriter(writer, indented))
            RecordJsonWriter.Write(json, analysis);
        return text.ToString();
    }

    // The writer JsonConvert.SerializeObject sets up (two-space indent, default escaping and float handling).
    private static JsonTextWriter JsonWriter(TextWriter writer, bool indented) =>
        new(writer) { Formatting = indented ? Formatting.Indented : Formatting.None, CloseOutput = false };
}
