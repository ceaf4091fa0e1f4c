using Extraction.Lexicons;
using Extraction.Temporal;

namespace Extraction.Tests.Temporal;

public sealed class TemporalDefinitionsTests
{
    [Test]
    public void Every_temporal_table_loads_and_every_pattern_compiles()
    {
        var definitions = TemporalDefinitions.Default;
        Assert.Multiple(() =>
        {
            Assert.That(definitions.Months, Has.Count.GreaterThanOrEqualTo(12));
            Assert.That(definitions.Months.Values.Distinct().Count(), Is.EqualTo(12));
            Assert.That(definitions.Weekdays, Has.Count.EqualTo(7));
            Assert.That(definitions.Patterns, Is.Not.Empty);
            Assert.That(definitions.StandaloneMonths, Is.SubsetOf(definitions.Months.Keys));
        });
    }

    [Test]
    public void Temporal_tables_have_no_duplicate_rows()
    {
        var names = ResourceTable.EmbeddedNames().Concat(typeof(ResourceTable).Assembly.GetManifestResourceNames())
            .Where(n => n.Contains("Temporal", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.That(names, Is.Not.Empty);
        foreach (var name in names)
        {
            using var stream = typeof(ResourceTable).Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var table = ResourceTable.Parse(name, reader);
            // A form appears once per table, or once per kind where a table gives it several (tense-cues "match",
            // year-context "role": "avant 2020" is a cue, "2019 avant" a follower).
            var kind = table.Header.FirstOrDefault(h => h is "match" or "role");
            var keyColumns = kind is null ? new[] { 0 } : new[] { 0, table.Column(kind) };
            var keys = table.Rows.Select(r => string.Join('\t', keyColumns.Select(c => r[c]))).ToList();
            Assert.That(keys, Is.Unique, name);
        }
    }

    [TestCase("Fin  Mars", "fin mars")]
    [TestCase("l’an\u00A0dernier", "l'an dernier")]
    public void Normalizes_case_apostrophes_and_spaces(string input, string expected) =>
        Assert.That(TemporalDefinitions.Normalize(input), Is.EqualTo(expected));
}
