using Extraction.Records;
using Extraction.Temporal;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction;

/// <summary>Runs the stages in order: text -> tokens -> sentences -> tags/entities -> records.</summary>
internal sealed class ExtractionPipeline
{
    public ExtractionResult Run(SourceText source, PartialDate? referenceDate)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(source.Text, source.Body);
        var sentences = SentenceSplitter.Default.Split(source.Text, tokens);
        _ = sentences;
        var dates = TemporalExtractor.Default.Extract(source.Text, source.Body, referenceDate)
            .Select(d => new DateExpression(source.Text[d.Span.Start..d.Span.End], d.Span.Start, d.Span.End,
                d.Value?.ToString(), d.Modifier, d.Value is null ? 0.5 : d.IsAbsolute ? 0.95 : 0.85))
            .ToArray();
        return ExtractionResult.Empty(referenceDate?.ToString()) with { Dates = dates };
    }
}
