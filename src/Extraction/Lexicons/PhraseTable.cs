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

    // The phrases by a hash of their text, which a lookup computes over the tokens without joining them: a match
    // attempt allocates nothing (it runs for every token a role head or an instrument noun is tested at).
    private readonly Dictionary<ulong, (string Key, T Value)[]> _byHash;

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
        var byHash = new Dictionary<ulong, List<(string, T)>>();
        foreach (var (key, value) in _phrases)
        {
            var hash = Hash(HashOffset, key);
            if (!byHash.TryGetValue(hash, out var entries)) byHash[hash] = entries = [];
            entries.Add((key, value));
        }
        _byHash = new Dictionary<ulong, (string Key, T Value)[]>(byHash.Count);
        foreach (var (hash, entries) in byHash) _byHash[hash] = [.. entries];
    }

    private const ulong HashOffset = 14695981039346656037UL, HashPrime = 1099511628211UL;

    /// <summary>FNV-1a over the characters of <paramref name="text"/>, continuing <paramref name="hash"/>: a key's hash is
    /// the hash of its first word continued by each space and next word, as <see cref="Match(string[], int, int, string, out T)"/> reads them.</summary>
    private static ulong Hash(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = (hash ^ c) * HashPrime;
        return hash;
    }

    /// <summary>True when <paramref name="key"/> is <paramref name="first"/> then the <paramref name="n"/> - 1 tokens after
    /// <paramref name="start"/>, joined by spaces.</summary>
    private static bool IsKey(string key, string first, string[] folded, int start, int n)
    {
        var length = first.Length + n - 1;
        for (var k = 1; k < n; k++) length += folded[start + k].Length;
        if (length != key.Length || !key.AsSpan(0, first.Length).SequenceEqual(first)) return false;
        var at = first.Length;
        for (var k = 1; k < n; k++)
        {
            var word = folded[start + k];
            if (key[at] != ' ' || !key.AsSpan(at + 1, word.Length).SequenceEqual(word)) return false;
            at += 1 + word.Length;
        }
        return true;
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
        if (max <= 0) return 0;
        // the hash of the key of every length, shortest first; then the longest that is a phrase
        Span<ulong> hashes = stackalloc ulong[max];
        hashes[0] = Hash(HashOffset, first);
        for (var n = 2; n <= max; n++) hashes[n - 1] = Hash(Hash(hashes[n - 2], " "), folded[start + n - 1]);
        for (var n = max; n >= 1; n--)
        {
            if (!_byHash.TryGetValue(hashes[n - 1], out var entries)) continue;
            foreach (var (key, v) in entries)
                if (IsKey(key, first, folded, start, n))
                {
                    value = v;
                    return n;
                }
        }
        return 0;
    }

    public bool Contains(string phrase) => _phrases.ContainsKey(phrase);
}
