using Extraction.Rendering;
using Extraction.Serialization;

namespace Extraction.Sample;

/// <summary>
/// Start-up work done beside the first document rather than before it: on a thread-pool thread, a short text of
/// our own goes through the extractor and the chosen renderer into nothing. The first real document then finds the
/// JSON serializer's contracts and property accessors built (about 50 ms the first time, all reflection and code
/// generation) and much of the pipeline already compiled, so a one-file run uses both cores instead of one.
/// </summary>
internal static class WarmUp
{
    /// <summary>Invented names and facts, covering people, roles, countries, an organization, a date and an agreement.</summary>
    private const string Text =
        "Le ministre des Affaires étrangères du Portugal, Martim Quaresmo, a rencontré lundi 4 mars 2024 à Genève " +
        "son homologue chilien, Ignacio Berrocal. Les deux pays ont signé un accord de coopération avec l'Organisation " +
        "mondiale de la santé.";

    /// <summary>Starts the warm-up; it never fails the run (an error here would show again, in place, on a real document).</summary>
    public static void Start(OutputFormat format) => _ = Task.Run(() =>
    {
        try
        {
            var result = FrenchNewsExtractor.Shared.Extract(Text);
            switch (format)
            {
                case OutputFormat.Json:
                case OutputFormat.Jsonl:
                    ExtractionJson.Serialize(result, TextWriter.Null, indented: format == OutputFormat.Json);
                    break;
                case OutputFormat.Html:
                    _ = HtmlReport.Render(Text, result, "warm-up");
                    break;
                case OutputFormat.Table:
                    _ = TableReport.Render(result, "warm-up");
                    break;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing to report: the same failure, if real, is reported on the document that meets it.
        }
    });
}
