namespace Extraction.Tagging;

/// <summary>
/// Feature templates of the entity recognizer: a pure function of the sentence's <see cref="TokenInfo"/>s, POS tags,
/// gazetteer positions, the position and the two previous BILOU labels. Training and inference both call <see cref="Extract"/>.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Names of the templates, in order; their hash is the model's feature fingerprint.</summary>
    public const string Templates =
        "v4|bias|w|W|shape|flags|s3|s4|p3|cats|pos|pos-1|pos+1|w-1|w+1|w-2|w+2|shape-1|shape+1|flags-1flags|flagsflags+1|" +
        "cats-1|cats+1|l-1|l-1l-2|l-1w|l-1shape|gaz|gazshape|firstshape|w-1shape|posshape|catsflags|gaz-1|gaz+1|w-1pos|l-1pos|name|name-1|name+1|namename+1title|name-1nametitle|name-1name|namename+1|cue|cue-1|cue+1|cue+2";

    /// <summary>Maximum number of features per token.</summary>
    public const int MaxFeatures = 48;

    /// <summary>Fingerprint stored in model files.</summary>
    public static readonly uint Fingerprint = FeatureHash.Of(Templates);

    /// <summary>History value before the first token.</summary>
    public const int NoLabel = -1;

    /// <summary>
    /// Name-related lexicon bits of a token: first name, family name, proper noun, known common word, unknown word.
    /// Coarser than the full category set, so "Pierre" (noun and first name) shares evidence with "Jean".
    /// </summary>
    private static uint NameBits(in TokenInfo t)
    {
        const uint first = (uint)Lexicons.WordCategories.FirstName, family = (uint)Lexicons.WordCategories.FamilyName, proper = (uint)Lexicons.WordCategories.ProperNoun;
        var cats = t.Categories;
        if (cats == 0xFFFFFFFF) return 0xFFu;
        uint bits = 0;
        if ((cats & first) != 0) bits |= 1;
        if ((cats & family) != 0) bits |= 2;
        if ((cats & proper) != 0) bits |= 4;
        if ((cats & ~(first | family | proper)) != 0) bits |= 8;
        if (cats == 0) bits |= 16;
        return bits;
    }

    /// <summary>Writes the feature hashes for token <paramref name="i"/>; returns the count.</summary>
    /// <param name="s">Token infos of the sentence.</param>
    /// <param name="pos">UPOS tags of the sentence.</param>
    /// <param name="gazetteer">Per token: 0 none, else a place-gazetteer position code (see <see cref="PlaceGazetteer"/>).</param>
    /// <param name="cues">Per token: bit set of <see cref="EntityCues"/> word kinds (see <see cref="EntityCues.Mark"/>).</param>
    /// <param name="i">Position.</param>
    /// <param name="prev1">Previous label.</param>
    /// <param name="prev2">Label before it.</param>
    /// <param name="output">Destination, at least <see cref="MaxFeatures"/> long.</param>
    public static int Extract(ReadOnlySpan<TokenInfo> s, ReadOnlySpan<UposTag> pos, ReadOnlySpan<byte> gazetteer, ReadOnlySpan<byte> cues, int i, int prev1, int prev2, Span<uint> output)
    {
        Span<uint> fixedPart = stackalloc uint[MaxFeatures];
        Span<uint> labelPart = stackalloc uint[DynamicCount];
        var count = ExtractStatic(s, pos, gazetteer, cues, i, fixedPart);
        ExtractDynamic(s, pos, i, prev1, prev2, labelPart);
        // Training sums the features in template order (the label templates 123-126 come after 122, and 136 after
        // 135): keeping that order keeps the trained weights reproducible bit for bit.
        fixedPart[..22].CopyTo(output);
        labelPart[..4].CopyTo(output[22..]);
        fixedPart[22..31].CopyTo(output[26..]);
        output[35] = labelPart[4];
        fixedPart[31..count].CopyTo(output[36..]);
        return count + DynamicCount;
    }

    /// <summary>Number of features that depend on the previous labels (written by <see cref="ExtractDynamic"/>).</summary>
    public const int DynamicCount = 5;

    /// <summary>
    /// The features of token <paramref name="i"/> that do not depend on the previous labels: a beam scores them once
    /// per token and adds <see cref="ExtractDynamic"/>'s per item.
    /// </summary>
    public static int ExtractStatic(ReadOnlySpan<TokenInfo> s, ReadOnlySpan<UposTag> pos, ReadOnlySpan<byte> gazetteer, ReadOnlySpan<byte> cues, int i, Span<uint> output)
    {
        var t = s[i];
        var m1 = i > 0 ? s[i - 1] : TokenFeatures.Outside;
        var m2 = i > 1 ? s[i - 2] : TokenFeatures.Outside;
        var p1 = i + 1 < s.Length ? s[i + 1] : TokenFeatures.Outside;
        var p2 = i + 2 < s.Length ? s[i + 2] : TokenFeatures.Outside;
        var pos0 = (uint)pos[i] + 1;
        var posM1 = i > 0 ? (uint)pos[i - 1] + 1 : 0u;
        var posP1 = i + 1 < s.Length ? (uint)pos[i + 1] + 1 : 0u;
        uint gaz = gazetteer[i];
        var gazM1 = i > 0 ? gazetteer[i - 1] : 255u;
        var gazP1 = i + 1 < s.Length ? gazetteer[i + 1] : 255u;
        var n = 0;
        output[n++] = FeatureHash.Feature(101, 0);
        output[n++] = FeatureHash.Feature(102, t.Lower);
        output[n++] = FeatureHash.Feature(103, t.Exact);
        output[n++] = FeatureHash.Feature(104, t.Shape);
        output[n++] = FeatureHash.Feature(105, t.Flags);
        output[n++] = FeatureHash.Feature(106, t.Suffix3);
        output[n++] = FeatureHash.Feature(107, t.Suffix4);
        output[n++] = FeatureHash.Feature(108, t.Prefix3);
        output[n++] = FeatureHash.Feature(109, t.Categories);
        output[n++] = FeatureHash.Feature(110, pos0);
        output[n++] = FeatureHash.Feature(111, posM1);
        output[n++] = FeatureHash.Feature(112, posP1);
        output[n++] = FeatureHash.Feature(113, m1.Lower);
        output[n++] = FeatureHash.Feature(114, p1.Lower);
        output[n++] = FeatureHash.Feature(115, m2.Lower);
        output[n++] = FeatureHash.Feature(116, p2.Lower);
        output[n++] = FeatureHash.Feature(117, m1.Shape);
        output[n++] = FeatureHash.Feature(118, p1.Shape);
        output[n++] = FeatureHash.Feature(119, m1.Flags, t.Flags);
        output[n++] = FeatureHash.Feature(120, t.Flags, p1.Flags);
        output[n++] = FeatureHash.Feature(121, m1.Categories);
        output[n++] = FeatureHash.Feature(122, p1.Categories);
        output[n++] = FeatureHash.Feature(127, gaz);
        output[n++] = FeatureHash.Feature(128, gaz, t.Shape);
        output[n++] = FeatureHash.Feature(129, i == 0 ? 1u : 0u, t.Shape);
        output[n++] = FeatureHash.Feature(130, m1.Lower, t.Shape);
        output[n++] = FeatureHash.Feature(131, pos0, t.Shape);
        output[n++] = FeatureHash.Feature(132, t.Categories, t.Flags);
        output[n++] = FeatureHash.Feature(133, gazM1);
        output[n++] = FeatureHash.Feature(134, gazP1);
        output[n++] = FeatureHash.Feature(135, m1.Lower, pos0);
        var name0 = NameBits(t);
        var nameM1 = i > 0 ? NameBits(m1) : 0xFFu;
        var nameP1 = i + 1 < s.Length ? NameBits(p1) : 0xFFu;
        output[n++] = FeatureHash.Feature(137, name0);
        output[n++] = FeatureHash.Feature(138, nameM1);
        output[n++] = FeatureHash.Feature(139, nameP1);
        output[n++] = FeatureHash.Feature(140, name0, nameP1, (t.Flags & TokenFeatures.Title) | ((p1.Flags & TokenFeatures.Title) << 1));
        output[n++] = FeatureHash.Feature(141, nameM1, name0, (m1.Flags & TokenFeatures.Title) | ((t.Flags & TokenFeatures.Title) << 1));
        output[n++] = FeatureHash.Feature(142, nameM1, name0);
        output[n++] = FeatureHash.Feature(143, name0, nameP1);
        output[n++] = FeatureHash.Feature(144, cues[i], t.Flags & TokenFeatures.Title);
        output[n++] = FeatureHash.Feature(145, i > 0 ? cues[i - 1] : 255u);
        output[n++] = FeatureHash.Feature(146, i + 1 < s.Length ? cues[i + 1] : 255u);
        output[n++] = FeatureHash.Feature(147, i + 2 < s.Length ? cues[i + 2] : 255u);
        return n;
    }

    /// <summary>The features of token <paramref name="i"/> that combine the previous labels with the token.</summary>
    public static int ExtractDynamic(ReadOnlySpan<TokenInfo> s, ReadOnlySpan<UposTag> pos, int i, int prev1, int prev2, Span<uint> output)
    {
        var t = s[i];
        var pos0 = (uint)pos[i] + 1;
        var l1 = (uint)(prev1 + 2);
        var l2 = (uint)(prev2 + 2);
        var n = 0;
        output[n++] = FeatureHash.Feature(123, l1);
        output[n++] = FeatureHash.Feature(124, l1, l2);
        output[n++] = FeatureHash.Feature(125, l1, t.Lower);
        output[n++] = FeatureHash.Feature(126, l1, t.Shape);
        output[n++] = FeatureHash.Feature(136, l1, pos0);
        return n;
    }
}
