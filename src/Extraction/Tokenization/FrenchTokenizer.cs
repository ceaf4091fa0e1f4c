using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Splits French text into tokens without rewriting it. First version: words (with inner hyphens and
/// apostrophes handled for elision), numbers, punctuation.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class FrenchTokenizer
{
    private static readonly string[] Elisions = ["l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"];

    /// <summary>The shared instance.</summary>
    public static FrenchTokenizer Default { get; } = new();

    /// <summary>Tokenizes the whole text.</summary>
    public Token[] Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>Tokenizes <paramref name="range"/> of <paramref name="text"/>; offsets refer to the whole text.</summary>
    public Token[] Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>(Math.Max(16, range.Length / 5));
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < range.End && (char.IsLetterOrDigit(text[j]) || (text[j] is '-' or '\'' or '’' && j + 1 < range.End && char.IsLetter(text[j + 1])))) j++;
                EmitWord(text, i, j, tokens);
                i = j;
                continue;
            }
            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < range.End && (char.IsDigit(text[j]) || (text[j] is ',' or '.' && j + 1 < range.End && char.IsDigit(text[j + 1])))) j++;
                var kind = TokenKind.Number;
                var k = j;
                while (k < range.End && char.IsLetter(text[k])) k++;
                if (k > j) { kind = TokenKind.Ordinal; j = k; }
                tokens.Add(new Token(i, j, kind));
                i = j;
                continue;
            }
            var len = char.IsSurrogatePair(text, i) ? 2 : 1;
            tokens.Add(new Token(i, i + len, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i += len;
        }
        return tokens.ToArray();
    }

    private static void EmitWord(string text, int start, int end, List<Token> tokens)
    {
        // Split leading elisions ("l'accord", "qu'il") and keep the rest whole.
        var s = start;
        while (true)
        {
            var apos = text.AsSpan(s, end - s).IndexOfAny('\'', '’');
            if (apos <= 0) break;
            var head = text.AsSpan(s, apos);
            var isElision = false;
            foreach (var e in Elisions)
            {
                if (head.Equals(e, StringComparison.OrdinalIgnoreCase)) { isElision = true; break; }
            }
            if (!isElision) break;
            tokens.Add(new Token(s, s + apos + 1, TokenKind.Elision));
            s += apos + 1;
        }
        if (s < end) tokens.Add(new Token(s, end, TokenKind.Word));
    }
}
