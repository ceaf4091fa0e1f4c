namespace Extraction.Lexicons;

/// <summary>
/// Longest match of folded token sequences against a set of phrases ("chef de l' état", "premier ministre").
/// Phrases are stored by their token count so a lookup joins at most <see cref="MaxTokens"/> folded tokens.
/// </summary>
/// <typeparam name="T">Value attached to each phrase.</typeparam>
/// <remarks>Immutable after construction; safe to share across threads.</remarks>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T> _phrases;

    // The most words of a phrase starting with a given word: most tokens start no phrase at all, and a lookup then
    // costs one hash instead of MaxTokens joined strings.
    private readonly Dictionary<string, int> _longestByFirstWord;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        _phrases = new Dictionary<string, T>(StringComparer.Ordinal);
        _longestByFirstWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in phrases)
        {
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var normalized = string.Join(' ', words);
            _phrases[normalized] = value;
            MaxTokens = Math.Max(MaxTokens, words.Length + (words.Length == 0 ? 1 : 0));
            if (words.Length > 0)
                _longestByFirstWord[words[0]] = Math.Max(words.Length, _longestByFirstWord.GetValueOrDefault(words[0]));
        }
    }

    public int MaxTokens { get; }

    /// <summary>Longest phrase starting at <paramref name="start"/>; returns its token count (0 when none).</summary>
    public int Match(string[] folded, int start, int limit, out T value) => Match(folded, start, limit, folded[start], out value);

    /// <summary>Longest phrase starting at <paramref name="start"/>, reading <paramref name="first"/> in place of the first token
    /// (to look up a singular form of a plural word).</summary>
    public int Match(string[] folded, int start, int limit, string first, out T value)
    {
        value = default!;
        // A key joins n tokens with spaces, so it has at least n words and its first word is the first word of
        // `first`: no phrase can match more tokens than the longest phrase starting with that word.
        var space = first.IndexOf(' ', StringComparison.Ordinal);
        if (!_longestByFirstWord.TryGetValue(space < 0 ? first : first[..space], out var longest)) return 0;
        var max = Math.Min(Math.Min(MaxTokens, longest), limit - start);
        for (var n = max; n >= 1; n--)
        {
            var key = n == 1 ? first : first + " " + string.Join(' ', folded, start + 1, n - 1);
            if (_phrases.TryGetValue(key, out var v))
            {
                value = v;
                return n;
            }
        }
        return 0;
    }

    public bool Contains(string phrase) => _phrases.ContainsKey(phrase);
}
