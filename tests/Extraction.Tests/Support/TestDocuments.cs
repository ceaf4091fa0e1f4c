using Extraction.Document;
using Extraction.Temporal;
using Extraction.Text;

namespace Extraction.Tests.Support;

/// <summary>
/// The one way tests build a document: a text run through the real pipeline's stages (<see cref="ExtractionPipeline.Stages"/>)
/// up to a given one, so that a pass is tested on exactly the layers it reads in production.
/// </summary>
internal static class TestDocuments
{
    private static readonly Lazy<ExtractionPipeline> SharedPipeline = new(() => new ExtractionPipeline(ExtractionResources.Default));

    /// <summary>The pipeline over the embedded resources, built once for every test.</summary>
    public static ExtractionPipeline Pipeline => SharedPipeline.Value;

    /// <summary>
    /// <paramref name="text"/> (a leading "date" header gives its reference date) with the stages up to
    /// <paramref name="lastStage"/> (one of <see cref="StageNames"/>) run.
    /// </summary>
    public static ExtractionDocument Through(string text, string lastStage)
    {
        var source = SourceText.Read(text);
        return Pipeline.RunThrough(source, source.HeaderDate, lastStage);
    }

    /// <summary><see cref="Through"/> with a given reference date, whatever the header says.</summary>
    public static ExtractionDocument Through(string text, string lastStage, PartialDate? referenceDate) =>
        Pipeline.RunThrough(SourceText.Read(text), referenceDate, lastStage);
}
