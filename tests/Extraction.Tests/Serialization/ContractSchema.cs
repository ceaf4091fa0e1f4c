using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Tests.Support;
using Json.Schema;

namespace Extraction.Tests.Serialization;

/// <summary>
/// docs/extraction.schema.json, built once. <see cref="Published"/> is the file as users get it (forward compatible:
/// fields may be added); <see cref="Strict"/> is the same schema with every described object closed
/// (<c>unevaluatedProperties: false</c>), so the tests also catch an output field the schema does not describe.
/// </summary>
internal static class ContractSchema
{
    public static string SchemaPath => Path.Combine(RepoPaths.Root, "docs", "extraction.schema.json");

    private static readonly Lazy<(JsonSchema Published, JsonSchema Strict)> Schemas = new(Build);

    public static JsonSchema Published => Schemas.Value.Published;

    public static JsonSchema Strict => Schemas.Value.Strict;

    /// <summary>The schema's verdict on <paramref name="json"/>: null when valid, else the failing locations and messages.</summary>
    public static string? Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return null;
        var messages = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        return string.Join("\n", messages.Take(20));
    }

    private static (JsonSchema, JsonSchema) Build()
    {
        var text = File.ReadAllText(SchemaPath);
        // Each schema in its own registry: the two share an $id.
        var published = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var strict = JsonNode.Parse(text)!;
        Close(strict);
        var strictSchema = JsonSchema.FromText(strict.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return (published, strictSchema);
    }

    private static void Close(JsonNode node)
    {
        switch (node)
        {
            case JsonObject schema:
                // Only object schemas that list their properties; the if/then branches of a relation add none of their own.
                if (schema["properties"] is JsonObject && schema["type"]?.GetValue<string>() == "object")
                    schema["unevaluatedProperties"] = false;
                foreach (var (_, child) in schema.ToList())
                    if (child is not null) Close(child);
                break;
            case JsonArray array:
                foreach (var child in array)
                    if (child is not null) Close(child);
                break;
        }
    }
}
