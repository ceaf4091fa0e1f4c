using System.Buffers;
using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tagging;

/// <summary>
/// Averaged-perceptron named-entity recognizer with BILOU labels (PER, LOC, ORG), trained by
/// <c>Extraction.Training train ner</c> and embedded as <c>Resources/Models/ner.bin</c>. It decodes each sentence with
/// a beam search (<see cref="BeamWidth"/>) over every label sequence (the greedy sequence when it is provably the beam's
/// answer, see <see cref="TryGreedy"/>), then reads the labels leniently (an ill-formed
/// sequence still gives spans, see <see cref="Collect"/>) and adjusts the spans with gazetteer and cue rules.
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

    public EntityRecognizer(PerceptronModel model, FrenchLexicon lexicon, PlaceGazetteer places, EntityCues cues)
    {
        Model = model;
        Lexicon = lexicon;
        Places = places;
        Cues = cues;
        // Decode packs two labels (plus one) into the bytes of one int.
        if (model.Labels.Length > byte.MaxValue) throw new InvalidDataException($"NER model has {model.Labels.Length} labels; at most {byte.MaxValue} are supported.");
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

    /// <summary>The cue words (features, and the rules that adjust the decoded spans).</summary>
    public EntityCues Cues { get; }

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
        return new EntityRecognizer(PerceptronModel.Read(stream, logical, Kind, NerFeatures.Fingerprint), FrenchLexicon.Default, PlaceGazetteer.Default, EntityCues.Default);
    }

    /// <summary>Finds entity mentions, sentence by sentence, in text order.</summary>
    public EntitySpan[] Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, UposTag[] tags) =>
        Recognize(text, tokens, sentences, tags, null);

    /// <summary>
    /// Finds entity mentions reusing token infos computed over the same lexicon (the POS tagger's), or computing
    /// them when <paramref name="infos"/> is null.
    /// </summary>
    public EntitySpan[] Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, UposTag[] tags, TokenInfo[]? infos)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Length != tokens.Count) throw new ArgumentException("One tag per token is required.", nameof(tags));
        if (infos is not null && infos.Length != tokens.Count) throw new ArgumentException("One token info per token is required.", nameof(infos));
        infos ??= TokenFeatures.Compute(text, tokens, Lexicon);
        var gazetteer = new byte[tokens.Count];
        var cues = new byte[tokens.Count];
        var labels = new int[tokens.Count];
        var probabilities = new float[tokens.Count];
        var result = new List<EntitySpan>();
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken, end = sentence.EndToken;
            if (end <= first) continue;
            Places.Match(text, tokens, first, end, gazetteer.AsSpan(first, end - first));
            Cues.Mark(text, tokens, first, end, cues.AsSpan(first, end - first));
            Decode(infos.AsSpan(first, end - first), tags.AsSpan(first, end - first), gazetteer.AsSpan(first, end - first), cues.AsSpan(first, end - first),
                labels.AsSpan(first, end - first), probabilities.AsSpan(first, end - first));
            var before = result.Count;
            Collect(text, tokens, first, end, labels, probabilities, result);
            MergeAdjacent(text, tokens, result, before);
            ExtendToPlaceNames(tokens, gazetteer, first, end, result, before);
            ApplyCues(text, tokens, gazetteer, first, end, result, before);
            JoinPersonParts(text, tokens, gazetteer, result, before);
            ExtendPersons(text, tokens, gazetteer, first, end, result, before);
            AddOrganizationHeads(text, tokens, first, end, result, before);
            DropTitleStarts(text, tokens, first, result, before);
        }
        return [.. result];
    }

    /// <summary>Beam width of <see cref="Decode"/>.</summary>
    public const int BeamWidth = 4;

    /// <summary>
    /// Beam search (width <see cref="BeamWidth"/>) over label sequences, every label allowed after every other (the
    /// model learned the BILOU order; <see cref="Collect"/> reads what it gets); writes the best sequence's labels and
    /// each label's softmax probability.
    /// </summary>
    public void Decode(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UposTag> tags, ReadOnlySpan<byte> gazetteer, ReadOnlySpan<byte> cues, Span<int> labels, Span<float> probabilities)
    {
        var n = infos.Length;
        var labelCount = Model.Labels.Length;
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        const int w = BeamWidth;
        var stride = Model.Stride;
        // Items of a step that share their last two labels get the same features, scores and exponentials (the model
        // is second order): those are computed once per distinct pair and step, in the slots below. Over news text
        // about half the items repeat an earlier item's pair (long runs of O).
        // Stride-long buffers take the model's vector path (the padding lanes stay zero).
        Span<float> slotScores = stackalloc float[w * stride];
        Span<double> slotExps = stackalloc double[w * labelCount];
        Span<int> slotKeys = stackalloc int[w];
        Span<double> slotSums = stackalloc double[w];
        Span<double> slotLogSums = stackalloc double[w];
        Span<float> slotMaxes = stackalloc float[w];
        Span<double> totals = stackalloc double[w];
        Span<double> nextTotals = stackalloc double[w];
        var step = new BeamStep(stackalloc double[BeamWidth], stackalloc int[BeamWidth], stackalloc int[BeamWidth], stackalloc float[BeamWidth]);
        // Label-independent features are scored once per token, for the whole sentence before the beam runs: that
        // loop carries no dependency from one token to the next, so the weight rows' cache misses of neighbouring
        // tokens overlap. Each beam item then adds only its label features.
        var sentenceScores = ArrayPool<float>.Shared.Rent(n * stride);
        for (var i = 0; i < n; i++)
        {
            var staticCount = NerFeatures.ExtractStatic(infos, tags, gazetteer, cues, i, features);
            Model.Score(features[..staticCount], sentenceScores.AsSpan(i * stride, stride));
        }
        if (TryGreedy(infos, tags, sentenceScores, features, slotScores[..stride], slotExps[..labelCount], labels, probabilities))
        {
            ArrayPool<float>.Shared.Return(sentenceScores);
            return;
        }
        // Beam items are kept as back-pointers (parent item, label, probability) per step, so each step costs
        // O(beam × labels) whatever the sentence length; the best sequence is read back at the end.
        // (Flat, pooled arrays: item k of step i is at i * BeamWidth + k.)
        var parents = ArrayPool<int>.Shared.Rent(n * w);
        var stepLabels = ArrayPool<int>.Shared.Rent(n * w);
        var stepProbs = ArrayPool<float>.Shared.Rent(n * w);
        var size = 1;
        for (var i = 0; i < n; i++)
        {
            step.Kept = 0;
            var staticScores = sentenceScores.AsSpan(i * stride, stride);
            var slots = 0;
            for (var b = 0; b < size; b++)
            {
                // Every candidate of item b totals at most totals[b] (its log-probability step is <= 0, and rounding is
                // monotone), and a candidate enters a full beam only when strictly better than the last kept one.
                // Items come best first, so once one cannot enter, no later one can: skipping them changes nothing.
                if (step.IsClosedTo(totals[b])) break;
                var prev1 = i > 0 ? stepLabels[(i - 1) * w + b] : NerFeatures.NoLabel;
                var prev2 = i > 1 ? stepLabels[(i - 2) * w + parents[(i - 1) * w + b]] : NerFeatures.NoLabel;
                // Labels are below 255 (checked at construction), so the pair fits one int.
                var key = (prev1 + 1) << 8 | (prev2 + 1);
                var slot = 0;
                while (slot < slots && slotKeys[slot] != key) slot++;
                var scores = slotScores.Slice(slot * stride, stride);
                var exps = slotExps.Slice(slot * labelCount, labelCount);
                if (slot == slots)
                {
                    slots++;
                    slotKeys[slot] = key;
                    var count = NerFeatures.ExtractDynamic(infos, tags, i, prev1, prev2, features);
                    Model.Add(features[..count], staticScores, scores);
                    slotSums[slot] = Exponentials(scores[..labelCount], exps, out slotMaxes[slot]);
                    slotLogSums[slot] = Math.Log(slotSums[slot]);
                }
                double sum = slotSums[slot], logSum = slotLogSums[slot];
                var max = slotMaxes[slot];
                for (var c = 0; c < labelCount; c++)
                {
                    var total = totals[b] + (scores[c] - max) - logSum;
                    if (!step.Accepts(total)) continue;
                    // A negligible term's exponential was skipped by Exponentials; the kept candidate needs it.
                    if (exps[c] < 0) exps[c] = Math.Exp(scores[c] - max);
                    step.Offer(total, b, c, exps[c], sum);
                }
            }
            for (var k = 0; k < step.Kept; k++)
            {
                parents[i * w + k] = step.Items[k];
                stepLabels[i * w + k] = step.Labels[k];
                stepProbs[i * w + k] = step.Probabilities[k];
                nextTotals[k] = step.Totals[k];
            }
            var swap = totals;
            totals = nextTotals;
            nextTotals = swap;
            size = step.Kept;
        }
        ArrayPool<float>.Shared.Return(sentenceScores);
        for (int i = n - 1, k = 0; i >= 0; k = parents[i * w + k], i--)
        {
            labels[i] = stepLabels[i * w + k];
            probabilities[i] = stepProbs[i * w + k];
        }
        ArrayPool<int>.Shared.Return(parents);
        ArrayPool<int>.Shared.Return(stepLabels);
        ArrayPool<float>.Shared.Return(stepProbs);
    }

    /// <summary>
    /// The greedy sequence (the best label at each token after the labels chosen before it), written to
    /// <paramref name="labels"/> and <paramref name="probabilities"/> when it is provably what the beam returns; false
    /// (outputs unspecified) otherwise. Proof: a step adds a log-probability of at most 0, so any sequence leaving the
    /// greedy one at token j totals at most the greedy prefix up to j - 1 plus the leaving label's step. When every such
    /// leaving candidate totals strictly less than the whole greedy sequence (which totals at most each of its prefixes),
    /// no beam item ever reaches the greedy prefix of its step: that prefix is the beam's first item at every step and the
    /// beam returns it, with the same totals and probabilities computed the same way. Most news sentences pass, and cost
    /// one scoring per token instead of one per distinct beam history.
    /// </summary>
    private bool TryGreedy(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UposTag> tags, float[] sentenceScores, Span<uint> features,
        Span<float> scores, Span<double> exps, Span<int> labels, Span<float> probabilities)
    {
        var labelCount = Model.Labels.Length;
        var stride = Model.Stride;
        double total = 0, bestLeaving = double.NegativeInfinity;
        for (var i = 0; i < infos.Length; i++)
        {
            var prev1 = i > 0 ? labels[i - 1] : NerFeatures.NoLabel;
            var prev2 = i > 1 ? labels[i - 2] : NerFeatures.NoLabel;
            var count = NerFeatures.ExtractDynamic(infos, tags, i, prev1, prev2, features);
            Model.Add(features[..count], sentenceScores.AsSpan(i * stride, stride), scores);
            var sum = Exponentials(scores[..labelCount], exps, out var max);
            var logSum = Math.Log(sum);
            // the best label (the first at the highest score) and the highest score among the others
            var best = 0;
            for (var c = 1; c < labelCount; c++) if (scores[c] > scores[best]) best = c;
            var second = float.NegativeInfinity;
            for (var c = 0; c < labelCount; c++) if (c != best && scores[c] > second) second = scores[c];
            // the same expressions as the beam's candidates, so the same bits
            bestLeaving = Math.Max(bestLeaving, total + (second - max) - logSum);
            total = total + (scores[best] - max) - logSum;
            labels[i] = best;
            probabilities[i] = (float)(exps[best] / sum);
        }
        return bestLeaving < total;
    }

    /// <summary>
    /// Writes <c>exp(score - max)</c> per label into <paramref name="exps"/> and returns their sum (the softmax
    /// denominator), with <paramref name="max"/> the highest score. A negligible term is not computed: its entry is
    /// -1 (see <see cref="NegligibleExponent"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Exponentials(ReadOnlySpan<float> scores, Span<double> exps, out float max)
    {
        max = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++) if (scores[c] > max) max = scores[c];
        double sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            var exponent = scores[c] - max;
            if (sum >= 1 && exponent < NegligibleExponent)
            {
                exps[c] = -1;
                continue;
            }
            exps[c] = Math.Exp(exponent);
            sum += exps[c];
        }
        return sum;
    }

    /// <summary>
    /// Below this, <c>exp</c> (at most 5.2e-17, within the C library's one-ulp error) is under half an ulp of any sum
    /// of at least 1 (2^-53), so adding it rounds back to the same sum: skipping it gives the same bits. The sum
    /// reaches 1 at the highest score's term (exp(0) = 1); with the perceptron's wide margins about nine terms in
    /// ten are skipped.
    /// </summary>
    private const float NegligibleExponent = -37.5f;

    /// <summary>
    /// The best <see cref="BeamWidth"/> candidates of one decoding step, best first; ties keep the order they were
    /// offered in (item, then label), the order a stable sort by total would give.
    /// </summary>
    private ref struct BeamStep(Span<double> totals, Span<int> items, Span<int> labels, Span<float> probabilities)
    {
        public readonly Span<double> Totals = totals;
        public readonly Span<int> Items = items;
        public readonly Span<int> Labels = labels;
        public readonly Span<float> Probabilities = probabilities;

        /// <summary>Candidates kept so far.</summary>
        public int Kept;

        /// <summary>True when the beam is full and no candidate totalling at most <paramref name="bound"/> can enter it.</summary>
        public readonly bool IsClosedTo(double bound) => Kept == BeamWidth && bound <= Totals[BeamWidth - 1];

        /// <summary>True when <see cref="Offer"/> would keep a candidate of this total (the beam has room, or it beats the last kept one).</summary>
        public readonly bool Accepts(double total) => Kept < BeamWidth || total > Totals[BeamWidth - 1];

        /// <summary>Keeps the candidate (its probability is <c>exp / sum</c>) when it is among the best so far.</summary>
        // Inlined: it runs for every label of every beam item, the decoder's innermost loop.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Offer(double total, int item, int label, double exp, double sum)
        {
            var at = Kept;
            while (at > 0 && total > Totals[at - 1]) at--;
            if (at >= BeamWidth) return;
            // Shift the worse candidates down one place (at most three: plain moves beat four memmove calls).
            for (var k = Math.Min(Kept, BeamWidth - 1); k > at; k--)
            {
                Totals[k] = Totals[k - 1];
                Items[k] = Items[k - 1];
                Labels[k] = Labels[k - 1];
                Probabilities[k] = Probabilities[k - 1];
            }
            Totals[at] = total;
            Items[at] = item;
            Labels[at] = label;
            Probabilities[at] = (float)(exp / sum);
            if (Kept < BeamWidth) Kept++;
        }
    }

    /// <summary>
    /// Turns labels into spans leniently: an entity opens at any entity label that cannot continue the open one and
    /// closes at L, U, O or a change of type, so an ill-formed sequence still yields its most plausible spans.
    /// </summary>
    private void Collect(string text, IReadOnlyList<Token> tokens, int first, int end, int[] labels, float[] probabilities, List<EntitySpan> result)
    {
        var start = -1;
        var type = EntityType.MISC;
        for (var i = first; i < end; i++)
        {
            var label = _labels[labels[i]];
            if (label.Prefix == 'O')
            {
                if (start >= 0) Add(text, tokens, start, i, type, probabilities, result);
                start = -1;
                continue;
            }
            var continues = start >= 0 && label.Type == type && label.Prefix is 'I' or 'L';
            if (!continues)
            {
                if (start >= 0) Add(text, tokens, start, i, type, probabilities, result);
                start = i;
                type = label.Type;
            }
            if (label.Prefix is 'L' or 'U')
            {
                Add(text, tokens, start, i + 1, type, probabilities, result);
                start = -1;
            }
        }
        if (start >= 0) Add(text, tokens, start, end, type, probabilities, result);
    }

    /// <summary>
    /// Widens a LOC entity that lies inside a longer place-gazetteer match to the whole match ("Corée" in "Corée du
    /// Sud"), within the sentence <c>[first, end)</c>.
    /// </summary>
    private static void ExtendToPlaceNames(IReadOnlyList<Token> tokens, byte[] gazetteer, int first, int end, List<EntitySpan> result, int from)
    {
        for (var k = from; k < result.Count; k++)
        {
            var entity = result[k];
            if (entity.Type != EntityType.LOC) continue;
            int start = entity.FirstToken, stop = entity.EndToken;
            var inside = true;
            for (var i = start; i < stop; i++) if (gazetteer[i] == PlaceGazetteer.None) inside = false;
            if (!inside) continue;
            while (start > first && gazetteer[start] is PlaceGazetteer.Inside or PlaceGazetteer.Last) start--;
            while (stop < end && gazetteer[stop - 1] is PlaceGazetteer.Begin or PlaceGazetteer.Inside) stop++;
            if (start == entity.FirstToken && stop == entity.EndToken) continue;
            if ((k > from && result[k - 1].EndToken > start) || (k + 1 < result.Count && result[k + 1].FirstToken < stop)) continue;
            result[k] = entity with { Span = new TextSpan(tokens[start].Start, tokens[stop - 1].End), FirstToken = start, EndToken = stop };
        }
    }

    /// <summary>
    /// Widens and retypes entities by the cue words of <see cref="EntityCues"/>, within the sentence <c>[first, end)</c>:
    /// an organization word closing or opening the name ("Arista Records", "Stade de" + "Reims") makes it an ORG; a
    /// capitalized plural before "de"/"du" and a place makes a sports team ("Rangers du Texas"); a geographic noun before
    /// it ("détroit de Béring", "île Devon") or a compass complement after it ("Amérique du Nord") makes a LOC.
    /// </summary>
    private void ApplyCues(string text, IReadOnlyList<Token> tokens, byte[] gazetteer, int first, int end, List<EntitySpan> result, int from)
    {
        for (var k = from; k < result.Count; k++)
        {
            var e = result[k];
            int s = e.FirstToken, t = e.EndToken;
            var type = e.Type;
            var floor = k > from ? result[k - 1].EndToken : first;
            var ceiling = k + 1 < result.Count ? result[k + 1].FirstToken : end;
            WidenByClosingWord(text, tokens, first, floor, ceiling, ref s, ref t, ref type);
            var mergePrevious = WidenByOpeningWords(text, tokens, gazetteer, first, floor, t, result, k, from, ref s, ref type);
            if (type is EntityType.LOC or EntityType.PER && s == e.FirstToken && HasOrgContext(text, tokens, s, floor))
                type = EntityType.ORG;
            if (type is EntityType.LOC or EntityType.PER)
            {
                // A compass complement ("du Sud") makes even a first-name-like word a place ("Caroline du Sud").
                var tail = Cues.PhraseCue(text, tokens, t, t, ceiling, EntityCueKind.PlaceTail, endingAt: false);
                if (tail > 1 || (tail == 1 && type == EntityType.LOC))
                {
                    t += tail;
                    type = EntityType.LOC;
                }
            }
            if (s == e.FirstToken && t == e.EndToken && type == e.Type) continue;
            result[k] = new EntitySpan(new TextSpan(tokens[s].Start, tokens[t - 1].End), s, t, type, e.Score);
            if (mergePrevious)
            {
                result.RemoveAt(k - 1);
                k--;
            }
        }
    }

    /// <summary>
    /// The end of the entity <c>[s, t)</c>: organization words closing it ("Arista Records") make an ORG, else a place
    /// word closing it ("Yankee Stadium") makes a LOC with the capitalized words before it.
    /// </summary>
    private void WidenByClosingWord(string text, IReadOnlyList<Token> tokens, int first, int floor, int ceiling, ref int s, ref int t, ref EntityType type)
    {
        var cues = Cues;
        while (t < ceiling && cues.IsWord(text, tokens, t, EntityCueKind.OrgTail)) t++;
        if (t - s > 1 && cues.IsWord(text, tokens, t - 1, EntityCueKind.OrgTail)) type = EntityType.ORG;
        else
        {
            // "Yankee Stadium": a place word closes the name; capitalized words before it belong to it.
            while (t < ceiling && cues.IsWord(text, tokens, t, EntityCueKind.PlaceEnd)) t++;
            if (cues.IsWord(text, tokens, t - 1, EntityCueKind.PlaceEnd))
            {
                while (s - 1 > Math.Max(floor, first) && IsCapitalizedWord(text, tokens[s - 1])) s--;
                if (t - s > 1) type = EntityType.LOC;
            }
        }
    }

    /// <summary>
    /// The start of entity <paramref name="k"/> (<c>[s, t)</c>): organization heads, geographic heads, a team's
    /// "X de"/"X du" and a capitalized article before a place. True when the entity absorbs the previous one.
    /// </summary>
    private bool WidenByOpeningWords(string text, IReadOnlyList<Token> tokens, byte[] gazetteer, int first, int floor, int t,
        List<EntitySpan> result, int k, int from, ref int s, ref EntityType type)
    {
        var cues = Cues;
        var h = s;
        while (true)
        {
            if (h - 1 >= floor && cues.IsWord(text, tokens, h - 1, EntityCueKind.OrgHead)) { h--; continue; }
            if (h - 2 >= floor && IsLinker(tokens[h - 1].Slice(text)) && cues.IsWord(text, tokens, h - 2, EntityCueKind.OrgHead)) { h -= 2; continue; }
            break;
        }
        int place;
        if (h < s || cues.IsWord(text, tokens, s, EntityCueKind.OrgHead))
        {
            s = h;
            type = EntityType.ORG;
        }
        else if ((place = cues.PhraseCue(text, tokens, s, floor, s, EntityCueKind.PlaceHead, endingAt: true)) > 0)
        {
            s -= place;
            type = EntityType.LOC;
        }
        else if (s - 1 >= floor && IsLinker(tokens[s - 1].Slice(text)) && (place = cues.PhraseCue(text, tokens, s - 1, floor, s - 1, EntityCueKind.PlaceHead, endingAt: true)) > 0)
        {
            s -= place + 1;
            type = EntityType.LOC;
        }
        else if ((type == EntityType.LOC || (type == EntityType.PER && AnyPlace(gazetteer, s, t))) && s - 2 > first && tokens[s - 1].Slice(text) is "de" or "du"
            && ((s - 2 >= floor && IsTeamName(text, tokens[s - 2]))
                || (k > from && result[k - 1].EndToken == s - 1 && (result[k - 1].Type == EntityType.ORG || (result[k - 1].FirstToken == s - 2 && IsTeamName(text, tokens[s - 2]))))))
        {
            // "Rangers du Texas", "Lakers" (ORG) + "de Los Angeles": a team named after its city.
            var mergePrevious = s - 2 < floor;
            s = mergePrevious ? result[k - 1].FirstToken : s - 2;
            type = EntityType.ORG;
            return mergePrevious;
        }
        else if (type == EntityType.LOC && s - 1 > first && s - 1 >= floor && tokens[s - 1].Slice(text) is "La" or "Le" or "Les" or "L'" or "L’")
        {
            // Inside a sentence a capitalized article belongs to the place name: "La Nouvelle-Orléans", "La Haye".
            s--;
        }
        return false;
    }

    /// <summary>
    /// Joins pieces of one person name the model typed apart: a PER touching a LOC that no place name covers ("Jean-Éric"
    /// + "Vergne", "Gale" + "Sondergaard"), and a first name or honorific followed by "de"/"d'" and a PER or LOC
    /// ("Philippe de Champaigne", "Madame de Maintenon", "Michel de Grèce").
    /// </summary>
    private void JoinPersonParts(string text, IReadOnlyList<Token> tokens, byte[] gazetteer, List<EntitySpan> result, int from)
    {
        for (var k = from + 1; k < result.Count; k++)
        {
            var a = result[k - 1];
            var b = result[k];
            var join = false;
            var type = EntityType.PER;
            if (a.EndToken == b.FirstToken && a.Type != b.Type && (a.Type == EntityType.ORG || b.Type == EntityType.ORG)
                && (a.Type == EntityType.LOC || b.Type == EntityType.LOC || HasOrgWord(text, tokens, a.FirstToken, b.EndToken)))
            {
                // "Sony" + "Music Entertainment", "Air" + "Inter": one organization name cut in two.
                join = true;
                type = EntityType.ORG;
            }
            else if (a.EndToken == b.FirstToken && a.Type != b.Type)
            {
                var loc = a.Type == EntityType.LOC ? a : b.Type == EntityType.LOC ? b : default;
                join = (a.Type == EntityType.PER || b.Type == EntityType.PER) && loc.EndToken > loc.FirstToken
                    && (!AnyPlace(gazetteer, loc.FirstToken, loc.EndToken) || IsLoneFirstName(text, tokens, a));
            }
            else if (b.FirstToken == a.EndToken + 1 && b.Type is EntityType.PER or EntityType.LOC && tokens[a.EndToken].Slice(text) is "de" or "d'" or "d’"
                && a.EndToken - a.FirstToken == 1 && (a.Type == EntityType.PER || IsPersonHead(tokens[a.FirstToken].Slice(text))))
            {
                var word = tokens[a.FirstToken].Slice(text);
                join = IsPersonHead(word) || (Lexicon.Categories(word) & WordCategories.FirstName) != 0;
            }
            if (!join) continue;
            result[k - 1] = new EntitySpan(new TextSpan(a.Span.Start, b.Span.End), a.FirstToken, b.EndToken, type, (a.Score + b.Score) / 2);
            result.RemoveAt(k);
            k--;
        }
    }

    private bool HasOrgWord(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var cues = Cues;
        for (var i = first; i < end; i++)
            if (cues.IsWord(text, tokens, i, EntityCueKind.OrgHead) || cues.IsWord(text, tokens, i, EntityCueKind.OrgTail)) return true;
        return false;
    }

    /// <summary>
    /// Completes person names the model cut short: name particles and the capitalized words after them ("Laurent" +
    /// "de La Hyre", "Giedo" + "Van der Garde"), a regnal number or "Jr." after ("Auguste II"), and an unknown
    /// capitalized word before ("Valtteri" + "Bottas"). A lone PER that is a place name and no known name becomes a LOC.
    /// </summary>
    private void ExtendPersons(string text, IReadOnlyList<Token> tokens, byte[] gazetteer, int first, int end, List<EntitySpan> result, int from)
    {
        var cues = Cues;
        for (var k = from; k < result.Count; k++)
        {
            var e = result[k];
            if (e.Type != EntityType.PER) continue;
            int s = e.FirstToken, t = e.EndToken;
            var floor = k > from ? result[k - 1].EndToken : first;
            var ceiling = k + 1 < result.Count ? result[k + 1].FirstToken : end;
            var absorbNext = false;
            if (t - s > 1 && t < ceiling && cues.IsNameParticle(tokens[t - 1].Slice(text)) && IsCapitalizedWord(text, tokens[t]))
            {
                // "Eustache Le" + "Sueur": a name does not end with its particle.
                t++;
                while (t < ceiling && IsCapitalizedWord(text, tokens[t])) t++;
            }
            var p = t;
            while (p < end && p - t < 3 && cues.IsNameParticle(tokens[p].Slice(text))) p++;
            if (p > t && p < end && IsCapitalizedWord(text, tokens[p]) && !cues.IsNameParticle(tokens[p].Slice(text)))
            {
                if (p < ceiling)
                {
                    t = p + 1;
                    while (t < ceiling && IsCapitalizedWord(text, tokens[t])) t++;
                }
                else if (p == ceiling && result[k + 1].Type is EntityType.PER or EntityType.LOC && !AnyPlace(gazetteer, p, result[k + 1].EndToken))
                {
                    t = result[k + 1].EndToken;
                    absorbNext = true;
                }
            }
            if (!absorbNext && t < ceiling && IsRegnalOrSuffix(text, tokens[t])) t++;
            if (s - 1 > Math.Max(floor, first) - 1 && s - 1 >= floor && s - 1 > first && IsUnknownCapitalized(text, tokens[s - 1])) s--;
            var type = e.Type;
            if (s == e.FirstToken && t == e.EndToken && t - s == 1 && gazetteer[s] == PlaceGazetteer.Unit
                && (Lexicon.Categories(tokens[s].Slice(text)) & (WordCategories.FirstName | WordCategories.FamilyName)) == 0)
                type = EntityType.LOC;
            // French puts no article before a person's name: "la Game Gear", "le Pink Floyd", "l'Hydro-Québec" are things.
            if (type == EntityType.PER && s > first && cues.IsWord(text, tokens, s - 1, EntityCueKind.Article))
                type = AnyPlace(gazetteer, s, t) ? EntityType.LOC : EntityType.ORG;
            // A lone acronym ("BMG", "XFM") names an organization far more often than a person.
            if (t - s == 1 && type == EntityType.PER && IsAcronym(tokens[s].Slice(text))) type = EntityType.ORG;
            // "la Coupe Davis", "le Prix Goncourt": a capitalized common noun right before makes the name part of a title.
            if (type == EntityType.PER && s == e.FirstToken && s - 1 > first && s - 1 >= floor && IsCapitalizedCommonNoun(text, tokens[s - 1]))
            {
                result.RemoveAt(k);
                k--;
                continue;
            }
            if (s == e.FirstToken && t == e.EndToken && type == e.Type) continue;
            result[k] = new EntitySpan(new TextSpan(tokens[s].Start, tokens[t - 1].End), s, t, type, e.Score);
            if (absorbNext) result.RemoveAt(k + 1);
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6) return false;
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>A roman regnal number ("II", "XIV") or "Jr".</summary>
    private static bool IsRegnalOrSuffix(string text, Token token)
    {
        var word = token.Slice(text);
        if (word is "Jr" or "Jr.") return true;
        if (word.Length is 0 or > 5) return false;
        foreach (var c in word) if (c is not ('I' or 'V' or 'X' or 'L')) return false;
        return true;
    }

    /// <summary>A capitalized word the lexicon knows as a common noun and not as any kind of name ("Coupe", "Prix").</summary>
    private bool IsCapitalizedCommonNoun(string text, Token token)
    {
        if (!IsCapitalizedWord(text, token)) return false;
        var cats = Lexicon.Categories(token.Slice(text));
        return (cats & WordCategories.Noun) != 0 && (cats & (WordCategories.FirstName | WordCategories.FamilyName | WordCategories.ProperNoun)) == 0;
    }

    /// <summary>A capitalized word the lexicon knows only as a name, or not at all ("Valtteri").</summary>
    private bool IsUnknownCapitalized(string text, Token token)
    {
        if (!IsCapitalizedWord(text, token)) return false;
        var word = token.Slice(text);
        if (word.Length > 1 && char.IsUpper(word[1])) return false;
        var cats = Lexicon.Categories(word);
        return (cats & ~(WordCategories.FirstName | WordCategories.FamilyName | WordCategories.ProperNoun)) == 0;
    }

    /// <summary>True when the entity is one token the lexicon knows as a first name ("Elia" + "Kazan", "Stanley" + "Kramer").</summary>
    private bool IsLoneFirstName(string text, IReadOnlyList<Token> tokens, EntitySpan e) =>
        e.EndToken - e.FirstToken == 1 && (Lexicon.Categories(tokens[e.FirstToken].Slice(text)) & WordCategories.FirstName) != 0;

    private static bool AnyPlace(byte[] gazetteer, int first, int end)
    {
        for (var i = first; i < end; i++) if (gazetteer[i] != PlaceGazetteer.None) return true;
        return false;
    }

    private static bool IsPersonHead(ReadOnlySpan<char> word) => word is "Madame" or "Monsieur" or "Mademoiselle";

    /// <summary>
    /// Adds the organizations the model missed that open with an organization word and go on with adjectives
    /// ("Ligue nationale", "Commission européenne", "Parti socialiste"), and places made of a capitalized word and a
    /// compass complement ("Caroline du Sud"), outside any entity and not at the sentence start.
    /// </summary>
    private void AddOrganizationHeads(string text, IReadOnlyList<Token> tokens, int first, int end, List<EntitySpan> result, int from)
    {
        var cues = Cues;
        var k = from;
        for (var i = first + 1; i < end; i++)
        {
            while (k < result.Count && result[k].EndToken <= i) k++;
            if (k < result.Count && result[k].FirstToken <= i) { i = result[k].EndToken - 1; continue; }
            var limit = k < result.Count ? result[k].FirstToken : end;
            if (IsCapitalizedWord(text, tokens[i]) && cues.PhraseCue(text, tokens, i + 1, i + 1, limit, EntityCueKind.PlaceTail, endingAt: false) is var tail and > 1)
            {
                // "Caroline du Sud" the model missed: a compass complement after a capitalized word.
                result.Insert(k, new EntitySpan(new TextSpan(tokens[i].Start, tokens[i + tail].End), i, i + tail + 1, EntityType.LOC, 0.5f));
                k++;
                i += tail;
                continue;
            }
            if (!cues.IsWord(text, tokens, i, EntityCueKind.OrgHead)) continue;
            var stop = i + 1;
            while (stop < limit && IsLowerAdjective(tokens[stop].Slice(text))) stop++;
            if (stop == i + 1) continue;
            result.Insert(k, new EntitySpan(new TextSpan(tokens[i].Start, tokens[stop - 1].End), i, stop, EntityType.ORG, 0.5f));
            k++;
            i = stop - 1;
        }
    }

    private bool IsLowerAdjective(ReadOnlySpan<char> word) => Lexicon.IsLowercaseAdjective(word);

    /// <summary>True when an organization context ("le groupe", "la compagnie", optionally with an adjective: "la compagnie norvégienne") ends before <paramref name="s"/>.</summary>
    private bool HasOrgContext(string text, IReadOnlyList<Token> tokens, int s, int floor)
    {
        var cues = Cues;
        if (cues.PhraseCue(text, tokens, s, floor, s, EntityCueKind.OrgContext, endingAt: true) > 0) return true;
        return s - 1 > floor && IsLowerAdjective(tokens[s - 1].Slice(text)) && cues.PhraseCue(text, tokens, s - 1, floor, s - 1, EntityCueKind.OrgContext, endingAt: true) > 0;
    }

    private static bool IsCapitalizedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length > 1 && char.IsUpper(text[token.Start]);

    private bool IsLinker(ReadOnlySpan<char> word) => Cues.IsLinker(word);

    /// <summary>A capitalized plural that is not a known word in the plural sense of a place ("Rangers", "Canucks", "Pistons").</summary>
    private bool IsTeamName(string text, Token token)
    {
        var word = token.Slice(text);
        if (word.Length < 4 || !char.IsUpper(word[0]) || word[^1] != 's' || !char.IsLower(word[1])) return false;
        return (Lexicon.Categories(word) & (WordCategories.FirstName | WordCategories.FamilyName | WordCategories.Adjective | WordCategories.ProperNoun)) == 0;
    }

    /// <summary>
    /// Merges consecutive entities of one type that touch (no token between them, or only the period of an initial as
    /// in "John B. Smith"): the model often splits long names into pieces.
    /// </summary>
    private static void MergeAdjacent(string text, IReadOnlyList<Token> tokens, List<EntitySpan> result, int from)
    {
        for (var k = Math.Max(from, 1); k < result.Count; k++)
        {
            if (k - 1 < from) continue;
            var a = result[k - 1];
            var b = result[k];
            if (a.Type != b.Type) continue;
            var touching = a.EndToken == b.FirstToken;
            if (!touching && b.FirstToken == a.EndToken + 1)
            {
                var gap = tokens[a.EndToken];
                var initial = tokens[a.EndToken - 1];
                touching = gap.Length == 1 && text[gap.Start] == '.' && gap.Start == initial.End && initial.Length == 1 && char.IsUpper(text[initial.Start]);
            }
            if (!touching) continue;
            var length = b.EndToken - a.FirstToken;
            var score = (a.Score * (a.EndToken - a.FirstToken) + b.Score * (b.EndToken - b.FirstToken)) / Math.Max(1, length);
            result[k - 1] = new EntitySpan(new TextSpan(a.Span.Start, b.Span.End), a.FirstToken, b.EndToken, a.Type, score);
            result.RemoveAt(k);
            k--;
        }
    }

    /// <summary>
    /// Adds a decoded entity after trimming edge tokens no name starts or ends with (punctuation; lowercase articles
    /// and prepositions at the start), and drops it when no token is capitalized or numeric.
    /// </summary>
    private void Add(string text, IReadOnlyList<Token> tokens, int first, int end, EntityType type, float[] probabilities, List<EntitySpan> result)
    {
        while (first < end && IsEdgeNoise(text, tokens[first], leading: true)) first++;
        while (end > first && IsEdgeNoise(text, tokens[end - 1], leading: false)) end--;
        if (end <= first) return;
        var named = false;
        float total = 0;
        for (var i = first; i < end; i++)
        {
            var word = tokens[i].Slice(text);
            if (word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]))) named = true;
            total += probabilities[i];
        }
        if (!named || IsQuotedTitle(text, tokens, first, end)) return;
        result.Add(new EntitySpan(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end, type, total / (end - first)));
    }

    /// <summary>
    /// Drops PER entities right after an opening quote: in encyclopedic and news text a quoted stretch that starts with
    /// a capitalized name is far more often the title of a work (" Super Mario Bros ") than a person.
    /// </summary>
    private static void DropTitleStarts(string text, IReadOnlyList<Token> tokens, int first, List<EntitySpan> result, int from)
    {
        for (var k = result.Count - 1; k >= from; k--)
        {
            var e = result[k];
            if (e.Type != EntityType.PER || e.FirstToken <= first) continue;
            var quote = tokens[e.FirstToken - 1];
            if (quote.Length != 1) continue;
            var c = text[quote.Start];
            var opening = c is '«' or '“';
            if (c == '"')
            {
                // A straight quote opens when an even number of them precede it in the sentence.
                var count = 0;
                for (var i = first; i < e.FirstToken - 1; i++) if (tokens[i].Length == 1 && text[tokens[i].Start] == '"') count++;
                opening = count % 2 == 0;
            }
            if (opening) result.RemoveAt(k);
        }
    }

    /// <summary>
    /// True when the span is exactly the content of a pair of quotes (« Tainted Love », "Scary Movie"): in news and
    /// encyclopedic text that is a title of a work, which is none of PER, LOC, ORG.
    /// </summary>
    private static bool IsQuotedTitle(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first == 0 || end >= tokens.Count) return false;
        var open = text[tokens[first - 1].Start];
        var close = text[tokens[end].Start];
        return tokens[first - 1].Length == 1 && tokens[end].Length == 1
            && ((open == '«' && close == '»') || (open == '"' && close == '"') || (open == '“' && close == '”'));
    }

    private bool IsEdgeNoise(string text, Token token, bool leading)
    {
        if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol) return true;
        var word = text.AsSpan(token.Start, token.Length);
        // A name may end with a lowercase particle only when the model says so for a known pattern; a trailing
        // "de"/"la" is a span cut short ("Michel de" before "Grèce") and is dropped, for the joins to mend.
        if (!leading && !(word is "de" or "du" or "des" or "d'" or "d’" or "la" or "le" or "les" or "et")) return false;
        if (word.Length == 0 || char.IsUpper(word[0])) return false;
        const WordCategories function = WordCategories.Determiner | WordCategories.Preposition | WordCategories.FunctionWord;
        const WordCategories content = WordCategories.Noun | WordCategories.Adjective;
        var cats = Lexicon.Categories(word);
        return (cats & function) != 0 && (cats & content) == 0;
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
