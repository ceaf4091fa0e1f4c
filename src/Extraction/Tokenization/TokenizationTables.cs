using Extraction.Internal;
using Extraction.Lexicons;

namespace Extraction.Tokenization;

/// <summary>Whether the period of an abbreviation can also end a sentence.</summary>
internal enum AbbreviationBoundary
{
    /// <summary>Never ends a sentence ("M.", "av.", "p.").</summary>
    Never,

    /// <summary>Ends the sentence when a sentence-like token follows ("etc.", "J.-C.").</summary>
    Maybe,
}

/// <summary>The kind of an inversion clitic, from <c>inversion-clitics.tsv</c>.</summary>
internal enum CliticType
{
    /// <summary>A subject pronoun (il, elle, on...); may be preceded by the euphonic -t-.</summary>
    Subject,

    /// <summary>An object pronoun of an imperative (moi, le, y...).</summary>
    Object,

    /// <summary>The demonstrative ce of est-ce.</summary>
    Demonstrative,
}

/// <summary>
/// The French word lists the tokenizer and the sentence splitter read, loaded once from
/// <c>Resources/Tokenization/*.tsv</c>. Every lookup takes a <see cref="ReadOnlySpan{T}"/> and allocates nothing.
/// </summary>
/// <remarks>Immutable after construction; safe to share across threads.</remarks>
internal sealed class TokenizationTables
{
    private static readonly Lazy<TokenizationTables> s_default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanHashTable<bool> _elisions;
    private readonly SpanHashTable<CliticType> _clitics;
    private readonly SpanHashTable<bool> _compounds;
    private readonly SpanHashTable<AbbreviationBoundary> _abbreviations;
    private readonly SpanHashTable<OrdinalSuffix> _ordinalSuffixes;
    private readonly SpanHashTable<bool> _tlds;
    private readonly SpanHashTable<bool> _sentenceStarters;
    private readonly int _maxElision, _maxClitic, _maxCompound, _maxAbbreviation, _maxSuffix, _maxTld, _maxStarter;

    /// <summary>Builds the tables from already-parsed rows (tests pass tiny tables).</summary>
    /// <exception cref="InvalidDataException">An entry is empty, duplicated or has an unknown type.</exception>
    public TokenizationTables(
        ResourceTable elisions,
        ResourceTable clitics,
        ResourceTable compounds,
        ResourceTable abbreviations,
        ResourceTable ordinalSuffixes,
        ResourceTable tlds,
        ResourceTable sentenceStarters)
    {
        _elisions = BuildSet(elisions, "form", ignoreCase: true, out _maxElision);
        _compounds = BuildSet(compounds, "form", ignoreCase: true, out _maxCompound);
        _tlds = BuildSet(tlds, "tld", ignoreCase: true, out _maxTld);
        _sentenceStarters = BuildMap(sentenceStarters, "form", ignoreCase: false, out _maxStarter,
            row => YesNo(sentenceStarters, row[sentenceStarters.Column("after_initial")]));
        _clitics = BuildMap(clitics, "form", ignoreCase: true, out _maxClitic,
            row => row[clitics.Column("type")] switch
            {
                "subject" => CliticType.Subject,
                "object" => CliticType.Object,
                "demonstrative" => CliticType.Demonstrative,
                var other => throw new InvalidDataException($"Resource '{clitics.Name}': unknown clitic type '{other}'."),
            });
        _abbreviations = BuildMap(abbreviations, "form", ignoreCase: false, out _maxAbbreviation,
            row => row[abbreviations.Column("boundary")] switch
            {
                "never" => AbbreviationBoundary.Never,
                "maybe" => AbbreviationBoundary.Maybe,
                var other => throw new InvalidDataException($"Resource '{abbreviations.Name}': unknown boundary '{other}'."),
            });
        _ordinalSuffixes = BuildMap(ordinalSuffixes, "suffix", ignoreCase: false, out _maxSuffix,
            row => new OrdinalSuffix(
                YesNo(ordinalSuffixes, row[ordinalSuffixes.Column("first_only")]),
                YesNo(ordinalSuffixes, row[ordinalSuffixes.Column("roman")])));
    }

    /// <summary>The tables embedded in the library, loaded on first use.</summary>
    public static TokenizationTables Default => s_default.Value;

    /// <summary>True when <paramref name="word"/> is an elided form such as <c>l</c>, <c>qu</c> or <c>jusqu</c> (any case).</summary>
    public bool IsElision(ReadOnlySpan<char> word) => word.Length <= _maxElision && _elisions.ContainsKey(word);

    /// <summary>Looks up an inversion clitic without its hyphen (any case).</summary>
    public bool TryGetClitic(ReadOnlySpan<char> form, out CliticType type)
    {
        type = default;
        return form.Length <= _maxClitic && _clitics.TryGetValue(form, out type);
    }

    /// <summary>True when the hyphenated word must be kept whole although it ends like a clitic (rendez-vous).</summary>
    public bool IsWholeCompound(ReadOnlySpan<char> word) => word.Length <= _maxCompound && _compounds.ContainsKey(word);

    /// <summary>Length of the longest abbreviation, so that a scanner knows how far to look ahead.</summary>
    public int MaxAbbreviationLength => _maxAbbreviation;

    /// <summary>Looks up an abbreviation with its final period, exact case (<c>M.</c>, <c>etc.</c>, <c>n°</c>).</summary>
    public bool TryGetAbbreviation(ReadOnlySpan<char> form, out AbbreviationBoundary boundary)
    {
        boundary = default;
        return form.Length <= _maxAbbreviation && _abbreviations.TryGetValue(form, out boundary);
    }

    /// <summary>Looks up an ordinal suffix (<c>er</c>, <c>ème</c>, <c>ᵉ</c>), exact case.</summary>
    public bool TryGetOrdinalSuffix(ReadOnlySpan<char> suffix, out OrdinalSuffix info)
    {
        info = default;
        return suffix.Length <= _maxSuffix && _ordinalSuffixes.TryGetValue(suffix, out info);
    }

    /// <summary>True when <paramref name="label"/> is a known top-level domain (any case).</summary>
    public bool IsTopLevelDomain(ReadOnlySpan<char> label) => label.Length <= _maxTld && _tlds.ContainsKey(label);

    /// <summary>True when <paramref name="word"/> is a capitalised word that usually starts a sentence (exact case).</summary>
    /// <param name="word">The word.</param>
    /// <param name="afterInitial">The word follows an initial (J., J.-Y.): surname particles (Le, De) do not count.</param>
    public bool IsSentenceStarter(ReadOnlySpan<char> word, bool afterInitial = false) =>
        word.Length <= _maxStarter && _sentenceStarters.TryGetValue(word, out var starts) && (starts || !afterInitial);

    private static TokenizationTables Load()
    {
        try
        {
            return new TokenizationTables(
                LoadTable("elisions.tsv"),
                LoadTable("inversion-clitics.tsv"),
                LoadTable("hyphen-compounds.tsv"),
                LoadTable("abbreviations.tsv"),
                LoadTable("ordinal-suffixes.tsv"),
                LoadTable("tlds.tsv"),
                LoadTable("sentence-starters.tsv"));
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            throw new InvalidDataException("Could not load the tokenization tables: " + e.Message, e);
        }
    }

    /// <summary>The names of the embedded tables this class reads, under <c>Resources/Tokenization/</c>.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["abbreviations.tsv", "elisions.tsv", "hyphen-compounds.tsv", "inversion-clitics.tsv", "ordinal-suffixes.tsv", "sentence-starters.tsv", "tlds.tsv"];

    /// <summary>Reads <c>Resources/Tokenization/<paramref name="file"/></c>.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed.</exception>
    public static ResourceTable LoadTable(string file) => ResourceTable.Load("Tokenization/" + file);

    private static bool YesNo(ResourceTable table, string cell) => cell switch
    {
        "yes" => true,
        "no" => false,
        _ => throw new InvalidDataException($"Resource '{table.Name}': expected yes or no, got '{cell}'."),
    };

    private static SpanHashTable<bool> BuildSet(ResourceTable table, string column, bool ignoreCase, out int maxLength) =>
        BuildMap(table, column, ignoreCase, out maxLength, static _ => true);

    // Arrays and a set of strings, not a Dictionary<string, T> or a frozen dictionary: framework generic code over a
    // value type T is JIT-compiled at every start (ReadyToRun cannot hold it), the table's own code is precompiled.
    private static SpanHashTable<T> BuildMap<T>(
        ResourceTable table, string column, bool ignoreCase, out int maxLength, Func<string[], T> value)
    {
        var key = table.Column(column);
        var seen = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var keys = new string[table.Rows.Count];
        var values = new T[keys.Length];
        maxLength = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var row = table.Rows[i];
            var form = row[key];
            if (form.Length == 0 || form.AsSpan().Trim().Length != form.Length)
                throw new InvalidDataException($"Resource '{table.Name}': empty or space-padded entry '{form}'.");
            values[i] = value(row);
            if (!seen.Add(form))
                throw new InvalidDataException($"Resource '{table.Name}': duplicate entry '{form}'.");
            keys[i] = form;
            maxLength = Math.Max(maxLength, form.Length);
        }
        return new SpanHashTable<T>(keys, values, ignoreCase);
    }
}

/// <summary>An ordinal suffix entry.</summary>
/// <param name="FirstOnly">The suffix spells premier/première (er, re): after Roman numerals only I takes it.</param>
/// <param name="AfterRoman">The suffix may follow a Roman numeral.</param>
internal readonly record struct OrdinalSuffix(bool FirstOnly, bool AfterRoman);
