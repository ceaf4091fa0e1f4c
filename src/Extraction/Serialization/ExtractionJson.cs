using System.Text;
using Extraction.Records;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Extraction.Serialization;

/// <summary>Serializes results to the JSON contract of SCHEMA.md (camelCase, nulls kept, UTF-8 without BOM).</summary>
/// <remarks>Thread-safe: the settings are built once and never changed.</remarks>
public static class ExtractionJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        NullValueHandling = NullValueHandling.Include,
        Formatting = Formatting.Indented,
        FloatFormatHandling = FloatFormatHandling.String,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    };

    private static readonly JsonSerializerSettings CompactSettings = new()
    {
        ContractResolver = Settings.ContractResolver,
        NullValueHandling = NullValueHandling.Include,
        Formatting = Formatting.None,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    };

    // JsonSerializer is safe to share across threads once configured; built once instead of per call.
    private static readonly JsonSerializer IndentedSerializer = JsonSerializer.Create(Settings);
    private static readonly JsonSerializer CompactSerializer = JsonSerializer.Create(CompactSettings);

    /// <summary>The result as JSON text.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="indented">Indented (default) or on one line (for JSON Lines).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ExtractionResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonConvert.SerializeObject(result, indented ? Settings : CompactSettings);
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
        var serializer = indented ? IndentedSerializer : CompactSerializer;
        // Same writer set-up as JsonConvert.SerializeObject, so the text is identical to Serialize's.
        using var json = new JsonTextWriter(writer) { Formatting = serializer.Formatting, CloseOutput = false };
        serializer.Serialize(json, result);
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
        return JsonConvert.SerializeObject(analysis, indented ? Settings : CompactSettings);
    }
}
