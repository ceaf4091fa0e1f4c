using System.Globalization;

namespace Extraction.Tokenization;

/// <summary>Character classes shared by the tokenizer and the sentence splitter (ASCII fast paths first).</summary>
internal static class TokenChars
{
    /// <summary>Apostrophes that mark elision: ' ’ and the modifier letter ʼ.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Hyphens that join compounds: - and the Unicode hyphen and non-breaking hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Characters that end a sentence; runs of them form one token ("...", "?!").</summary>
    public static bool IsSentenceStop(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Spaces allowed between digit groups: space, no-break, narrow no-break, thin and figure space.</summary>
    public static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';

    /// <summary>Soft hyphen and zero-width (non-)joiners: invisible inside a word, so they do not split it.</summary>
    public static bool IsInvisibleJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    /// <summary>Ordinal indicators are letters for Unicode but never continue a word ("n°", "nº12").</summary>
    public static bool IsOrdinalIndicator(char c) => c is 'º' or 'ª';

    /// <summary>A character that can start a word: a letter of the basic plane other than ordinal indicators.</summary>
    public static bool IsWordStart(char c)
    {
        if (char.IsAsciiLetter(c)) return true;
        if (c < 0x80 || char.IsSurrogate(c) || IsOrdinalIndicator(c)) return false;
        return char.IsLetter(c);
    }

    /// <summary>A character that continues a word: letter, digit or combining mark (not an apostrophe).</summary>
    public static bool IsWordPart(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return true;
        if (c < 0x80 || char.IsSurrogate(c) || IsOrdinalIndicator(c) || c == '\u02BC') return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }

    /// <summary>Whitespace, control and invisible format characters: they separate tokens and belong to none.</summary>
    public static bool IsSeparator(char c)
    {
        if (c < 0x80) return c <= ' ' || c == '\u007F';
        if (char.IsWhiteSpace(c)) return true;
        if (char.IsSurrogate(c)) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>
    /// True for letters that elision never precedes: a written elision (l', d', n'...) is always followed by a
    /// vowel or a mute h, so N'Djamena or N'Diaye are single words.
    /// </summary>
    public static bool IsConsonant(char c)
    {
        if (char.IsAsciiLetter(c)) return "aeiouyhAEIOUYH".IndexOf(c) < 0;
        return c is 'ç' or 'Ç' or 'ñ' or 'Ñ';
    }

    /// <summary>Roman numeral letters (uppercase only).</summary>
    public static bool IsRomanDigit(char c) => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M';

    /// <summary>Opening quotes and brackets, which can start a sentence.</summary>
    public static bool IsOpening(char c) => c is '«' or '“' or '„' or '‹' or '‘' or '"' or '\'' or '(' or '[' or '{';

    /// <summary>Closing quotes and brackets that stay with the sentence they close.</summary>
    public static bool IsClosing(char c) => c is '»' or '”' or '›' or '’' or '"' or '\'' or ')' or ']' or '}';

    /// <summary>Dashes and bullets that start dialogue lines or list items.</summary>
    public static bool IsDashOrBullet(char c) => c is '-' or '–' or '—' or '―' or '•' or '·' or '*' or '▪' or '►';

    /// <summary>
    /// Counts line breaks in a gap between tokens: \r\n counts once, a paragraph separator or form feed counts two.
    /// </summary>
    public static int LineBreaks(ReadOnlySpan<char> gap)
    {
        var count = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            switch (gap[i])
            {
                case '\n':
                case '\u000B':
                case '\u0085':
                case '\u2028':
                    count++;
                    break;
                case '\r':
                    count++;
                    if (i + 1 < gap.Length && gap[i + 1] == '\n') i++;
                    break;
                case '\u000C':
                case '\u2029':
                    count += 2;
                    break;
            }
        }
        return count;
    }
}
