using System.Text;
using Extraction.Internal;
using Extraction.Records;
using Extraction.Temporal;

namespace Extraction.Knowledge;

/// <summary>One tenure of one person in one office of one country, with the comparison keys of the name.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Office">One of <see cref="LeaderOffices"/>.</param>
/// <param name="Title">English title, or null.</param>
/// <param name="Display">The name in ordinary case ("Joao Manuel Goncalves Lourenco").</param>
/// <param name="From">ISO start of the tenure, or null.</param>
/// <param name="To">ISO end of the tenure, or null while in office in the latest edition.</param>
/// <param name="KeysText">Comparison keys of the whole name (<see cref="LeaderNames"/>), space-separated.</param>
/// <param name="FamilyKeys">Keys of the family name (the part in capitals in the source).</param>
/// <param name="FirstMonth">First month of the tenure as a month number (year * 12 + month - 1); <see cref="int.MinValue"/> when unknown.</param>
/// <param name="LastMonth">Last month of the tenure; <see cref="int.MaxValue"/> while in office.</param>
internal sealed record Leader(string Country, string Office, string? Title, string Display, string? From, string? To,
    string KeysText, IReadOnlyList<string> FamilyKeys, int FirstMonth, int LastMonth)
{
    /// <summary>The key a surname-only mention must equal: the last key of the family name.</summary>
    public string Surname => FamilyKeys[^1];

    /// <summary>Comparison keys of the whole name, split when a match needs them (most rows are never compared).</summary>
    public string[] Keys() => KeysText.Split(' ');

    /// <summary>Rank of the office (0 = chief of state) for choosing among one person's rows.</summary>
    public int Rank { get; } = Office switch
    {
        LeaderOffices.ChiefOfState => 0,
        LeaderOffices.HeadOfGovernment => 1,
        LeaderOffices.VicePresident => 2,
        _ => 3,
    };

    /// <summary>A month number of a partial date: its first month, or its last when <paramref name="start"/> is false.</summary>
    public static int MonthOf(PartialDate date, bool start) => date.Year * 12 + (date.Month ?? (start ? 1 : 12)) - 1;
}

/// <summary>
/// The embedded table of heads of state and government (<c>Knowledge/leaders.tsv</c>, built from the CIA World
/// Factbook by <c>Extraction.Training build-knowledge</c>), indexed by family-name key.
/// </summary>
/// <remarks>Immutable after loading; safe to share across threads.</remarks>
internal sealed class LeaderTable
{
    /// <summary>The source named in every match.</summary>
    public const string Source = "CIA World Factbook";

    private static readonly Lazy<LeaderTable> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<Leader>> _byFamilyKey;

    public LeaderTable(IReadOnlyList<Leader> leaders, LeaderNames names)
    {
        Leaders = leaders;
        Names = names;
        _byFamilyKey = new Dictionary<string, List<Leader>>(StringComparer.Ordinal);
        var damaged = new List<Leader>();
        foreach (var leader in leaders)
            for (var i = 0; i < leader.FamilyKeys.Count; i++)
            {
                var key = leader.FamilyKeys[i];
                if (key.Contains(LeaderNames.Unknown)) damaged.Add(leader);
                if (!_byFamilyKey.TryGetValue(key, out var list)) _byFamilyKey[key] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], leader)) list.Add(leader);
            }
        WithDamagedFamily = damaged;
    }

    /// <summary>The embedded table.</summary>
    public static LeaderTable Default => Shared.Value;

    /// <summary>Reads the embedded table afresh (the shared instance is <see cref="Default"/>).</summary>
    internal static LeaderTable LoadEmbedded()
    {
        const string name = "Knowledge/leaders.tsv";
        using var stream = EmbeddedResources.Open(name, out _);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return Parse(name, reader.ReadToEnd(), LeaderNames.Default);
    }

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<Leader> Leaders { get; }

    /// <summary>The folding used for the keys.</summary>
    public LeaderNames Names { get; }

    /// <summary>Rows whose family name lost a letter in the source ("D?BY"), which no exact key finds.</summary>
    public IReadOnlyList<Leader> WithDamagedFamily { get; }

    /// <summary>Rows whose family name has the key <paramref name="key"/>.</summary>
    public IReadOnlyList<Leader> WithFamilyKey(string key) => _byFamilyKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>
    /// Reads the table text: <c>#</c> comment lines, a header row (country, office, title, given, family, after,
    /// display, from, to, and keys / family_keys, which the build step writes; a table without them, as tests write,
    /// has its keys folded here), then one row per tenure. Only the cells the matcher needs become strings.
    /// </summary>
    /// <exception cref="InvalidDataException">A row has the wrong number of cells, an unknown office, a bad date or no family name.</exception>
    public static LeaderTable Parse(string name, string text, LeaderNames names)
    {
        var leaders = new List<Leader>(5000);
        string[]? header = null;
        int country = 0, office = 0, title = 0, given = 0, family = 0, after = 0, display = 0, from = 0, to = 0, keys = -1, familyKeys = -1;
        Span<int> tabs = stackalloc int[32];
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            start = end + 1;
            lineNumber++;
            if (line.IsEmpty || line[0] == '#') continue;
            if (header is null)
            {
                header = line.ToString().Split('\t');
                int Column(string column) => Array.IndexOf(header, column) is var i and >= 0 ? i
                    : throw new InvalidDataException($"Resource '{name}' has no column '{column}'.");
                (country, office, title, given, family, after, display, from, to) = (Column("country"), Column("office"), Column("title"),
                    Column("given"), Column("family"), Column("after"), Column("display"), Column("from"), Column("to"));
                keys = Array.IndexOf(header, "keys");
                familyKeys = Array.IndexOf(header, "family_keys");
                if (header.Length >= tabs.Length) throw new InvalidDataException($"Resource '{name}' has too many columns.");
                continue;
            }
            // Cell i is line[tabs[i]..tabs[i + 1] - 1], with tabs[0] = 0.
            var cells = 1;
            tabs[0] = 0;
            for (var i = 0; i < line.Length && cells < tabs.Length - 1; i++)
                if (line[i] == '\t') tabs[cells++] = i + 1;
            tabs[cells] = line.Length + 1;
            if (cells != header.Length) throw new InvalidDataException($"Resource '{name}' line {lineNumber}: {cells} cells, expected {header.Length}.");

            var officeName = OfficeOf(CellOf(line, tabs, office)) ?? throw new InvalidDataException($"Resource '{name}' line {lineNumber}: unknown office '{CellOf(line, tabs, office).ToString()}'.");
            var code = CellOf(line, tabs, country).ToString();
            code = countries.TryGetValue(code, out var shared) ? shared : countries[code] = code;
            var familyList = familyKeys >= 0 ? Split(CellOf(line, tabs, familyKeys)) : names.Keys(CellOf(line, tabs, family).ToString());
            if (familyList.Count == 0) throw new InvalidDataException($"Resource '{name}' line {lineNumber}: no family name.");
            var keysText = keys >= 0 ? CellOf(line, tabs, keys).ToString()
                : string.Join(' ', names.Keys(string.Concat(CellOf(line, tabs, given), " ", CellOf(line, tabs, family)) + " " + CellOf(line, tabs, after).ToString()));
            var fromText = CellOf(line, tabs, from);
            var toText = CellOf(line, tabs, to);
            if (!TryMonth(fromText, start: true, out var firstMonth) || !TryMonth(toText, start: false, out var lastMonth))
                throw new InvalidDataException($"Resource '{name}' line {lineNumber}: bad tenure.");
            leaders.Add(new Leader(code, officeName, Empty(CellOf(line, tabs, title)), CellOf(line, tabs, display).ToString(), Empty(fromText), Empty(toText),
                keysText, familyList, firstMonth, lastMonth));
        }
        return header is null ? throw new InvalidDataException($"Resource '{name}' has no header row.") : new LeaderTable(leaders, names);
    }

    private static ReadOnlySpan<char> CellOf(ReadOnlySpan<char> line, ReadOnlySpan<int> tabs, int column) =>
        line[tabs[column]..(tabs[column + 1] - 1)];

    private static string? OfficeOf(ReadOnlySpan<char> cell)
    {
        foreach (var office in LeaderOffices.All)
            if (cell.SequenceEqual(office)) return office;
        return null;
    }

    // An empty date is an open end: int.MinValue for a start, int.MaxValue for an end.
    private static bool TryMonth(ReadOnlySpan<char> value, bool start, out int month)
    {
        month = start ? int.MinValue : int.MaxValue;
        if (value.IsEmpty) return true;
        if (!PartialDate.TryParse(value, out var date)) return false;
        month = Leader.MonthOf(date, start);
        return true;
    }

    private static List<string> Split(ReadOnlySpan<char> keys)
    {
        // A loop rather than MemoryExtensions.Split, which net8.0 lacks.
        var list = new List<string>(2);
        while (!keys.IsEmpty)
        {
            var space = keys.IndexOf(' ');
            var word = space < 0 ? keys : keys[..space];
            if (!word.IsEmpty) list.Add(word.ToString());
            keys = space < 0 ? [] : keys[(space + 1)..];
        }
        return list;
    }

    private static string? Empty(ReadOnlySpan<char> value) => value.IsEmpty ? null : value.ToString();

}
