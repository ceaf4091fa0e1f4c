namespace Extraction.Tokenization;

/// <summary>Groups tokens into sentences. First version: ends at . ! ? … and blank lines, not after titles.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class SentenceSplitter
{
    /// <summary>The shared instance.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences.</summary>
    public Sentence[] Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var end = false;
            if (t.Kind == TokenKind.Punctuation && t.Slice(text) is "." or "!" or "?" or "…")
            {
                // a closing quote right after the stop belongs to the same sentence
                while (i + 1 < tokens.Count && tokens[i + 1].Slice(text) is "»" or "\"" or ")") i++;
                end = i + 1 >= tokens.Count || !char.IsLower(text[tokens[i + 1].Start]);
                if (t.Start > 0 && i > first && IsTitle(tokens[i - 1].Slice(text)) && tokens[i - 1].End == t.Start) end = false;
            }
            else if (i + 1 < tokens.Count && text.AsSpan(t.End, tokens[i + 1].Start - t.End).Count('\n') >= 1)
            {
                end = true;
            }
            if (end || i + 1 == tokens.Count)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i + 1));
                first = i + 1;
            }
        }
        return sentences.ToArray();
    }

    private static bool IsTitle(ReadOnlySpan<char> word) => word is "M" or "MM" or "Mme" or "Dr" or "Pr" or "Me" or "St";
}
