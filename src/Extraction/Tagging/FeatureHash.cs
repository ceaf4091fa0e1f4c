namespace Extraction.Tagging;

/// <summary>
/// Stable 32-bit FNV-1a hashing for feature templates (never <see cref="string.GetHashCode()"/>, which is randomized
/// per process). Values are combined with <see cref="Combine(uint, uint)"/>, then finalized into a bucket.
/// </summary>
/// <remarks>
/// The feature extractors call these some 80 times per token; inlined, the template's own step (a constant) folds
/// away, and the JIT's inlining budget for those long methods no longer leaves some of them as calls.
/// </remarks>
internal static class FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>FNV-1a over UTF-16 code units.</summary>
    public static uint Of(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ (byte)c) * Prime;
            h = (h ^ (byte)(c >> 8)) * Prime;
        }
        return h;
    }

    /// <summary>FNV-1a of a string (for template names and labels).</summary>
    public static uint Of(string text) => Of(text.AsSpan());

    /// <summary>Mixes a 32-bit value into a running hash, FNV-1a byte by byte.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint h, uint value)
    {
        h = (h ^ (value & 0xFF)) * Prime;
        h = (h ^ ((value >> 8) & 0xFF)) * Prime;
        h = (h ^ ((value >> 16) & 0xFF)) * Prime;
        h = (h ^ (value >> 24)) * Prime;
        return h;
    }

    /// <summary>Hash of a template id with one value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a) => Combine(Combine(OffsetBasis, template), a);

    /// <summary>Hash of a template id with two values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a, uint b) => Combine(Feature(template, a), b);

    /// <summary>Hash of a template id with three values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Feature(uint template, uint a, uint b, uint c) => Combine(Feature(template, a, b), c);

    /// <summary>Final avalanche (murmur3 fmix32) then a bucket in <c>[0, 2^bits)</c>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Bucket(uint h, int bits)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return (int)(h & ((1u << bits) - 1));
    }
}
