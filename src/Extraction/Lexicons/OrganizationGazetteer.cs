using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Lexicons;

/// <summary>An organization of the table.</summary>
/// <param name="Name">Canonical full French name ("Union africaine").</param>
/// <param name="Acronym">Usual acronym ("UA"), or null.</param>
/// <param name="Type">intergovernmental, institution, ministry, army, agency, company, party, armed-group, ngo or media.</param>
/// <param name="Country">ISO alpha-2 code when the organization belongs to one state, else null.</param>
internal sealed record OrganizationEntry(string Name, string? Acronym, string Type, string? Country);

/// <summary>An organization form found in the text.</summary>
/// <param name="FirstToken">Index of the first token of the form (the article is not included).</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Span">Characters of the form ("ONU" in "l'ONU", "Commission de l'Union africaine").</param>
/// <param name="Organization">The organization, with its canonical name and acronym.</param>
/// <param name="IsAcronym">True when the text used an acronym.</param>
internal sealed record OrganizationMatch(int FirstToken, int EndToken, TextSpan Span, OrganizationEntry Organization, bool IsAcronym);

/// <summary>
/// Finds organizations of <c>organizations.tsv</c> by full name, alias or acronym, longest form first
/// ("Commission de l'Union africaine" before "Union africaine"). Acronyms match in the case written in the table.
/// </summary>
/// <remarks>Immutable after construction; <see cref="Find"/> is thread-safe.</remarks>
internal sealed class OrganizationGazetteer
{
    private static readonly Lazy<OrganizationGazetteer> Shared =
        new(() => new OrganizationGazetteer(GazetteerResources.Load("organizations.tsv")), LazyThreadSafetyMode.ExecutionAndPublication);

    // Type of rows that only stop a shorter organization name from matching inside another body's name.
    private const string BlockedType = "-";

    private readonly PhraseTrie<(OrganizationEntry Entry, bool IsAcronym)> _trie = new();

    /// <summary>The gazetteer built from the embedded table.</summary>
    public static OrganizationGazetteer Default => Shared.Value;

    /// <summary>Builds the gazetteer from a table with columns name, acronyms, aliases, type, country.</summary>
    /// <exception cref="InvalidDataException">A row has an empty name.</exception>
    public OrganizationGazetteer(ResourceTable table)
    {
        int name = table.Column("name"), acronyms = table.Column("acronyms"), aliases = table.Column("aliases"),
            type = table.Column("type"), country = table.Column("country");
        var entries = new List<OrganizationEntry>();
        foreach (var row in table.Rows)
        {
            if (row[name].Length == 0) throw new InvalidDataException($"Resource '{table.Name}': empty organization name.");
            var acronymList = Split(row[acronyms]);
            var entry = new OrganizationEntry(row[name], acronymList.Length > 0 ? acronymList[0] : null, row[type],
                row[country].Length > 0 ? row[country] : null);
            if (entry.Type != BlockedType) entries.Add(entry);
            _trie.Add(row[name], (entry, false));
            foreach (var alias in Split(row[aliases])) _trie.Add(alias, (entry, false));
            foreach (var acronym in acronymList) _trie.Add(acronym, (entry, true));
        }
        Entries = entries;
    }

    /// <summary>All organizations of the table, in table order.</summary>
    public IReadOnlyList<OrganizationEntry> Entries { get; }

    /// <summary>All organization forms in <paramref name="tokens"/>, in text order, without overlaps.</summary>
    public IReadOnlyList<OrganizationMatch> Find(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<OrganizationMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Elision
                && _trie.LongestAt(text, tokens, i, static _ => true) is { } hit)
            {
                var (entry, isAcronym) = hit.Values[0];
                if (entry.Type != BlockedType) matches.Add(new OrganizationMatch(i, hit.End, new TextSpan(tokens[i].Start, tokens[hit.End - 1].End), entry, isAcronym));
                i = hit.End;
                continue;
            }
            i++;
        }
        return matches;
    }

    private static string[] Split(string cell) =>
        cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
