using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Tokenization;

namespace Extraction.Tagging;

/// <summary>Kinds of <see cref="EntityCues"/> entries.</summary>
internal enum EntityCueKind : byte
{
    /// <summary>No cue.</summary>
    None,
    /// <summary>A geographic noun before a place name ("détroit" in "détroit de Béring").</summary>
    PlaceHead,
    /// <summary>A compass or regional complement after a place name ("du Nord" in "Amérique du Nord").</summary>
    PlaceTail,
    /// <summary>A word that opens an organization name ("Stade" in "Stade de Reims").</summary>
    OrgHead,
    /// <summary>A word that closes an organization name ("Records" in "Arista Records").</summary>
    OrgTail,
    /// <summary>Words before a name that make it an organization ("le club", "la société"); used for silver training labels.</summary>
    OrgContext,
    /// <summary>A word that closes a place name ("Stadium" in "Yankee Stadium").</summary>
    PlaceEnd,
    /// <summary>A preposition linking a head word to a name ("de", "du", "d'").</summary>
    Linker,
    /// <summary>A lower-case article ("la", "l'", "du"): no person name follows one.</summary>
    Article,
}

/// <summary>
/// The cue words of <c>Tagging/entity-cues.tsv</c>, matched over tokens: place cues in any case, organization cues in
/// the case written.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
internal sealed class EntityCues
{
    private static readonly Lazy<EntityCues> Shared = new(() => new EntityCues(ResourceTable.Load("Tagging/entity-cues.tsv"), ResourceTable.Load("Lexicons/name-particles.tsv")), LazyThreadSafetyMode.ExecutionAndPublication);

    // Phrase cues by kind, indexed by their first word and by their last word in the form SameWord compares
    // (lower case): a lookup finds the few candidates of a token instead of scanning every phrase per token.
    private readonly SpanHashTable<string[][]>?[] _byFirstWord = new SpanHashTable<string[][]>?[KindCount];
    private readonly SpanHashTable<string[][]>?[] _byLastWord = new SpanHashTable<string[][]>?[KindCount];
    private readonly int _longestPhraseWord;
    private readonly SpanLookup<int> _words;

    private const int KindCount = (int)EntityCueKind.Article + 1;

    private readonly SpanLookup<bool> _particles;

    private EntityCues(ResourceTable table, ResourceTable particles)
    {
        var particle = particles.Column("particle");
        _particles = SpanLookup.CreateSet(particles.Rows.Select(row => row[particle]), ignoreCase: false);
        var wordBits = new Dictionary<string, int>(StringComparer.Ordinal);
        // Plain loops over reference types below: generic LINQ over tuples is not precompiled and cost ~10 ms of JIT at start-up.
        var byFirst = new Dictionary<string, List<string[]>>?[KindCount];
        var byLast = new Dictionary<string, List<string[]>>?[KindCount];
        int cue = table.Column("cue"), kind = table.Column("kind");
        foreach (var row in table.Rows)
        {
            var k = row[kind] switch
            {
                "place-head" => EntityCueKind.PlaceHead,
                "place-tail" => EntityCueKind.PlaceTail,
                "org-head" => EntityCueKind.OrgHead,
                "org-tail" => EntityCueKind.OrgTail,
                "org-context" => EntityCueKind.OrgContext,
                "place-end" => EntityCueKind.PlaceEnd,
                "linker" => EntityCueKind.Linker,
                "article" => EntityCueKind.Article,
                _ => throw new InvalidDataException($"Resource '{table.Name}': unknown cue kind '{row[kind]}'."),
            };
            var words = Split(row[cue]);
            if (k is EntityCueKind.OrgHead or EntityCueKind.OrgTail or EntityCueKind.PlaceEnd or EntityCueKind.Linker or EntityCueKind.Article)
            {
                if (words.Length != 1) throw new InvalidDataException($"Resource '{table.Name}': word cue '{row[cue]}' must be one word.");
                // A word may have several kinds ("Club" opens and closes names): one bit per kind.
                wordBits[words[0]] = wordBits.GetValueOrDefault(words[0]) | (1 << (int)k);
            }
            else if (words.Length > 0)
            {
                AddTo(byFirst, k, words[0], words);
                AddTo(byLast, k, words[^1], words);
                foreach (var word in words) _longestPhraseWord = Math.Max(_longestPhraseWord, word.Length);
            }
        }
        _words = SpanLookup<int>.Create(wordBits, ignoreCase: false);
        for (var k = 0; k < KindCount; k++)
        {
            _byFirstWord[k] = Index(byFirst[k]);
            _byLastWord[k] = Index(byLast[k]);
        }
    }

    private static void AddTo(Dictionary<string, List<string[]>>?[] index, EntityCueKind kind, string keyWord, string[] words)
    {
        var byWord = index[(int)kind] ??= new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var key = Lower(keyWord);
        if (!byWord.TryGetValue(key, out var list)) byWord[key] = list = [];
        list.Add(words);
    }

    private static SpanHashTable<string[][]>? Index(Dictionary<string, List<string[]>>? byWord)
    {
        if (byWord is null) return null;
        var entries = new List<KeyValuePair<string, string[][]>>(byWord.Count);
        foreach (var (key, list) in byWord) entries.Add(KeyValuePair.Create(key, list.ToArray()));
        return new SpanHashTable<string[][]>(entries, ignoreCase: false);
    }

    /// <summary>A cue word's index key: each character lowercased, as <see cref="SameWord"/> compares them.</summary>
    private static string Lower(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++) span[i] = char.ToLowerInvariant(w[i]);
    });

    /// <summary>The embedded cue table.</summary>
    public static EntityCues Default => Shared.Value;

    /// <summary>Splits a cue into token texts: at spaces, and after an elision apostrophe ("de l'Est" → de, l', Est).</summary>
    private static string[] Split(string cue)
    {
        var words = new List<string>();
        foreach (var piece in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var apostrophe = piece.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe > 0 && apostrophe < piece.Length - 1)
            {
                words.Add(piece[..(apostrophe + 1)]);
                words.Add(piece[(apostrophe + 1)..]);
            }
            else words.Add(piece);
        }
        return [.. words];
    }

    /// <summary>
    /// Writes, per token of <c>[first, end)</c>, the bit set of the word cues it is (organization head, organization
    /// tail, place end: bits 1, 2, 4) and bit 8 for a one-word place head ("île", "lac"): NER feature values.
    /// </summary>
    public void Mark(string text, IReadOnlyList<Token> tokens, int first, int end, Span<byte> codes)
    {
        for (var i = first; i < end; i++)
        {
            byte code = 0;
            if (_words.TryGetValue(tokens[i].Slice(text), out var bits))
            {
                if ((bits & (1 << (int)EntityCueKind.OrgHead)) != 0) code |= 1;
                if ((bits & (1 << (int)EntityCueKind.OrgTail)) != 0) code |= 2;
                if ((bits & (1 << (int)EntityCueKind.PlaceEnd)) != 0) code |= 4;
            }
            if (PhraseCue(text, tokens, i + 1, i, i + 1, EntityCueKind.PlaceHead, endingAt: true) == 1) code |= 8;
            codes[i - first] = code;
        }
    }

    /// <summary>True when the token is a particle of <c>Lexicons/name-particles.tsv</c> ("van", "De", "del") or a linker ("d'").</summary>
    public bool IsNameParticle(ReadOnlySpan<char> word)
    {
        if (word.Length > 8) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        for (var i = 0; i < lower.Length; i++) if (lower[i] == '’') lower[i] = '\'';
        if (_particles.ContainsKey(lower)) return true;
        var bits = _words.TryGetValue(lower, out var b) ? b : 0;
        return (bits & (1 << (int)EntityCueKind.Linker)) != 0;
    }

    /// <summary>True when the word is a linker ("de", "du", "des", "d'").</summary>
    public bool IsLinker(ReadOnlySpan<char> word) =>
        _words.TryGetValue(word, out var bits) && (bits & (1 << (int)EntityCueKind.Linker)) != 0;

    /// <summary>True when token <paramref name="i"/> is a word cue (organization head or tail, place end) of <paramref name="kind"/>, in the case written.</summary>
    public bool IsWord(string text, IReadOnlyList<Token> tokens, int i, EntityCueKind kind)
    {
        if (i < 0 || i >= tokens.Count) return false;
        return _words.TryGetValue(tokens[i].Slice(text), out var bits) && (bits & (1 << (int)kind)) != 0;
    }

    /// <summary>
    /// Length in tokens of the longest phrase cue (place head or tail, organization context) of <paramref name="kind"/> ending just before <paramref name="at"/>
    /// (<paramref name="endingAt"/>) or starting at it, lying within <c>[first, stop)</c>; 0 when none.
    /// </summary>
    public int PhraseCue(string text, IReadOnlyList<Token> tokens, int at, int first, int stop, EntityCueKind kind, bool endingAt)
    {
        // Every phrase that fits [first, stop) has its last (or first) word at this token.
        var keyToken = endingAt ? at - 1 : at;
        var index = endingAt ? _byLastWord[(int)kind] : _byFirstWord[(int)kind];
        if (index is null || keyToken < first || keyToken >= stop) return 0;
        var word = tokens[keyToken].Slice(text);
        if (word.Length > _longestPhraseWord) return 0;
        // The token's key: what SameWord compares it as (’ read as ', lower case).
        Span<char> key = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++) key[i] = char.ToLowerInvariant(word[i] == '’' ? '\'' : word[i]);
        if (!index.TryGetValue(key, out var candidates)) return 0;
        var best = 0;
        foreach (var words in candidates)
        {
            if (words.Length <= best) continue;
            var start = endingAt ? at - words.Length : at;
            if (start < first || start + words.Length > stop) continue;
            var match = true;
            for (var j = 0; j < words.Length && match; j++) match = SameWord(tokens[start + j].Slice(text), words[j]);
            if (match) best = words.Length;
        }
        return best;
    }

    /// <summary>Case-insensitive comparison that treats ’ as '.</summary>
    public static bool SameWord(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length) return false;
        for (var i = 0; i < token.Length; i++)
        {
            var a = token[i] == '’' ? '\'' : token[i];
            if (char.ToLowerInvariant(a) != char.ToLowerInvariant(word[i])) return false;
        }
        return true;
    }
}
