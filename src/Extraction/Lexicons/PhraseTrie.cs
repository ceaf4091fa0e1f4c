using Extraction.Tokenization;

namespace Extraction.Lexicons;

/// <summary>A longest match found by <see cref="PhraseTrie{T}"/>.</summary>
/// <param name="End">Index one past the last token (or word part) covered.</param>
/// <param name="Values">The values stored for the matched form whose case pattern fits the text, in insertion order.</param>
internal readonly record struct PhraseHit<T>(int End, T[] Values);

/// <summary>
/// Multi-word phrase lookup over tokens: a character trie keyed on folded forms (<see cref="LexiconText.FoldKey"/>),
/// walked along the text so that "Tel Aviv" and "Tel-Aviv", "États-Unis" and "Etats-Unis" meet the same entry.
/// A capital letter in a stored form must be a capital in the text ("Maroc" does not match "maroc"); lowercase
/// letters match either case ("marocain", "Marocains", "MAROCAINS").
/// </summary>
/// <remarks>Filled once by its owner's constructor, read-only afterwards; lookups are thread-safe.</remarks>
internal sealed class PhraseTrie<T>
{
    private const int MaxKeyLength = 128;

    private readonly Node _root = new();

    /// <summary>Adds a form. Only call while building.</summary>
    /// <exception cref="ArgumentException">The form is empty or longer than the supported key length.</exception>
    public void Add(string form, T value)
    {
        var normalized = LexiconText.NormalizeForm(form);
        if (normalized.Length == 0 || normalized.Length > MaxKeyLength)
            throw new ArgumentException($"Lexicon form '{form}' is empty or longer than {MaxKeyLength} characters.", nameof(form));
        var key = LexiconText.FoldKey(normalized);
        var upper = new List<int>();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (char.IsUpper(normalized[i])) upper.Add(i);
        }
        var node = _root;
        foreach (var c in key) node = node.Child(c) ?? node.AddChild(c);
        node.Entries ??= [];
        node.Entries.Add(new Entry(value, upper.ToArray()));
    }

    /// <summary>
    /// Longest form starting at token <paramref name="first"/> and ending at a token end. Word and elision tokens
    /// are walked; an elided token ("d'", "N'") joins the next without separator, other tokens are separated by
    /// whitespace only (no line break). Returns null when nothing matches.
    /// </summary>
    public PhraseHit<T>? LongestAt(string text, IReadOnlyList<Token> tokens, int first, Func<T, bool> accept)
    {
        Span<bool> upper = stackalloc bool[MaxKeyLength];
        var walk = new Walk(_root);
        PhraseHit<T>? best = null;
        for (var j = first; j < tokens.Count; j++)
        {
            var token = tokens[j];
            if (token.Kind is not (TokenKind.Word or TokenKind.Elision)) break;
            if (j > first)
            {
                var previous = tokens[j - 1];
                if (previous.Kind == TokenKind.Elision)
                {
                    if (token.Start != previous.End) break;
                }
                else
                {
                    if (!IsInlineSpace(text, previous.End, token.Start)) break;
                    if (!walk.Step(LexiconText.Separator, false, upper)) break;
                }
            }
            if (!FeedSlice(ref walk, text.AsSpan(token.Start, token.Length), upper)) break;
            if (token.Kind == TokenKind.Word && walk.Node!.Entries is { } entries)
            {
                var values = Select(entries, upper[..walk.Length], accept);
                if (values is not null) best = new PhraseHit<T>(j + 1, values);
            }
        }
        return best;
    }

    /// <summary>
    /// Longest form made of consecutive parts <paramref name="first"/>.. of one hyphenated word, whose parts are
    /// <paramref name="parts"/> (spans of <paramref name="text"/> without the hyphens).
    /// </summary>
    public PhraseHit<T>? LongestInWord(string text, ReadOnlySpan<Text.TextSpan> parts, int first, Func<T, bool> accept)
    {
        Span<bool> upper = stackalloc bool[MaxKeyLength];
        var walk = new Walk(_root);
        PhraseHit<T>? best = null;
        for (var j = first; j < parts.Length; j++)
        {
            if (j > first && !walk.Step(LexiconText.Separator, false, upper)) break;
            if (!FeedSlice(ref walk, text.AsSpan(parts[j].Start, parts[j].Length), upper)) break;
            if (walk.Node!.Entries is { } entries)
            {
                var values = Select(entries, upper[..walk.Length], accept);
                if (values is not null) best = new PhraseHit<T>(j + 1, values);
            }
        }
        return best;
    }

    private static bool FeedSlice(ref Walk walk, ReadOnlySpan<char> slice, Span<bool> upper)
    {
        foreach (var c in slice)
        {
            var ok = LexiconText.IsHyphen(c)
                ? walk.Step(LexiconText.Separator, false, upper)
                : walk.Step(LexiconText.Fold(c), char.IsUpper(c), upper);
            if (!ok) return false;
        }
        return true;
    }

    private static T[]? Select(List<Entry> entries, ReadOnlySpan<bool> upper, Func<T, bool> accept)
    {
        List<T>? result = null;
        foreach (var entry in entries)
        {
            if (!CaseFits(entry.Upper, upper) || !accept(entry.Value)) continue;
            (result ??= []).Add(entry.Value);
        }
        return result?.ToArray();
    }

    private static bool CaseFits(int[] required, ReadOnlySpan<bool> upper)
    {
        foreach (var i in required)
        {
            if (i >= upper.Length || !upper[i]) return false;
        }
        return true;
    }

    private static bool IsInlineSpace(string text, int start, int end)
    {
        if (end <= start) return false;
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] is '\n' or '\r' or '\u2028' or '\u2029') return false;
        }
        return true;
    }

    /// <summary>
    /// A trie node. Its children are two parallel arrays sorted by character, searched linearly (by halves in the
    /// few wide nodes): most nodes have one to three children, and a dictionary keyed by a char (a value type) is
    /// framework generic code that ReadyToRun cannot precompile, besides being slower than a short scan here.
    /// </summary>
    private sealed class Node
    {
        private char[] _keys = [];
        private Node[] _children = [];
        public List<Entry>? Entries;

        /// <summary>The child under <paramref name="c"/>, or null.</summary>
        public Node? Child(char c)
        {
            var keys = _keys;
            if (keys.Length > 8) // the root and a few wide nodes
            {
                // By hand: Array.BinarySearch<char> is framework generic code over a value type (see above).
                var (lo, hi) = (0, keys.Length - 1);
                while (lo <= hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (keys[mid] == c) return _children[mid];
                    if (keys[mid] < c) lo = mid + 1;
                    else hi = mid - 1;
                }
                return null;
            }
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == c) return _children[i];
                if (keys[i] > c) break;
            }
            return null;
        }

        /// <summary>Adds a child under <paramref name="c"/>, which has none (build time only).</summary>
        public Node AddChild(char c)
        {
            var at = 0;
            while (at < _keys.Length && _keys[at] < c) at++;
            var keys = new char[_keys.Length + 1];
            var children = new Node[_children.Length + 1];
            Array.Copy(_keys, keys, at);
            Array.Copy(_children, children, at);
            Array.Copy(_keys, at, keys, at + 1, _keys.Length - at);
            Array.Copy(_children, at, children, at + 1, _children.Length - at);
            var child = new Node();
            (keys[at], children[at]) = (c, child);
            (_keys, _children) = (keys, children);
            return child;
        }
    }

    private readonly record struct Entry(T Value, int[] Upper);

    private struct Walk(Node root)
    {
        public Node? Node = root;
        public int Length;

        public bool Step(char folded, bool isUpper, Span<bool> upper)
        {
            if (Node is null || Length >= upper.Length || Node.Child(folded) is not { } next)
            {
                Node = null;
                return false;
            }
            upper[Length++] = isUpper;
            Node = next;
            return true;
        }
    }
}
