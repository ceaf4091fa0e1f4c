using Extraction.Records;
using Extraction.Relations;
using Extraction.Temporal;
using Extraction.Text;

namespace Extraction;

/// <summary>
/// Reads French news text and returns the people, roles, countries, organizations, dates and agreements it names,
/// each with the spans of text that support it.
/// </summary>
/// <remarks>
/// Create one instance (or use <see cref="Shared"/>) and reuse it: it holds no per-call state, its models and
/// lexicons are loaded once and shared read-only, and <see cref="Extract"/> is safe to call from many threads.
/// Output is deterministic: the same input and options always give the same result.
/// </remarks>
public sealed partial class FrenchNewsExtractor
{
    private static readonly Lazy<FrenchNewsExtractor> SharedInstance = new(() => new FrenchNewsExtractor(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ExtractionPipeline _pipeline;
    private readonly IConfidenceModel _confidence;

    /// <summary>Creates an extractor over the embedded French models and lexicons.</summary>
    public FrenchNewsExtractor()
        : this(ExtractionResources.Default)
    {
    }

    /// <summary>Creates an extractor over the given resources (tests build one over tiny tables).</summary>
    internal FrenchNewsExtractor(ExtractionResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _pipeline = new ExtractionPipeline(resources);
        _confidence = resources.Confidence;
    }

    /// <summary>A process-wide instance, created on first use.</summary>
    public static FrenchNewsExtractor Shared => SharedInstance.Value;

    /// <summary>Extracts records from one document.</summary>
    /// <param name="text">The article. A leading <c>date YYYY-MM[-DD]</c> header line gives its publication date.</param>
    /// <param name="options">Reference date and limits; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The extracted records; offsets refer to <paramref name="text"/> as given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="ExtractionOptions.MaxInputLength"/>.</exception>
    public ExtractionResult Extract(string text, ExtractionOptions? options = null) => ExtractWith(text, options, _confidence);

    /// <summary><see cref="Extract(string, ExtractionOptions?)"/> with another confidence model (the calibrator's).</summary>
    internal ExtractionResult ExtractWith(string text, ExtractionOptions? options, IConfidenceModel model)
    {
        options = Validate(text, options);
        var source = SourceText.Read(text);
        PartialDate? referenceDate = options.ReferenceDate ?? source.HeaderDate;
        if (IsBlank(source))
            return ExtractionResult.Empty(referenceDate?.ToString());
        return ConfidenceFilter.Apply(_pipeline.Run(source, referenceDate, model), options.MinConfidence);
    }

    /// <summary>
    /// The linguistic layer the records are built on: tokens with their part-of-speech tags, sentences, and the
    /// person, location and organization mentions found by the built-in statistical recognizer (which, unlike
    /// <see cref="Extract"/>, keeps every mention it finds, with its score, and resolves nothing).
    /// </summary>
    /// <param name="text">The article. A leading <c>date YYYY-MM[-DD]</c> header line is skipped, as in <see cref="Extract"/>.</param>
    /// <param name="options">Only <see cref="ExtractionOptions.MaxInputLength"/> applies; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The analysis; offsets refer to <paramref name="text"/> as given. Empty for blank input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="ExtractionOptions.MaxInputLength"/>.</exception>
    public TextAnalysis Analyze(string text, ExtractionOptions? options = null)
    {
        Validate(text, options);
        var source = SourceText.Read(text);
        if (IsBlank(source))
            return TextAnalysis.Empty;
        return _pipeline.Analyze(source);
    }

    private static bool IsBlank(SourceText source) =>
        source.Body.IsEmpty || source.Text.AsSpan(source.Body.Start, source.Body.Length).IsWhiteSpace();

    private static ExtractionOptions Validate(string text, ExtractionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        if (options.MaxInputLength < 0)
            throw new ArgumentException("MaxInputLength must not be negative.", nameof(options));
        if (!(options.MinConfidence is >= 0 and <= 1))
            throw new ArgumentException("MinConfidence must be in [0, 1].", nameof(options));
        if (text.Length > options.MaxInputLength)
            throw new ArgumentException(
                $"Input is {text.Length:N0} characters long, over the limit of {options.MaxInputLength:N0} (ExtractionOptions.MaxInputLength).",
                nameof(text));
        return options;
    }
}
