using System.Collections.Frozen;

namespace Extraction.Lexicons;

/// <summary>
/// Named sets of folded French words that the rule stages test tokens against ("signing-participles",
/// "possessives"), read from embedded tables so that the French lives in data, not in C#. A table has the columns
/// <c>set</c>, <c>words</c> (entries separated by <c>|</c>; an entry may hold spaces) and <c>why</c>.
/// </summary>
/// <remarks>Immutable once built; safe to share across threads. A set the code asks for and no table defines is an
/// error at load, so a renamed set fails every test rather than silently matching nothing.</remarks>
internal sealed class WordSets
{
    private readonly Dictionary<string, (FrozenSet<string> Set, string[] Ordered)> _sets;
    private readonly string _sources;

    private WordSets(Dictionary<string, (FrozenSet<string>, string[])> sets, string sources)
    {
        _sets = sets;
        _sources = sources;
    }

    /// <summary>Names of every set, in ordinal order.</summary>
    public IEnumerable<string> Names => _sets.Keys.Order(StringComparer.Ordinal);

    /// <summary>The set called <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">No table defines it.</exception>
    public FrozenSet<string> this[string name] => Find(name).Set;

    /// <summary>The entries of a set in the order the table lists them (for prefix lists tried in order).</summary>
    /// <exception cref="InvalidDataException">No table defines it.</exception>
    public IReadOnlyList<string> Ordered(string name) => Find(name).Ordered;

    /// <summary>True when <paramref name="folded"/> is an entry of the named set.</summary>
    public bool Contains(string name, string folded) => Find(name).Set.Contains(folded);

    /// <summary>Reads the word sets of embedded tables (paths under <c>Resources/</c>).</summary>
    /// <exception cref="InvalidDataException">A table is missing or malformed, or two rows define the same set.</exception>
    public static WordSets Load(params string[] resourceNames) => From(resourceNames.Select(ResourceTable.Load));

    /// <summary>Builds word sets from parsed tables (used by tests over tiny tables).</summary>
    /// <exception cref="InvalidDataException">A row is malformed, or two rows define the same set.</exception>
    public static WordSets From(IEnumerable<ResourceTable> tables)
    {
        var sets = new Dictionary<string, (FrozenSet<string>, string[])>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var table in tables)
        {
            sources.Add(table.Name);
            int setColumn = table.Column("set"), wordsColumn = table.Column("words");
            foreach (var row in table.Rows)
            {
                var name = row[setColumn].Trim();
                var entries = row[wordsColumn].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (name.Length == 0 || entries.Length == 0)
                    throw new InvalidDataException($"Resource '{table.Name}': set '{name}' has no name or no words.");
                var notFolded = entries.FirstOrDefault(e => e != Entities.TokenText.Fold(e));
                if (notFolded is not null)
                    throw new InvalidDataException($"Resource '{table.Name}': set '{name}' entry '{notFolded}' is not folded (lowercase, straight apostrophe).");
                if (!sets.TryAdd(name, (entries.ToFrozenSet(StringComparer.Ordinal), entries)))
                    throw new InvalidDataException($"Resource '{table.Name}': set '{name}' is defined twice.");
            }
        }
        return new WordSets(sets, string.Join(", ", sources));
    }

    private (FrozenSet<string> Set, string[] Ordered) Find(string name) =>
        _sets.TryGetValue(name, out var set)
            ? set
            : throw new InvalidDataException($"No word set '{name}' in {_sources}.");
}
