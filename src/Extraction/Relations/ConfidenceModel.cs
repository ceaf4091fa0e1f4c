using System.Globalization;
using Extraction.Internal;

namespace Extraction.Relations;

/// <summary>
/// Turns the evidence behind an item into its confidence. The field names what is judged (people,
/// person_country, roles, countries, dates, agreements), <c>kind</c> the evidence kind (a relation basis, a name
/// evidence, a date kind) and <c>signal</c> what varies within the kind (has a role, several mentions, precision…).
/// </summary>
internal interface IConfidenceModel
{
    /// <summary>The probability that the item is right, or <paramref name="fallback"/> when the model knows nothing of it.</summary>
    double Score(string field, string kind, string signal, double fallback);
}

/// <summary>The fields of <c>calibration.py</c>, as the calibration table names them.</summary>
internal static class ConfidenceFields
{
    public const string People = "people";
    public const string PersonCountry = "person_country";
    public const string Roles = "roles";
    public const string Countries = "countries";
    public const string Dates = "dates";
    public const string Agreements = "agreements";
}

/// <summary>
/// The calibration table fitted by <c>Extraction.Training fit-confidence</c> (Resources/Calibration/confidence.tsv):
/// per field, the observed accuracy of each evidence kind and of each (kind, signal) cell, shrunk toward the coarser
/// level. A lookup falls back from the cell to the kind, then to the field, then to the rule's constant.
/// </summary>
internal sealed class ConfidenceTable : IConfidenceModel
{
    public const string ResourcePath = "Calibration/confidence.tsv";
    public const string Any = "*";

    /// <summary>Joins the flags of a signal made of independent flags ("dated-signers"), which a logistic fit reads one by one.</summary>
    public const char FlagSeparator = '-';

    /// <summary>The signal of an item none of whose flags holds.</summary>
    public const string NoFlag = "none";

    private static readonly Lazy<ConfidenceTable> Embedded = new(Load);
    private readonly Dictionary<(string Field, string Kind, string Signal), double> _probabilities;

    public ConfidenceTable(IReadOnlyDictionary<(string Field, string Kind, string Signal), double> probabilities) =>
        _probabilities = new(probabilities);

    /// <summary>The embedded table.</summary>
    public static ConfidenceTable Default => Embedded.Value;

    public int Count => _probabilities.Count;

    public double Score(string field, string kind, string signal, double fallback) =>
        _probabilities.TryGetValue((field, kind, signal), out var p) || _probabilities.TryGetValue((field, kind, Any), out p)
            || _probabilities.TryGetValue((field, Any, Any), out p)
            ? p : fallback;

    /// <summary>Reads the TSV: <c>field kind signal probability count</c>, '#' lines are comments.</summary>
    public static ConfidenceTable Parse(TextReader reader)
    {
        var table = new Dictionary<(string, string, string), double>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new InvalidDataException($"Bad calibration line: '{line}'.");
            table[(f[0], f[1], f[2])] = double.Parse(f[3], CultureInfo.InvariantCulture);
        }
        return new ConfidenceTable(table);
    }

    private static ConfidenceTable Load()
    {
        using var stream = EmbeddedResources.Open(ResourcePath, out _);
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
