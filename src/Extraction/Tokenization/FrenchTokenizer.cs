using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Splits French news text into tokens without rewriting it: every token is a <c>[Start, End)</c> slice of the input.
/// Elisions (l', qu’, jusqu'), inversion clitics (-t-il), hyphenated compounds (Jean-Yves, accord-cadre),
/// abbreviations (M., S.E.M., av. J.-C.), initials (J. F.), dotted acronyms (U.S.A.), numbers (1 300, 1,5,
/// 2018-2019, 15h30), ordinals (1er, 23ᵉ, XXIe), URLs, e-mails, handles and hashtags are recognised.
/// The word lists come from <c>Resources/Tokenization/*.tsv</c>.
/// </summary>
/// <remarks>
/// One left-to-right scan over a <see cref="ReadOnlySpan{T}"/>: no regular expression, no per-token string, and
/// linear time on any input (lookups are bounded by the longest table entry, and look-ahead scans that fail are
/// remembered). Stateless and thread-safe.
/// </remarks>
internal sealed partial class FrenchTokenizer
{
    private static readonly Lazy<FrenchTokenizer> s_default =
        new(() => new FrenchTokenizer(TokenizationTables.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TokenizationTables _tables;

    /// <summary>Creates a tokenizer over the given tables.</summary>
    public FrenchTokenizer(TokenizationTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    /// <summary>The shared instance, over the embedded tables.</summary>
    public static FrenchTokenizer Default => s_default.Value;

    /// <summary>The tables this tokenizer reads.</summary>
    public TokenizationTables Tables => _tables;

    /// <summary>Tokenizes the whole text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, new TextSpan(0, text.Length));
    }

    /// <summary>Tokenizes <paramref name="range"/> of <paramref name="text"/>; offsets refer to the whole text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is not inside the text.</exception>
    public Token[] Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckRange(text, range);
        // About one token per 5.4 characters in French news: length / 4 rarely needs to grow.
        using var tokens = new PooledTokenBuffer(range.Length / 4);
        var scanner = new Scanner(text.AsSpan(0, range.End), _tables, tokens, null);
        scanner.Run(range.Start);
        return tokens.ToArray();
    }

    /// <summary>
    /// Debug helper (spaCy's <c>explain</c> idea): every token with its text and the rule that produced it.
    /// Slower than <see cref="Tokenize(string)"/>; not for the hot path.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TokenExplanation> Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = new PooledTokenBuffer(text.Length / 4);
        var rules = new List<TokenRule>();
        var scanner = new Scanner(text.AsSpan(), _tables, tokens, rules);
        scanner.Run(0);
        var result = new TokenExplanation[tokens.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = new TokenExplanation(tokens[i], tokens[i].Slice(text).ToString(), rules[i]);
        return result;
    }

    private static void CheckRange(string text, TextSpan range)
    {
        if (range.Start < 0 || range.End > text.Length || range.Start > range.End)
            throw new ArgumentOutOfRangeException(nameof(range), range, $"The range must lie inside the text (length {text.Length}).");
    }
}

/// <summary>Why the tokenizer produced a token (see <see cref="FrenchTokenizer.Explain"/>).</summary>
internal enum TokenRule
{
    /// <summary>A plain word.</summary>
    Word,
    /// <summary>A hyphenated word kept whole by <c>hyphen-compounds.tsv</c>.</summary>
    Compound,
    /// <summary>An elided word from <c>elisions.tsv</c>.</summary>
    Elision,
    /// <summary>A clitic from <c>inversion-clitics.tsv</c>, with its hyphen and any euphonic -t-.</summary>
    Clitic,
    /// <summary>An abbreviation from <c>abbreviations.tsv</c>.</summary>
    TableAbbreviation,
    /// <summary>A single uppercase letter and its period (J.).</summary>
    Initial,
    /// <summary>Single letters each with a period (U.S.A., J.-F.).</summary>
    DottedAcronym,
    /// <summary>Digits, possibly grouped or with decimals and ranges.</summary>
    Number,
    /// <summary>A time of day (15h30, 15h, 15:30).</summary>
    Time,
    /// <summary>Digits with an ordinal suffix from <c>ordinal-suffixes.tsv</c>.</summary>
    Ordinal,
    /// <summary>A Roman numeral with an ordinal suffix (XXIe, Ier).</summary>
    RomanOrdinal,
    /// <summary>A URL starting with a scheme or www.</summary>
    Url,
    /// <summary>A bare domain whose last label is in <c>tlds.tsv</c>.</summary>
    Domain,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>An @handle.</summary>
    Handle,
    /// <summary>A #hashtag.</summary>
    Hashtag,
    /// <summary>A run of sentence stops (., ..., ?!, …).</summary>
    Stops,
    /// <summary>One punctuation character.</summary>
    Punctuation,
    /// <summary>One symbol character (or code point outside the basic plane).</summary>
    Symbol,
    /// <summary>A surrogate without its pair.</summary>
    LoneSurrogate,
}

/// <summary>One line of <see cref="FrenchTokenizer.Explain"/>.</summary>
/// <param name="Token">The token.</param>
/// <param name="Text">Its text.</param>
/// <param name="Rule">The rule that produced it.</param>
internal sealed record TokenExplanation(Token Token, string Text, TokenRule Rule)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Token.Start},{Token.End}) {Token.Kind,-12} {Rule,-17} {Text}";
}
