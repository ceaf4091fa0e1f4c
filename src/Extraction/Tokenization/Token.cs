namespace Extraction.Tokenization;

/// <summary>What a token is, as decided by the tokenizer.</summary>
public enum TokenKind
{
    /// <summary>A word, possibly hyphenated ("Jean-Yves", "accord-cadre").</summary>
    Word,
    /// <summary>An elided article or pronoun with its apostrophe ("l'", "qu’").</summary>
    Elision,
    /// <summary>An inverted subject clitic ("-t-il", "-elle").</summary>
    Clitic,
    /// <summary>A number ("2021", "1 300" with any digit-group space, "1,5", "2018-2019", "24/11/2021") or a time ("15h30", "9h").</summary>
    Number,
    /// <summary>An ordinal ("1er", "4ème", "23ᵉ", "XXIe", "Ier").</summary>
    Ordinal,
    /// <summary>An abbreviation ending with a period or ° ("M.", "av.", "J.-C.", "n°"), an initial ("J.") or a dotted acronym ("U.S.A.").</summary>
    Abbreviation,
    /// <summary>Punctuation, including quotes, dashes and ellipses; a run of . ! ? … is one token ("...", "?!").</summary>
    Punctuation,
    /// <summary>Any other symbol (©, %, €).</summary>
    Symbol,
    /// <summary>A web address, with a scheme, www. or a known top-level domain ("le360.ma").</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle or hashtag ("@MAP_Info", "#Maroc").</summary>
    Handle,
}

/// <summary>A token: a <c>[Start, End)</c> slice of the original text and its kind. The text is never rewritten.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit (exclusive).</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>A sentence: its character span and its token range <c>[FirstToken, EndToken)</c>.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit (exclusive).</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken);
