using Extraction.Lexicons;
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
/// <param name="Keys">Comparison keys of the whole name (<see cref="LeaderNames"/>).</param>
/// <param name="FamilyKeys">Keys of the family name (the part in capitals in the source).</param>
internal sealed record Leader(string Country, string Office, string? Title, string Display, string? From, string? To,
    IReadOnlyList<string> Keys, IReadOnlyList<string> FamilyKeys)
{
    /// <summary>The key a surname-only mention must equal: the last key of the family name.</summary>
    public string Surname => FamilyKeys[^1];

    /// <summary>First month of the tenure as a month number (year * 12 + month - 1); <see cref="int.MinValue"/> when unknown.</summary>
    public int FirstMonth { get; } = From is null ? int.MinValue : MonthOf(PartialDate.Parse(From), start: true);

    /// <summary>Last month of the tenure; <see cref="int.MaxValue"/> while in office.</summary>
    public int LastMonth { get; } = To is null ? int.MaxValue : MonthOf(PartialDate.Parse(To), start: false);

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

    private static readonly Lazy<LeaderTable> Shared = new(() => FromTable(ResourceTable.Load("Knowledge/leaders.tsv"), LeaderNames.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<Leader>> _byFamilyKey;

    public LeaderTable(IReadOnlyList<Leader> leaders, LeaderNames names)
    {
        Leaders = leaders;
        Names = names;
        _byFamilyKey = new Dictionary<string, List<Leader>>(StringComparer.Ordinal);
        WithDamagedFamily = leaders.Where(l => l.FamilyKeys.Any(k => k.Contains(LeaderNames.Unknown))).ToList();
        foreach (var leader in leaders)
            foreach (var key in leader.FamilyKeys.Distinct())
            {
                if (!_byFamilyKey.TryGetValue(key, out var list)) _byFamilyKey[key] = list = [];
                list.Add(leader);
            }
    }

    /// <summary>The embedded table.</summary>
    public static LeaderTable Default => Shared.Value;

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<Leader> Leaders { get; }

    /// <summary>The folding used for the keys.</summary>
    public LeaderNames Names { get; }

    /// <summary>Rows whose family name lost a letter in the source ("D?BY"), which no exact key finds.</summary>
    public IReadOnlyList<Leader> WithDamagedFamily { get; }

    /// <summary>Rows whose family name has the key <paramref name="key"/>.</summary>
    public IReadOnlyList<Leader> WithFamilyKey(string key) => _byFamilyKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>Reads the table (columns country, office, title, given, family, after, display, from, to).</summary>
    /// <exception cref="InvalidDataException">A row has an unknown office, a bad date or no family name.</exception>
    public static LeaderTable FromTable(ResourceTable table, LeaderNames names)
    {
        int country = table.Column("country"), office = table.Column("office"), title = table.Column("title"),
            given = table.Column("given"), family = table.Column("family"), after = table.Column("after"),
            display = table.Column("display"), from = table.Column("from"), to = table.Column("to");
        var leaders = new List<Leader>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!LeaderOffices.All.Contains(row[office]))
                throw new InvalidDataException($"Resource '{table.Name}': unknown office '{row[office]}'.");
            var familyKeys = names.Keys(row[family]);
            if (familyKeys.Count == 0) throw new InvalidDataException($"Resource '{table.Name}': no family name in '{row[display]}'.");
            var keys = names.Keys(row[given] + " " + row[family] + " " + row[after]);
            if (!IsDate(row[from]) || !IsDate(row[to])) throw new InvalidDataException($"Resource '{table.Name}': bad tenure for '{row[display]}'.");
            leaders.Add(new Leader(row[country], row[office], Empty(row[title]), row[display], Empty(row[from]), Empty(row[to]), keys, familyKeys));
        }
        return new LeaderTable(leaders, names);
    }

    private static bool IsDate(string value) => value.Length == 0 || PartialDate.TryParse(value, out _);

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
