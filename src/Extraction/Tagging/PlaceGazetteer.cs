using Extraction.Internal;
using System.IO.Compression;
using System.Text;
using Extraction.Tokenization;

namespace Extraction.Tagging;

/// <summary>
/// Place names (GeoNames cities, French country names) matched over tokens, longest match first, used as NER features.
/// Entries are compared by their text (tokens joined by single spaces, case-insensitive), never by hash alone.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
internal sealed class PlaceGazetteer
{
    /// <summary>Embedded resource path.</summary>
    public const string ResourceName = "Models/ner-places.tsv.gz";

    /// <summary>Position codes written by <see cref="Match"/>: none, single token, first, inside, last.</summary>
    public const byte None = 0, Unit = 1, Begin = 2, Inside = 3, Last = 4;

    private const int MaxTokens = 5;
    private const int MaxChars = 64;

    private static readonly Lazy<PlaceGazetteer> Shared = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    // 24,000 names: a plain hash table builds in a few milliseconds where a frozen set spent ~30 ms of every cold
    // start analysing the keys, and a lookup here is one per capitalized token and length, not a hot loop.
    private readonly SpanHashTable<bool> _names;

    // Every part of a name before one of its spaces ("new", "new york" for "new york city"): a name of n tokens can
    // start at a token only when its first n - 1 tokens are such a part, so Match looks up only the lengths that can
    // match (mostly one) instead of all five.
    private readonly SpanHashTable<bool> _prefixes;

    // Splits a name looked up by Contains into key tokens (the tokenizer that built the keys).
    private readonly FrenchTokenizer _tokenizer;

    /// <summary>Builds the gazetteer from keys already in <see cref="Normalize(string)"/> form.</summary>
    public PlaceGazetteer(IEnumerable<string> normalizedNames, FrenchTokenizer tokenizer)
    {
        var keys = new List<string>();
        foreach (var key in normalizedNames) if (key.Length is > 1 and <= MaxChars) keys.Add(key);
        _names = new SpanHashTable<bool>(keys, true, ignoreCase: false);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
            for (var at = key.IndexOf(' '); at > 0; at = key.IndexOf(' ', at + 1)) prefixes.Add(key[..at]);
        _prefixes = new SpanHashTable<bool>([.. prefixes], true, ignoreCase: false);
        _tokenizer = tokenizer;
    }

    /// <summary>The embedded gazetteer.</summary>
    public static PlaceGazetteer Default => Shared.Value;

    /// <summary>Number of names.</summary>
    public int Count => _names.Count;

    /// <summary>Lowercase, tokens separated by single spaces (the key format).</summary>
    public static string Normalize(string name) => Normalize(name, FrenchTokenizer.Default);

    private static string Normalize(string name, FrenchTokenizer tokenizer)
    {
        var tokens = tokenizer.Tokenize(name);
        var sb = new StringBuilder();
        foreach (var token in tokens)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(token.Slice(name));
        }
        return sb.ToString().ToLowerInvariant().Replace('’', '\'');
    }

    /// <summary>True when the text is a known place name.</summary>
    public bool Contains(string name) => _names.ContainsKey(Normalize(name, _tokenizer));

    /// <summary>Marks gazetteer matches among tokens <c>[first, end)</c>, writing position codes into <paramref name="codes"/> (indexed from <paramref name="first"/>).</summary>
    public void Match(string text, IReadOnlyList<Token> tokens, int first, int end, Span<byte> codes)
    {
        codes.Clear();
        Span<char> buffer = stackalloc char[MaxChars];
        Span<int> lengths = stackalloc int[MaxTokens];
        var i = first;
        while (i < end)
        {
            var matched = 0;
            // Only start at a token with a capital letter: place names in running text are capitalized.
            var head = tokens[i].Slice(text);
            if (head.Length > 0 && char.IsUpper(head[0]))
            {
                // No name is longer than the first tokens that are the start of one (see _prefixes), so a token is
                // lower-cased into the key only once the tokens before it are such a start.
                var length = 0;
                var longest = 0;
                while (i + longest < end && longest < MaxTokens && (longest == 0 || _prefixes.ContainsKey(buffer[..lengths[longest - 1]])))
                {
                    var slice = tokens[i + longest].Slice(text);
                    var needed = slice.Length + (longest > 0 ? 1 : 0);
                    if (length + needed > MaxChars) break;
                    if (longest > 0) buffer[length++] = ' ';
                    var lowered = buffer.Slice(length, slice.Length);
                    slice.ToLowerInvariant(lowered);
                    lowered.Replace('’', '\'');
                    length += slice.Length;
                    lengths[longest++] = length;
                }
                for (var n = longest; n >= 1; n--)
                {
                    if (_names.ContainsKey(buffer[..lengths[n - 1]])) { matched = n; break; }
                }
            }
            if (matched == 0) { i++; continue; }
            if (matched == 1) codes[i - first] = Unit;
            else
            {
                codes[i - first] = Begin;
                for (var k = 1; k < matched - 1; k++) codes[i - first + k] = Inside;
                codes[i - first + matched - 1] = Last;
            }
            i += matched;
        }
    }

    /// <summary>Reads the gzip-compressed one-column table (<c>name</c>).</summary>
    public static PlaceGazetteer Read(Stream gzipStream, string name)
    {
        using var gz = new GZipStream(gzipStream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var names = new List<string>();
        var header = false;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; continue; }
            names.Add(line);
        }
        if (!header) throw new InvalidDataException($"Resource '{name}' has no header row.");
        return new PlaceGazetteer(names, FrenchTokenizer.Default);
    }

    private static PlaceGazetteer Load(string resource)
    {
        using var stream = EmbeddedResources.Open(resource, out var logical);
        return Read(stream, logical);
    }
}
