using Extraction.Tokenization;

namespace Extraction.Entities;

/// <summary>
/// The tokens of one document with the lookups every entity and relation rule needs: the folded form of each token
/// (lowercase, typographic apostrophe made straight) and the sentence each token belongs to. Built once per document.
/// </summary>
internal sealed class TokenText
{
    public TokenText(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Folded = new string[tokens.Length];
        SentenceOf = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) Folded[i] = Fold(tokens[i].Slice(text));
        for (var s = 0; s < sentences.Length; s++)
            for (var i = sentences[s].FirstToken; i < sentences[s].EndToken; i++) SentenceOf[i] = s;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>Lowercase form of each token with ’ replaced by '.</summary>
    public string[] Folded { get; }

    /// <summary>Index of the sentence of each token.</summary>
    public int[] SentenceOf { get; }

    public int Count => Tokens.Length;

    /// <summary>The token's text as written.</summary>
    public string Surface(int i) => Tokens[i].Slice(Text).ToString();

    public ReadOnlySpan<char> Span(int i) => Tokens[i].Slice(Text);

    /// <summary>Text from the start of token <paramref name="first"/> to the end of token <paramref name="end"/> - 1.</summary>
    public string Surface(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];

    public bool Is(int i, string folded) => (uint)i < (uint)Tokens.Length && Folded[i] == folded;

    public bool IsAny(int i, params ReadOnlySpan<string> folded)
    {
        if ((uint)i >= (uint)Tokens.Length) return false;
        foreach (var f in folded)
            if (Folded[i] == f) return true;
        return false;
    }

    /// <summary>True when the token starts with an uppercase letter.</summary>
    public bool IsCapitalized(int i) => (uint)i < (uint)Tokens.Length && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>True when the token has at least two letters and no lowercase letter ("NGUESSO").</summary>
    public bool IsAllCaps(int i)
    {
        var letters = 0;
        foreach (var c in Span(i))
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    public bool IsWord(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Word;

    public bool IsPunct(int i, char c) => (uint)i < (uint)Tokens.Length && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    /// <summary>True when the two tokens are in the same sentence.</summary>
    public bool SameSentence(int a, int b) => (uint)a < (uint)Tokens.Length && (uint)b < (uint)Tokens.Length && SentenceOf[a] == SentenceOf[b];

    /// <summary>Lowercases and straightens apostrophes.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            buffer[i] = c is '’' or 'ʼ' or '‘' ? '\'' : char.ToLowerInvariant(c);
        }
        return new string(buffer);
    }
}
