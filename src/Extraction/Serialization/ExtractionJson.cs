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

    /// <summary>The result as JSON text.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="indented">Indented (default) or on one line (for JSON Lines).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ExtractionResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonConvert.SerializeObject(result, indented ? Settings : CompactSettings);
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
