using System.Reflection;
using System.Text;
using Extraction.Internal;

namespace Extraction.Lexicons;

/// <summary>
/// A tab-separated table embedded in the library: <c>#</c> comment lines (source, licence, format), a header row,
/// then one entry per line. Columns are addressed by header name.
/// </summary>
/// <remarks>Immutable once read; safe to share across threads.</remarks>
internal sealed class ResourceTable
{
    private readonly Dictionary<string, int> _columns;

    private ResourceTable(string name, string[] header, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++) _columns[header[i]] = i;
    }

    /// <summary>Resource name, e.g. <c>Tokenization/abbreviations.tsv</c>.</summary>
    public string Name { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows, each with exactly <see cref="Header"/>.Count cells.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Index of the named column.</summary>
    /// <exception cref="InvalidDataException">The table has no such column.</exception>
    public int Column(string name) => _columns.TryGetValue(name, out var i)
        ? i
        : throw new InvalidDataException($"Resource '{Name}' has no column '{name}' (columns: {string.Join(", ", Header)}).");

    /// <summary>Reads an embedded table by its path under <c>Resources/</c>, e.g. <c>Lexicons/countries.tsv</c>.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed.</exception>
    public static ResourceTable Load(string name)
    {
        using var stream = EmbeddedResources.Open(name, out _);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return Parse(name, reader);
    }

    /// <summary>Parses a table from text (used by tests and the training tool).</summary>
    /// <exception cref="InvalidDataException">A row has the wrong number of cells, or there is no header.</exception>
    public static ResourceTable Parse(string name, TextReader reader)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.Length != header.Length)
                throw new InvalidDataException($"Resource '{name}' line {lineNumber}: {cells.Length} cells, expected {header.Length}.");
            rows.Add(cells);
        }
        return header is null
            ? throw new InvalidDataException($"Resource '{name}' has no header row.")
            : new ResourceTable(name, header, rows);
    }

    /// <summary>All embedded table names (paths under <c>Resources/</c> with dots), for checks.</summary>
    public static IEnumerable<string> EmbeddedNames(Assembly? assembly = null) =>
        (assembly ?? typeof(ResourceTable).Assembly).GetManifestResourceNames()
            .Where(n => n.StartsWith("Extraction.Resources.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
