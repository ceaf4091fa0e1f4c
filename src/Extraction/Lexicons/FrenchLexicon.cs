using Extraction.Internal;
using System.IO.Compression;
using System.Text;

namespace Extraction.Lexicons;

/// <summary>Grammatical categories a French word form can take (a form may take several).</summary>
[Flags]
internal enum WordCategories : uint
{
    None = 0,
    Noun = 1 << 0,
    Adjective = 1 << 1,
    Verb = 1 << 2,
    Auxiliary = 1 << 3,
    Adverb = 1 << 4,
    Preposition = 1 << 5,
    Determiner = 1 << 6,
    Pronoun = 1 << 7,
    CoordinatingConjunction = 1 << 8,
    SubordinatingConjunction = 1 << 9,
    Interjection = 1 << 10,
    Numeral = 1 << 11,
    ProperNoun = 1 << 12,
    FirstName = 1 << 13,
    FamilyName = 1 << 14,
    PastParticiple = 1 << 15,
    Infinitive = 1 << 16,
    PresentParticiple = 1 << 17,
    FunctionWord = 1 << 18,
}

/// <summary>
/// French word forms and their categories, derived from the Dicollecte/Grammalecte hunspell dictionary (MPL-2.0)
/// by <c>Extraction.Training build-lexicon</c>: every inflected form the affix rules produce, with the set of
/// categories it can take. Proper nouns, first names and family names keep their capitals.
/// </summary>
/// <remarks>
/// Its forms never change after load; safe to share across threads (the lookup index it builds once, after many
/// lookups, gives the same answers as the search it replaces).
/// </remarks>
internal sealed class FrenchLexicon
{
    /// <summary>Embedded resource path under <c>Resources/</c>.</summary>
    public const string ResourceName = "Lexicons/hunspell-fr-words.bin";

    /// <summary>One letter per category, in the order of the <see cref="WordCategories"/> bits.</summary>
    public const string CategoryLetters = "NAVXRPDOCSIMZFLpigw";

    /// <summary>"EXTL" in little-endian.</summary>
    public const uint Magic = 0x4C545845;

    /// <summary>Current file format version.</summary>
    public const int FormatVersion = 1;

    // Longest form looked up, in chars; longer words are never French word forms.
    private const int MaxWordLength = 64;

    private static readonly Lazy<FrenchLexicon> Shared = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    // Forms are one UTF-8 blob sorted by bytes; _offsets[i].._offsets[i + 1] is form i and _categoryIndex[i] points
    // into the few distinct category sets. Loading is a decompression and one prefix sum: no per-entry parsing.
    private readonly byte[] _forms;
    private readonly int[] _offsets;
    private readonly byte[] _categoryIndex;
    private readonly WordCategories[] _categorySets;

    // An open-addressing hash index over the forms: a lookup reads one or two slots and compares one form, where the
    // binary search over 470,000 forms makes ~19 comparisons, most of them cache misses (the taggers look up every
    // distinct word of every document). A slot holds all a lookup needs, so that it costs two cache misses (the slot,
    // the form's bytes), not four: the form's offset in the blob (bits 0-22), its length (23-30), its category set
    // (31-38) and the top 25 bits of its hash (39-63), which rule out almost every other form without reading it.
    // A filled slot is never 0 (a form is at least one byte long).
    // Building it costs ~10 ms, which a process that extracts one article should not pay at start-up: it is built
    // once, by the lookup that crosses IndexAfterLookups, and published whole; until then lookups binary-search. The
    // threshold is where the searches have cost about what the build does (1.4 µs a search against 0.2 µs a hashed
    // lookup, `lexicon-lookups` probe): an article makes a few hundred lookups, a batch passes it within its first
    // forty; at 2^16, as before, a batch spent ~80 ms more searching.
    // Both give the same answer, so when the switch happens changes no output.
    private const int OffsetBits = 23, LengthShift = 23, SetShift = 31, TagShift = 39;
    private const int IndexAfterLookups = 1 << 13;
    private ulong[]? _slots;
    private int _lookups; // approximate (unsynchronized increments may be lost): it only decides when to build
    private int _building;

    private FrenchLexicon(byte[] forms, int[] offsets, byte[] categoryIndex, WordCategories[] categorySets)
    {
        _forms = forms;
        _offsets = offsets;
        _categoryIndex = categoryIndex;
        _categorySets = categorySets;
    }

    /// <summary>Builds the hash index now if it is not built yet (tests; a long-running service may call it after load).</summary>
    internal void EnsureIndex()
    {
        // A blob too large for the slot's offset field keeps the binary search.
        if (_forms.Length >= 1 << OffsetBits) return;
        if (Volatile.Read(ref _slots) is not null || Interlocked.Exchange(ref _building, 1) != 0) return;
        // null (a form too long for the slot's length field): the binary search stays
        Volatile.Write(ref _slots, BuildSlots());
    }

    /// <summary>True once lookups go through the hash index.</summary>
    internal bool IsIndexed => Volatile.Read(ref _slots) is not null;

    /// <summary>The hash index of <see cref="_slots"/>: at most half full, so that probe runs stay short; null when a
    /// form is longer than the slot's 8-bit length field holds.</summary>
    private ulong[]? BuildSlots()
    {
        var count = _categoryIndex.Length;
        var size = 1;
        while (size < count * 2) size <<= 1;
        var slots = new ulong[size];
        var mask = size - 1;
        for (var i = 0; i < count; i++)
        {
            var offset = _offsets[i];
            var length = _offsets[i + 1] - offset;
            if (length >= 1 << (SetShift - LengthShift)) return null;
            var hash = FormHash(_forms.AsSpan(offset, length));
            var at = (int)hash & mask;
            while (slots[at] != 0) at = (at + 1) & mask;
            slots[at] = (ulong)(uint)offset | (ulong)(uint)length << LengthShift | (ulong)_categoryIndex[i] << SetShift | (ulong)(hash >> 7) << TagShift;
        }
        return slots;
    }

    /// <summary>A fast 32-bit hash of a UTF-8 form, eight bytes at a time (in-process only: nothing stores it).</summary>
    private static uint FormHash(ReadOnlySpan<byte> form)
    {
        const ulong multiplier = 0x9E3779B97F4A7C15;
        var h = (ulong)form.Length * multiplier;
        while (form.Length >= 8)
        {
            h = (h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(form)) * multiplier;
            h ^= h >> 32;
            form = form[8..];
        }
        ulong tail = 0;
        for (var k = 0; k < form.Length; k++) tail |= (ulong)form[k] << (8 * k);
        h = (h ^ tail) * multiplier;
        h ^= h >> 29;
        h *= multiplier;
        return (uint)(h >> 32);
    }

    /// <summary>The lexicon embedded in the library, loaded once on first use.</summary>
    public static FrenchLexicon Default => Shared.Value;

    /// <summary>Number of distinct forms.</summary>
    public int Count => _categoryIndex.Length;

    /// <summary>Categories of the exact form (case-sensitive); <see cref="WordCategories.None"/> when unknown.</summary>
    public WordCategories ExactCategories(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength) return WordCategories.None;
        Span<byte> utf8 = stackalloc byte[MaxWordLength * 3];
        // Lone surrogates become U+FFFD, which no form contains.
        var length = Encoding.UTF8.GetBytes(word, utf8);
        return ExactCategories(utf8[..length]);
    }

    private WordCategories ExactCategories(ReadOnlySpan<byte> form)
    {
        var slots = Volatile.Read(ref _slots);
        if (slots is null)
        {
            if (++_lookups >= IndexAfterLookups) EnsureIndex();
            return BinarySearch(form);
        }
        var hash = FormHash(form);
        var mask = slots.Length - 1;
        var tag = (ulong)(hash >> 7) << TagShift;
        var key = (ulong)(uint)form.Length << LengthShift | tag;
        const ulong keyMask = 0xFFUL << LengthShift | ~0UL << TagShift;
        for (var at = (int)hash & mask; ; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot == 0) return WordCategories.None;
            if ((slot & keyMask) != key) continue;
            if (_forms.AsSpan((int)(slot & ((1UL << OffsetBits) - 1)), form.Length).SequenceEqual(form))
                return _categorySets[(int)(slot >> SetShift) & 0xFF];
        }
    }

    private WordCategories BinarySearch(ReadOnlySpan<byte> form)
    {
        int low = 0, high = _categoryIndex.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var cmp = _forms.AsSpan(_offsets[mid], _offsets[mid + 1] - _offsets[mid]).SequenceCompareTo(form);
            if (cmp == 0) return _categorySets[_categoryIndex[mid]];
            if (cmp < 0) low = mid + 1;
            else high = mid - 1;
        }
        return WordCategories.None;
    }

    /// <summary>
    /// Categories of <paramref name="word"/>: the exact form's, plus those of its lowercase form when the word has
    /// capitals (a sentence-initial "Le" is still a determiner). Apostrophes are normalized (’ → ').
    /// </summary>
    public WordCategories Categories(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength) return WordCategories.None;
        Span<char> buffer = stackalloc char[word.Length];
        var hasUpper = false;
        var hasCurly = false;
        foreach (var ch in word)
        {
            if (char.IsUpper(ch)) hasUpper = true;
            if (ch == '’') hasCurly = true;
        }
        scoped ReadOnlySpan<char> form = word;
        if (hasCurly)
        {
            word.CopyTo(buffer);
            buffer.Replace('’', '\'');
            form = buffer;
        }
        var cats = ExactCategories(form);
        if (!hasUpper) return cats;
        Span<char> lower = stackalloc char[form.Length];
        form.ToLowerInvariant(lower);
        cats |= ExactCategories(lower);
        if (cats == WordCategories.None && form.Length > 1)
        {
            // "PARIS" → "Paris".
            lower[0] = char.ToUpperInvariant(lower[0]);
            cats |= ExactCategories(lower);
        }
        return cats;
    }

    /// <summary>True when the word is a known first name (hunspell <c>po:prn</c>).</summary>
    public bool IsFirstName(ReadOnlySpan<char> word) => (Categories(word) & WordCategories.FirstName) != 0;

    /// <summary>True when the word is a known family name (hunspell <c>po:patr</c>).</summary>
    public bool IsFamilyName(ReadOnlySpan<char> word) => (Categories(word) & WordCategories.FamilyName) != 0;

    /// <summary>True when the word is a known proper noun (hunspell <c>po:npr</c>: places, peoples, brands…).</summary>
    public bool IsProperNoun(ReadOnlySpan<char> word) => (Categories(word) & WordCategories.ProperNoun) != 0;

    /// <summary>
    /// True for a lowercase word of more than two letters known as an adjective and not as a verb: the words allowed
    /// between an organization word and the name it introduces ("le groupe public chinois …").
    /// </summary>
    public bool IsLowercaseAdjective(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsLower(word[0]) && (Categories(word) & (WordCategories.Adjective | WordCategories.Verb)) == WordCategories.Adjective;

    /// <summary>True when the lowercase form of the word is a known common word (noun, verb, adjective, adverb, function word…).</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        const WordCategories common = ~(WordCategories.ProperNoun | WordCategories.FirstName | WordCategories.FamilyName);
        return (ExactCategories(lower) & common) != 0;
    }

    /// <summary>Renders categories as letters (see <see cref="CategoryLetters"/>).</summary>
    public static string ToLetters(WordCategories categories)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < CategoryLetters.Length; i++)
            if (((uint)categories & (1u << i)) != 0) sb.Append(CategoryLetters[i]);
        return sb.ToString();
    }

    /// <summary>Parses category letters.</summary>
    /// <exception cref="InvalidDataException">An unknown letter.</exception>
    public static WordCategories FromLetters(ReadOnlySpan<char> letters)
    {
        var result = WordCategories.None;
        foreach (var ch in letters)
        {
            var i = CategoryLetters.IndexOf(ch);
            if (i < 0) throw new InvalidDataException($"Unknown category letter '{ch}'.");
            result |= (WordCategories)(1u << i);
        }
        return result;
    }

    /// <summary>
    /// Writes a lexicon file: magic, version, the licence notice, the distinct category sets, then per form its
    /// UTF-8 byte length and category-set index, then all forms as one UTF-8 blob sorted by bytes; GZip-compressed.
    /// Deterministic: the same forms give the same bytes.
    /// </summary>
    /// <exception cref="ArgumentException">A form longer than 255 UTF-8 bytes, or more than 256 distinct category sets.</exception>
    public static void Write(Stream output, IReadOnlyDictionary<string, WordCategories> forms, string notice)
    {
        var encoded = forms.Select(p => (Bytes: Encoding.UTF8.GetBytes(p.Key), p.Value)).ToList();
        encoded.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        var sets = encoded.Select(e => e.Value).Distinct().Order().ToList();
        if (sets.Count > 256) throw new ArgumentException("More than 256 distinct category sets.", nameof(forms));
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, new UTF8Encoding(false), leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(notice);
        w.Write(sets.Count);
        foreach (var set in sets) w.Write((uint)set);
        w.Write(encoded.Count);
        foreach (var (bytes, _) in encoded)
            w.Write(bytes.Length is > 0 and <= byte.MaxValue ? (byte)bytes.Length : throw new ArgumentException("Forms must be 1 to 255 UTF-8 bytes.", nameof(forms)));
        foreach (var (_, set) in encoded) w.Write((byte)sets.BinarySearch(set));
        foreach (var (bytes, _) in encoded) w.Write(bytes);
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Not a lexicon file, another version, or truncated/corrupt.</exception>
    // No AggressiveOptimization: it keeps ReadyToRun from precompiling the method, which was then JIT-compiled with
    // full optimization at every start (~15 ms); the loops are short enough for tiered code (and on-stack replacement).
    public static FrenchLexicon Read(Stream input, string name)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, new UTF8Encoding(false), leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException($"Lexicon '{name}' is not an Extraction lexicon file (bad magic number).");
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"Lexicon '{name}' has format version {version}; this library reads version {FormatVersion}.");
            _ = r.ReadString(); // licence notice
            var sets = new WordCategories[r.ReadInt32()];
            if (sets.Length is 0 or > 256) throw new InvalidDataException($"Lexicon '{name}' is corrupt (category sets).");
            for (var i = 0; i < sets.Length; i++) sets[i] = (WordCategories)r.ReadUInt32();
            var count = r.ReadInt32();
            if (count <= 0) throw new InvalidDataException($"Lexicon '{name}' is corrupt (form count).");
            var lengths = ReadExactly(r, count, name);
            var offsets = new int[count + 1];
            for (var i = 0; i < count; i++) offsets[i + 1] = offsets[i] + lengths[i];
            var categoryIndex = ReadExactly(r, count, name);
            foreach (var index in categoryIndex)
                if (index >= sets.Length) throw new InvalidDataException($"Lexicon '{name}' is corrupt (category index).");
            var forms = ReadExactly(r, offsets[count], name);
            return new FrenchLexicon(forms, offsets, categoryIndex, sets);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Lexicon '{name}' is truncated.", e);
        }
    }

    private static byte[] ReadExactly(BinaryReader reader, int count, string name)
    {
        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new InvalidDataException($"Lexicon '{name}' is truncated.");
    }

    private static FrenchLexicon Load(string name)
    {
        using var stream = Internal.EmbeddedResources.Open(name, out var logical);
        return Read(stream, logical);
    }
}
