using System.Text;
using Extraction.Lexicons;

namespace Extraction.Knowledge;

/// <summary>
/// Folds a person's name to comparison keys: lowercase, no accents, one key per word (hyphens, apostrophes and dots
/// split words), particles dropped, then the spelling variants of <c>Knowledge/name-variants.tsv</c> and doubled
/// letters written once. The text's names and the table's names go through the same folding, so a variant rule can
/// only merge spellings, never lose a match.
/// </summary>
/// <remarks>Immutable after construction; safe to share across threads.</remarks>
internal sealed class LeaderNames
{
    private static readonly Lazy<LeaderNames> Shared = new(() => FromTable(ResourceTable.Load("Knowledge/name-variants.tsv")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A letter lost in the source, matching any one letter.</summary>
    public const char Unknown = '?';

    private readonly HashSet<string> _particles;
    private readonly Dictionary<string, string> _words;
    private readonly IReadOnlyList<(string From, string To)> _subs;
    private readonly IReadOnlyList<(string From, string To)> _ends;
    private readonly IReadOnlyList<(string From, string To)> _starts;

    public LeaderNames(IEnumerable<string> particles, IReadOnlyDictionary<string, string> words,
        IReadOnlyList<(string From, string To)> subs, IReadOnlyList<(string From, string To)> ends,
        IReadOnlyList<(string From, string To)> starts)
    {
        _starts = starts;
        _particles = new HashSet<string>(particles, StringComparer.Ordinal);
        _words = new Dictionary<string, string>(words, StringComparer.Ordinal);
        _subs = subs;
        _ends = ends;
    }

    /// <summary>The folding of the embedded variant table.</summary>
    public static LeaderNames Default => Shared.Value;

    /// <summary>Builds the folding from a variant table (columns kind, from, to).</summary>
    /// <exception cref="InvalidDataException">A row has an unknown kind.</exception>
    public static LeaderNames FromTable(ResourceTable table)
    {
        int kind = table.Column("kind"), from = table.Column("from"), to = table.Column("to");
        var particles = new List<string>();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var subs = new List<(string, string)>();
        var ends = new List<(string, string)>();
        var starts = new List<(string, string)>();
        foreach (var row in table.Rows)
        {
            switch (row[kind])
            {
                case "particle": particles.Add(row[from]); break;
                case "word": words[row[from]] = row[to]; break;
                case "sub": subs.Add((row[from], row[to])); break;
                case "end": ends.Add((row[from], row[to])); break;
                case "start": starts.Add((row[from], row[to])); break;
                default: throw new InvalidDataException($"Resource '{table.Name}': unknown kind '{row[kind]}'.");
            }
        }
        return new LeaderNames(particles, words, subs, ends, starts);
    }

    /// <summary>The comparison keys of <paramref name="name"/>, in order, particles left out.</summary>
    public List<string> Keys(string name)
    {
        var keys = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            // '?' stands for a letter the source lost ("Fran?ois"); it matches any letter (see Same).
            if (char.IsLetterOrDigit(c) || c == Unknown)
            {
                word.Append(LexiconText.Fold(c));
                continue;
            }
            Add(word, keys);
        }
        Add(word, keys);
        return keys;
    }

    private void Add(StringBuilder word, List<string> keys)
    {
        if (word.Length == 0) return;
        var w = word.ToString();
        word.Clear();
        if (_particles.Contains(w)) return;
        keys.Add(Variant(w));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or Unknown;

    /// <summary>True when two keys are equal, a <see cref="Unknown"/> letter matching any one letter.</summary>
    public static bool Same(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i] && a[i] != Unknown && b[i] != Unknown) return false;
        return true;
    }

    /// <summary>True when <paramref name="keys"/> holds a key <see cref="Same"/> as <paramref name="key"/>.</summary>
    public static bool Contains(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
            if (Same(keys[i], key)) return true;
        return false;
    }

    private string Variant(string w)
    {
        if (_words.TryGetValue(w, out var replaced)) w = replaced;
        foreach (var (from, to) in _starts)
            if (w.Length >= from.Length + 4 && w.StartsWith(from, StringComparison.Ordinal) && !IsVowel(w[from.Length]))
            {
                w = to + w[from.Length..];
                break;
            }
        foreach (var (from, to) in _subs) w = w.Replace(from, to, StringComparison.Ordinal);
        foreach (var (from, to) in _ends)
            if (w.Length > from.Length + 2 && w.EndsWith(from, StringComparison.Ordinal))
            {
                w = w[..^from.Length] + to;
                break;
            }
        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }
}
