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
/// <remarks>Immutable after load; safe to share across threads.</remarks>
internal sealed class FrenchLexicon
{
    /// <summary>Embedded resource path under <c>Resources/</c>.</summary>
    public const string ResourceName = "Lexicons/hunspell-fr-words.tsv.gz";

    /// <summary>One letter per category, in the order of the <see cref="WordCategories"/> bits.</summary>
    public const string CategoryLetters = "NAVXRPDOCSIMZFLpigw";

    private static readonly Lazy<FrenchLexicon> Shared = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    // The decompressed table stays as one char array; entries are (offset, length, categories), sorted by ordinal
    // form, and looked up by binary search over spans: no per-entry string, so loading is one pass over the text.
    private readonly char[] _text;
    private readonly int[] _offsets;
    private readonly ushort[] _lengths;
    private readonly WordCategories[] _categories;

    private FrenchLexicon(char[] text, int[] offsets, ushort[] lengths, WordCategories[] categories)
    {
        _text = text;
        _offsets = offsets;
        _lengths = lengths;
        _categories = categories;
    }

    /// <summary>The lexicon embedded in the library, loaded once on first use.</summary>
    public static FrenchLexicon Default => Shared.Value;

    /// <summary>Number of distinct forms.</summary>
    public int Count => _offsets.Length;

    /// <summary>Categories of the exact form (case-sensitive); <see cref="WordCategories.None"/> when unknown.</summary>
    public WordCategories ExactCategories(ReadOnlySpan<char> word)
    {
        int low = 0, high = _offsets.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var cmp = _text.AsSpan(_offsets[mid], _lengths[mid]).SequenceCompareTo(word);
            if (cmp == 0) return _categories[mid];
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
        if (word.IsEmpty || word.Length > 64) return WordCategories.None;
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

    /// <summary>True when the lowercase form of the word is a known common word (noun, verb, adjective, adverb, function word…).</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 64) return false;
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

    /// <summary>Reads a gzip-compressed lexicon table (<c>form</c>, <c>categories</c>, sorted by ordinal form) from a stream.</summary>
    /// <exception cref="InvalidDataException">Malformed or unsorted table.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static FrenchLexicon Read(Stream gzipStream, string name)
    {
        using var gz = new GZipStream(gzipStream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetChars(buffer.GetBuffer(), 0, (int)buffer.Length);
        var offsets = new List<int>(1 << 19);
        var lengths = new List<ushort>(1 << 19);
        var categories = new List<WordCategories>(1 << 19);
        var header = false;
        var lineNumber = 0;
        var span = text.AsSpan();
        for (var start = 0; start < text.Length;)
        {
            var newline = span[start..].IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            var line = span[start..end];
            lineNumber++;
            if (line.Length > 0 && line[0] != '#')
            {
                var tab = line.IndexOf('\t');
                if (tab <= 0 || tab > ushort.MaxValue) throw new InvalidDataException($"Resource '{name}' line {lineNumber}: expected 'form<TAB>categories'.");
                if (!header) header = true;
                else
                {
                    if (offsets.Count > 0 && text.AsSpan(offsets[^1], lengths[^1]).SequenceCompareTo(line[..tab]) >= 0)
                        throw new InvalidDataException($"Resource '{name}' line {lineNumber}: forms must be unique and sorted by ordinal.");
                    offsets.Add(start);
                    lengths.Add((ushort)tab);
                    categories.Add(FromLetters(line[(tab + 1)..]));
                }
            }
            start = end + 1;
        }
        if (!header) throw new InvalidDataException($"Resource '{name}' has no header row.");
        return new FrenchLexicon(text, [.. offsets], [.. lengths], [.. categories]);
    }

    private static FrenchLexicon Load(string name)
    {
        using var stream = Internal.EmbeddedResources.Open(name, out var logical);
        return Read(stream, logical);
    }
}
