using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>The evidence kind of each date, as the confidence model receives it.</summary>
public sealed class DateEvidenceTests
{
    private sealed class Recorder : IConfidenceModel
    {
        public List<(string Field, string Kind)> Items { get; } = [];

        public double Score(string field, string kind, string signal, double fallback)
        {
            Items.Add((field, kind));
            return fallback;
        }
    }

    [Test]
    public void Absolute_anchored_in_the_text_and_relative_dates_are_told_apart()
    {
        var recorder = new Recorder();
        FrenchNewsExtractor.Shared.ExtractWith(" date 2021-03-20 L'accord a été signé le 12 mars 2021. La veille, les ministres s'étaient réunis. Hier, ils ont parlé.",
            null, recorder);
        var kinds = recorder.Items.Where(i => i.Field == ConfidenceFields.Dates).Select(i => i.Kind).ToList();
        Assert.That(kinds, Is.EqualTo(new[] { "absolute", "anchored", "relative" }));
    }
}
