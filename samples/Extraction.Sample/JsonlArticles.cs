using System.Globalization;
using Extraction.Temporal;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extraction.Sample;

/// <summary>One article of a JSON Lines input.</summary>
/// <param name="Id">The line's <c>id</c>, or <c>NAME:LINE</c> when it has none.</param>
/// <param name="Text">The article text.</param>
/// <param name="Date">The line's <c>date</c>, if any.</param>
/// <param name="Meta">Every other field of the line, compact JSON of an object, or null when there is none.</param>
/// <param name="Bytes">Size of the line in UTF-8 bytes, for throughput.</param>
internal sealed record JsonlArticle(string Id, string Text, PartialDate? Date, string? Meta, long Bytes);

/// <summary>A line of a JSON Lines input: an article, or why it is not one.</summary>
/// <param name="LineNumber">1-based line number in its input.</param>
/// <param name="Article">The article, or null when the line is malformed.</param>
/// <param name="Error">What is wrong with the line, or null.</param>
internal readonly record struct JsonlLine(long LineNumber, JsonlArticle? Article, string? Error);

/// <summary>
/// Reads JSON Lines articles one line at a time (never the whole input), so memory does not grow with the input.
/// Blank lines are skipped; a line that is not an object with a string <c>text</c> comes back with an error.
/// </summary>
internal static class JsonlArticles
{
    private const string IdField = "id";
    private const string DateField = "date";
    private const string TextField = "text";

    public static IEnumerable<JsonlLine> Read(TextReader reader, string sourceName)
    {
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line, number, sourceName);
        }
    }

    public static JsonlLine Parse(string line, long number, string sourceName)
    {
        JObject item;
        try
        {
            // Dates and numbers in carried-through fields stay exactly as written: no DateTime or double conversion.
            using var json = new JsonTextReader(new StringReader(line))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            if (JToken.ReadFrom(json) is not JObject parsed) return new(number, null, "not a JSON object");
            if (json.Read()) return new(number, null, "more than one JSON value on the line");
            item = parsed;
        }
        catch (JsonReaderException e)
        {
            return new(number, null, "not valid JSON: " + e.Message);
        }

        if (item[TextField] is not { Type: JTokenType.String } text) return new(number, null, "no string \"text\" field");
        string id;
        switch (item[IdField])
        {
            case null or { Type: JTokenType.Null }:
                id = sourceName + ":" + number.ToString(CultureInfo.InvariantCulture);
                break;
            case { Type: JTokenType.String } given:
                id = given.Value<string>()!;
                break;
            default:
                return new(number, null, "\"id\" must be a string");
        }
        PartialDate? date = null;
        switch (item[DateField])
        {
            case null or { Type: JTokenType.Null }:
                break;
            case { Type: JTokenType.String } given when PartialDate.TryParse(given.Value<string>(), out var parsedDate):
                date = parsedDate;
                break;
            default:
                return new(number, null, "\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD");
        }

        item.Remove(IdField);
        item.Remove(DateField);
        item.Remove(TextField);
        var meta = item.Count == 0 ? null : item.ToString(Formatting.None);
        return new(number, new JsonlArticle(id, text.Value<string>()!, date, meta, System.Text.Encoding.UTF8.GetByteCount(line) + 1), null);
    }
}
