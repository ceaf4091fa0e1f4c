using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tagging;

/// <summary>
/// Greedy averaged-perceptron named-entity recognizer with BILOU labels (PER, LOC, ORG), trained by
/// <c>Extraction.Training train ner</c> and embedded as <c>Resources/Models/ner.bin</c>. Decoding only allows
/// well-formed BILOU sequences, so every entity it returns is complete.
/// </summary>
/// <remarks>The model loads once, lazily; the instance is immutable and thread-safe.</remarks>
internal sealed class EntityRecognizer
{
    /// <summary>Embedded resource path of the model.</summary>
    public const string ResourceName = "Models/ner.bin";

    /// <summary>Model kind written in the file.</summary>
    public const string Kind = "ner";

    /// <summary>The entity types the shipped model knows, in label order.</summary>
    public static readonly EntityType[] Types = [EntityType.PER, EntityType.LOC, EntityType.ORG];

    private static readonly Lazy<EntityRecognizer> Shared = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly BilouLabel[] _labels;

    public EntityRecognizer(PerceptronModel model, FrenchLexicon lexicon, PlaceGazetteer places)
    {
        Model = model;
        Lexicon = lexicon;
        Places = places;
        _labels = new BilouLabel[model.Labels.Length];
        for (var i = 0; i < _labels.Length; i++) _labels[i] = BilouLabel.Parse(model.Labels[i]);
    }

    /// <summary>The embedded recognizer, loaded on first use.</summary>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>The model.</summary>
    public PerceptronModel Model { get; }

    /// <summary>The word lexicon (features).</summary>
    public FrenchLexicon Lexicon { get; }

    /// <summary>The place gazetteer (features).</summary>
    public PlaceGazetteer Places { get; }

    /// <summary>Label names for a type list: O, then B-, I-, L-, U- of each type.</summary>
    public static string[] LabelNames(IEnumerable<EntityType> types)
    {
        var labels = new List<string> { "O" };
        foreach (var type in types)
            foreach (var prefix in "BILU")
                labels.Add($"{prefix}-{type}");
        return [.. labels];
    }

    /// <summary>Loads the embedded model.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or does not match the feature code.</exception>
    public static EntityRecognizer Load(string resourceName)
    {
        using var stream = EmbeddedResources.Open(resourceName, out var logical);
        return new EntityRecognizer(PerceptronModel.Read(stream, logical, Kind, NerFeatures.Fingerprint), FrenchLexicon.Default, PlaceGazetteer.Default);
    }

    /// <summary>Finds entity mentions, sentence by sentence, in text order.</summary>
    public EntitySpan[] Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, UposTag[] tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Length != tokens.Count) throw new ArgumentException("One tag per token is required.", nameof(tags));
        var infos = TokenFeatures.Compute(text, tokens, Lexicon);
        var gazetteer = new byte[tokens.Count];
        var labels = new int[tokens.Count];
        var probabilities = new float[tokens.Count];
        var result = new List<EntitySpan>();
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken, end = sentence.EndToken;
            if (end <= first) continue;
            Places.Match(text, tokens, first, end, gazetteer.AsSpan(first, end - first));
            Decode(infos.AsSpan(first, end - first), tags.AsSpan(first, end - first), gazetteer.AsSpan(first, end - first),
                labels.AsSpan(first, end - first), probabilities.AsSpan(first, end - first));
            Collect(tokens, first, end, labels, probabilities, result);
        }
        return [.. result];
    }

    /// <summary>Greedy decoding restricted to valid BILOU transitions; writes labels and their probabilities.</summary>
    public void Decode(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UposTag> tags, ReadOnlySpan<byte> gazetteer, Span<int> labels, Span<float> probabilities)
    {
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Model.Labels.Length];
        int prev1 = NerFeatures.NoLabel, prev2 = NerFeatures.NoLabel;
        for (var i = 0; i < infos.Length; i++)
        {
            var n = NerFeatures.Extract(infos, tags, gazetteer, i, prev1, prev2, features);
            Model.Score(features[..n], scores);
            var last = i == infos.Length - 1;
            var best = -1;
            for (var c = 0; c < scores.Length; c++)
                if (IsAllowed(prev1, c, last) && (best < 0 || scores[c] > scores[best])) best = c;
            // Softmax probability of the chosen label among the allowed ones.
            double sum = 0;
            for (var c = 0; c < scores.Length; c++)
                if (IsAllowed(prev1, c, last)) sum += Math.Exp(scores[c] - scores[best]);
            labels[i] = best;
            probabilities[i] = (float)(1 / sum);
            prev2 = prev1;
            prev1 = best;
        }
    }

    /// <summary>True when label <paramref name="next"/> may follow <paramref name="previous"/> in BILOU.</summary>
    public bool IsAllowed(int previous, int next, bool isLast)
    {
        var n = _labels[next];
        if (isLast && n.Prefix is 'B' or 'I') return false;
        var open = previous >= 0 && _labels[previous].Prefix is 'B' or 'I';
        if (!open) return n.Prefix is 'O' or 'B' or 'U';
        return n.Prefix is 'I' or 'L' && n.Type == _labels[previous].Type;
    }

    private void Collect(IReadOnlyList<Token> tokens, int first, int end, int[] labels, float[] probabilities, List<EntitySpan> result)
    {
        var start = -1;
        float total = 0;
        for (var i = first; i < end; i++)
        {
            var label = _labels[labels[i]];
            switch (label.Prefix)
            {
                case 'U':
                    result.Add(new EntitySpan(new TextSpan(tokens[i].Start, tokens[i].End), i, i + 1, label.Type, probabilities[i]));
                    break;
                case 'B':
                    start = i;
                    total = probabilities[i];
                    break;
                case 'I':
                    total += probabilities[i];
                    break;
                case 'L' when start >= 0:
                    total += probabilities[i];
                    result.Add(new EntitySpan(new TextSpan(tokens[start].Start, tokens[i].End), start, i + 1, label.Type, total / (i + 1 - start)));
                    start = -1;
                    break;
            }
        }
    }
}

/// <summary>A BILOU label: prefix (B, I, L, U or O) and entity type.</summary>
internal readonly record struct BilouLabel(char Prefix, EntityType Type)
{
    /// <summary>Parses "O", "B-PER", "U-LOC"…</summary>
    /// <exception cref="InvalidDataException">Not a BILOU label.</exception>
    public static BilouLabel Parse(string label)
    {
        if (label == "O") return new BilouLabel('O', EntityType.MISC);
        if (label.Length > 2 && label[1] == '-' && "BILU".Contains(label[0]) && Enum.TryParse<EntityType>(label[2..], out var type))
            return new BilouLabel(label[0], type);
        throw new InvalidDataException($"NER model has unknown label '{label}'.");
    }
}
