using System.Collections.Frozen;
using System.Text;
using Extraction.Internal;
using Extraction.Lexicons;

namespace Extraction.Patterns;

/// <summary>One row of a patterns file: the compiled pattern with its example sentence and expected captures.</summary>
/// <param name="Line">Line number in the file (1-based).</param>
/// <param name="Pattern">The compiled pattern.</param>
/// <param name="Example">A French sentence the pattern matches.</param>
/// <param name="Expected">What the first match in <paramref name="Example"/> captures: <c>match</c> (the whole match) or a capture name, with its text.</param>
internal sealed record PatternRow(int Line, TokenPattern Pattern, string Example, IReadOnlyList<KeyValuePair<string, string>> Expected);

/// <summary>
/// Reads a patterns file (<c>Resources/Patterns/patterns-&lt;topic&gt;.tsv</c>): <c>#</c> comment lines, the header
/// <c>name	pattern	produces	example	expected</c>, then one pattern per line. <c>produces</c> is a
/// <see cref="PatternKind"/> in kebab-case (<c>name-prefix</c>); <c>expected</c> lists <c>key=text</c> pairs separated
/// by <c>; </c>, where key is <c>match</c> or a capture name.
/// </summary>
/// <remarks>A malformed row fails at load with an <see cref="InvalidDataException"/> naming the file, the line and the reason.</remarks>
internal static class PatternFile
{
    private static readonly string[] Header = ["name", "pattern", "produces", "example", "expected"];

    private static readonly FrozenDictionary<string, PatternKind> Kinds =
        Enum.GetValues<PatternKind>().ToFrozenDictionary(PatternNames.Of, StringComparer.Ordinal);

    /// <summary>Reads an embedded patterns file by its path under <c>Resources/</c>, e.g. <c>Patterns/patterns-names.tsv</c>.</summary>
    /// <param name="name">The resource path.</param>
    /// <param name="sets">The word sets the patterns may name with <c>@</c>; when null, the tables the file lists on its
    /// <c># SETS:</c> comment line are loaded.</param>
    /// <exception cref="InvalidDataException">The file is missing or a row is malformed.</exception>
    public static IReadOnlyList<PatternRow> Load(string name, WordSets? sets)
    {
        using var stream = EmbeddedResources.Open(name, out _);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return Parse(name, reader, sets);
    }

    /// <summary>The compiled patterns of an embedded patterns file.</summary>
    /// <exception cref="InvalidDataException">The file is missing or a row is malformed.</exception>
    public static PatternSet LoadSet(string name, WordSets? sets) => new(name, Load(name, sets).Select(r => r.Pattern).ToArray());

    /// <summary>Parses a patterns file from text (tests use tiny files).</summary>
    /// <exception cref="InvalidDataException">A row is malformed: the message names the file, the line and the reason.</exception>
    public static IReadOnlyList<PatternRow> Parse(string name, TextReader reader, WordSets? sets)
    {
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine()) lines.Add(line);
        sets ??= DeclaredSets(name, lines);
        var known = sets?.Names.ToFrozenSet(StringComparer.Ordinal) ?? FrozenSet<string>.Empty;
        var compiler = new PatternCompiler(set => known.Contains(set) ? sets![set] : null);
        var rows = new List<PatternRow>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var header = false;
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            try
            {
                if (!header)
                {
                    if (!cells.SequenceEqual(Header)) throw new FormatException($"the header must be '{string.Join("\t", Header)}'");
                    header = true;
                    continue;
                }
                var row = Row(cells, lineNumber, compiler);
                if (!names.Add(row.Pattern.Name)) throw new FormatException($"pattern '{row.Pattern.Name}' is defined twice");
                rows.Add(row);
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"Resource '{name}' line {lineNumber}: {e.Message}.", e);
            }
        }
        return header ? rows : throw new InvalidDataException($"Resource '{name}' has no header row.");
    }

    /// <summary>The word-set tables a file lists on its <c># SETS: a.tsv, b.tsv</c> line, loaded; null when it lists none.</summary>
    public static WordSets? DeclaredSets(string name, IEnumerable<string> lines)
    {
        const string Prefix = "# SETS:";
        var declared = lines.Where(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            .SelectMany(l => l[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        try
        {
            return declared.Length == 0 ? null : WordSets.Load(declared);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Resource '{name}': its SETS line names a table that does not load: {e.Message}", e);
        }
    }

    private static PatternRow Row(string[] cells, int line, PatternCompiler compiler)
    {
        if (cells.Length != Header.Length) throw new FormatException($"{cells.Length} cells, expected {Header.Length}");
        var (name, source, produces, example, expected) = (cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells[4].Trim());
        if (name.Length == 0) throw new FormatException("the pattern has no name");
        if (!Kinds.TryGetValue(produces, out var kind))
            throw new FormatException($"unknown produces value '{produces}' (one of: {string.Join(", ", Kinds.Keys.Order(StringComparer.Ordinal))})");
        TokenPattern pattern;
        try
        {
            pattern = compiler.Compile(name, kind, source);
        }
        catch (FormatException e)
        {
            throw new FormatException($"pattern '{name}': {e.Message}", e);
        }
        if (example.Length == 0) throw new FormatException($"pattern '{name}' has no example sentence");
        return new PatternRow(line, pattern, example, Expectations(pattern, expected));
    }

    private static List<KeyValuePair<string, string>> Expectations(TokenPattern pattern, string expected)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in expected.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            var key = equals > 0 ? part[..equals] : "";
            if (key != "match" && pattern.CaptureIndex(key) < 0)
                throw new FormatException($"pattern '{pattern.Name}': expected '{part}' names no capture (write match=… or <capture>=…)");
            pairs.Add(new(key, part[(equals + 1)..]));
        }
        return pairs.Count > 0 ? pairs : throw new FormatException($"pattern '{pattern.Name}' has no expected capture");
    }
}
