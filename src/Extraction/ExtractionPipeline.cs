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
        return ExtractionResult.Empty(referenceDate?.ToString());
    }
}
