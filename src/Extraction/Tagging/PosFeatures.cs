namespace Extraction.Tagging;

/// <summary>
/// Feature templates of the part-of-speech tagger: a pure function of the sentence's <see cref="TokenInfo"/>s, the
/// position and the two previous tags. Training and inference both call <see cref="Extract"/>.
/// </summary>
internal static class PosFeatures
{
    /// <summary>Names of the templates, in order; their hash is the model's feature fingerprint.</summary>
    public const string Templates =
        "v3|bias|w|s1|s2|s3|s4|p1|p2|p3|shape|flags|cats|t-1|t-2|t-1t-2|t-1w|t-1cats|w-1|s3-1|cats-1|w+1|s3+1|cats+1|w-2|w+2|" +
        "cats-1cats|catscats+1|w-1w|ww+1|first-shape|t-1s3|cats-2|cats+2";

    /// <summary>Maximum number of features per token.</summary>
    public const int MaxFeatures = 40;

    /// <summary>Fingerprint stored in model files.</summary>
    public static readonly uint Fingerprint = FeatureHash.Of(Templates);

    /// <summary>History value used before the first token.</summary>
    public const int NoTag = -1;

    /// <summary>Writes the feature hashes for token <paramref name="i"/> into <paramref name="output"/>; returns the count.</summary>
    public static int Extract(ReadOnlySpan<TokenInfo> s, int i, int prev1, int prev2, Span<uint> output)
    {
        var t = s[i];
        var m1 = i > 0 ? s[i - 1] : TokenFeatures.Outside;
        var m2 = i > 1 ? s[i - 2] : TokenFeatures.Outside;
        var p1 = i + 1 < s.Length ? s[i + 1] : TokenFeatures.Outside;
        var p2 = i + 2 < s.Length ? s[i + 2] : TokenFeatures.Outside;
        var t1 = (uint)(prev1 + 2);
        var t2 = (uint)(prev2 + 2);
        var n = 0;
        output[n++] = FeatureHash.Feature(1, 0);
        output[n++] = FeatureHash.Feature(2, t.Lower);
        output[n++] = FeatureHash.Feature(3, t.Suffix1);
        output[n++] = FeatureHash.Feature(4, t.Suffix2);
        output[n++] = FeatureHash.Feature(5, t.Suffix3);
        output[n++] = FeatureHash.Feature(6, t.Suffix4);
        output[n++] = FeatureHash.Feature(7, t.Prefix1);
        output[n++] = FeatureHash.Feature(8, t.Prefix2);
        output[n++] = FeatureHash.Feature(9, t.Prefix3);
        output[n++] = FeatureHash.Feature(10, t.Shape);
        output[n++] = FeatureHash.Feature(11, t.Flags);
        output[n++] = FeatureHash.Feature(12, t.Categories);
        output[n++] = FeatureHash.Feature(13, t1);
        output[n++] = FeatureHash.Feature(14, t2);
        output[n++] = FeatureHash.Feature(15, t1, t2);
        output[n++] = FeatureHash.Feature(16, t1, t.Lower);
        output[n++] = FeatureHash.Feature(17, t1, t.Categories);
        output[n++] = FeatureHash.Feature(18, m1.Lower);
        output[n++] = FeatureHash.Feature(19, m1.Suffix3);
        output[n++] = FeatureHash.Feature(20, m1.Categories);
        output[n++] = FeatureHash.Feature(21, p1.Lower);
        output[n++] = FeatureHash.Feature(22, p1.Suffix3);
        output[n++] = FeatureHash.Feature(23, p1.Categories);
        output[n++] = FeatureHash.Feature(24, m2.Lower);
        output[n++] = FeatureHash.Feature(25, p2.Lower);
        output[n++] = FeatureHash.Feature(26, m1.Categories, t.Categories);
        output[n++] = FeatureHash.Feature(27, t.Categories, p1.Categories);
        output[n++] = FeatureHash.Feature(28, m1.Lower, t.Lower);
        output[n++] = FeatureHash.Feature(29, t.Lower, p1.Lower);
        output[n++] = FeatureHash.Feature(30, i == 0 ? 1u : 0u, t.Shape);
        output[n++] = FeatureHash.Feature(31, t1, t.Suffix3);
        output[n++] = FeatureHash.Feature(32, m2.Categories);
        output[n++] = FeatureHash.Feature(33, p2.Categories);
        return n;
    }
}
