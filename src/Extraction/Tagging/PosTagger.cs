using Extraction.Internal;
using System.Buffers;
using Extraction.Lexicons;
using Extraction.Tokenization;

namespace Extraction.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron part-of-speech tagger (UD UPOS), trained by
/// <c>Extraction.Training train pos</c> and embedded as <c>Resources/Models/pos.bin</c>.
/// </summary>
/// <remarks>The model loads once, lazily; the instance is immutable and thread-safe.</remarks>
internal sealed class PosTagger
{
    /// <summary>Embedded resource path of the model.</summary>
    public const string ResourceName = "Models/pos.bin";

    /// <summary>Model kind written in the file.</summary>
    public const string Kind = "pos";

    private static readonly Lazy<PosTagger> Shared = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly UposTag[] _labelTags;

    public PosTagger(PerceptronModel model, FrenchLexicon lexicon)
    {
        Model = model;
        Lexicon = lexicon;
        _labelTags = new UposTag[model.Labels.Length];
        for (var i = 0; i < _labelTags.Length; i++)
            _labelTags[i] = Enum.TryParse<UposTag>(model.Labels[i], out var tag) && Enum.IsDefined(tag)
                ? tag
                : throw new InvalidDataException($"POS model has unknown label '{model.Labels[i]}'.");
    }

    /// <summary>The embedded tagger, loaded on first use.</summary>
    public static PosTagger Default => Shared.Value;

    /// <summary>The model.</summary>
    public PerceptronModel Model { get; }

    /// <summary>The lexicon used for features.</summary>
    public FrenchLexicon Lexicon { get; }

    /// <summary>Loads the embedded model with the default lexicon.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or does not match the feature code.</exception>
    public static PosTagger Load(string resourceName)
    {
        using var stream = EmbeddedResources.Open(resourceName, out var logical);
        return new PosTagger(PerceptronModel.Read(stream, logical, Kind, PosFeatures.Fingerprint), FrenchLexicon.Default);
    }

    /// <summary>One UPOS tag per token. Tokens are tagged sentence by sentence when sentence bounds are unknown: the whole list is one sequence.</summary>
    public UposTag[] Tag(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Tag(text, tokens, TokenFeatures.Compute(text, tokens, Lexicon));
    }

    /// <summary>
    /// Tags with token infos already computed over <see cref="Lexicon"/> (<see cref="TokenFeatures.Compute(string, IReadOnlyList{Token}, FrenchLexicon)"/>),
    /// so that the entity recognizer can reuse them.
    /// </summary>
    public UposTag[] Tag(string text, IReadOnlyList<Token> tokens, TokenInfo[] infos)
    {
        if (infos.Length != tokens.Count) throw new ArgumentException("One token info per token is required.", nameof(infos));
        var labels = new int[tokens.Count];
        TagSequence(text, tokens, infos, labels);
        var result = new UposTag[labels.Length];
        for (var i = 0; i < labels.Length; i++) result[i] = _labelTags[labels[i]];
        return result;
    }

    /// <summary>Tags a sequence, writing label indices into <paramref name="labels"/>.</summary>
    public void TagSequence(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<TokenInfo> infos, Span<int> labels)
    {
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        var scores = ArrayPool<float>.Shared.Rent(Model.Stride);
        try
        {
            int prev1 = PosFeatures.NoTag, prev2 = PosFeatures.NoTag;
            for (var i = 0; i < infos.Length; i++)
            {
                var label = SingleTag(tokens[i].Slice(text));
                if (label < 0)
                {
                    var n = PosFeatures.Extract(infos, i, prev1, prev2, features);
                    // A buffer of Stride floats takes the model's vector path; the padding lanes stay zero and are not read.
                    var span = scores.AsSpan(0, Model.Stride);
                    Model.Score(features[..n], span);
                    label = ArgMax(span[..Model.Labels.Length]);
                }
                labels[i] = label;
                prev2 = prev1;
                prev1 = label;
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The label of a frequent unambiguous word, or -1.</summary>
    public int SingleTag(ReadOnlySpan<char> word)
    {
        if (word.Length > 32) return -1;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        return Model.SingleTagLookup.TryGetValue(lower, out var label) ? label : -1;
    }

    /// <summary>Index of the highest score; ties go to the lowest index.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }
}
