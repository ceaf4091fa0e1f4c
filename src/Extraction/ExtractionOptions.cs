using Extraction.Temporal;

namespace Extraction;

/// <summary>Per-call options of <see cref="FrenchNewsExtractor.Extract"/>.</summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed record ExtractionOptions
{
    /// <summary>Default upper bound on input length: 10 million UTF-16 code units.</summary>
    public const int DefaultMaxInputLength = 10_000_000;

    /// <summary>
    /// Publication date of the article, used to resolve relative dates ("fin mars dernier").
    /// When null, a leading <c>date YYYY-MM[-DD]</c> header line sets it; without either, relative dates get a null value.
    /// </summary>
    public PartialDate? ReferenceDate { get; init; }

    /// <summary>Longest input accepted, in UTF-16 code units; longer input throws <see cref="ArgumentException"/>.</summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>
    /// Records and relations with a <c>confidence</c> below this are dropped, and so is everything that points at a
    /// dropped one (a dropped person's relations and signatures, a dropped agreement's relations, a country or
    /// organization from the parties and roles that name it). Kept records keep the ids they have without the option,
    /// so ids may have gaps. The default, 0, keeps everything.
    /// </summary>
    public double MinConfidence { get; init; }

    /// <summary>The options used when none are given.</summary>
    public static ExtractionOptions Default { get; } = new();
}
