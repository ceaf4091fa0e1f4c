using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>The calibration table: lookups fall back from the cell to the kind, the field, then the rule's constant.</summary>
public sealed class ConfidenceTableTests
{
    private static ConfidenceTable Table() => ConfidenceTable.Parse(new StringReader(
        "# comment\nroles\t*\t*\t0.9\t100\nroles\ttitle-before\t*\t0.95\t40\nroles\ttitle-before\tcountry-short-adjacent\t0.97\t20\n"));

    [Test]
    public void A_lookup_falls_back_cell_kind_field_constant()
    {
        var table = Table();
        Assert.Multiple(() =>
        {
            Assert.That(table.Score("roles", "title-before", "country-short-adjacent", 0.5), Is.EqualTo(0.97));
            Assert.That(table.Score("roles", "title-before", "bare-long-far", 0.5), Is.EqualTo(0.95));
            Assert.That(table.Score("roles", "plural-role", "bare-long-far", 0.5), Is.EqualTo(0.9));
            Assert.That(table.Score("agreements", "signed", "single", 0.5), Is.EqualTo(0.5));
        });
    }

    [Test]
    public void The_embedded_table_loads_and_holds_probabilities()
    {
        var text = File.ReadAllLines(Path.Combine(Support.RepoPaths.Root, "src", "Extraction", "Resources", "Calibration", "confidence.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.That(ConfidenceTable.Default.Count, Is.EqualTo(text.Count));
        Assert.That(text.Select(l => double.Parse(l.Split('\t')[3], System.Globalization.CultureInfo.InvariantCulture)), Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Extracted_confidences_come_from_the_table()
    {
        var result = FrenchNewsExtractor.Shared.Extract("Le ministre marocain des Affaires étrangères, Nasser Bourita, a reçu mardi à Rabat son homologue gambien.");
        var person = result.People.Single();
        Assert.That(person.Confidence, Is.EqualTo(ConfidenceTable.Default.Score("people", "lexical", "role-one", -1)).Or.EqualTo(
            ConfidenceTable.Default.Score("people", "honorific", "role-one", -1)).Or.EqualTo(ConfidenceTable.Default.Score("people", "weak", "role-one", -1)));
    }

    /// <summary>Records what each item is scored by.</summary>
    private sealed class Recorder : IConfidenceModel
    {
        public List<(string Field, string Kind, string Signal, double Fallback)> Calls { get; } = [];

        public double Score(string field, string kind, string signal, double fallback)
        {
            Calls.Add((field, kind, signal, fallback));
            return fallback;
        }
    }

    [Test]
    public void An_agreement_is_scored_by_its_kind_and_flags()
    {
        var recorder = new Recorder();
        FrenchNewsExtractor.Shared.ExtractWith(
            "Le ministre ghanéen de la Santé, Kwame Asante, et son homologue togolais, Kodjo Agbeko, ont signé le 12 mars 2024 à Lomé " +
            "un accord de coopération sanitaire. Les deux pays négocient aussi un traité sur la pêche.", null, recorder);
        Assert.That(recorder.Calls.Where(c => c.Field == "agreements"), Is.EqualTo(new[]
        {
            ("agreements", "signed", "dated-signers", 0.9),
            ("agreements", "unsigned", "none", 0.75),
        }));
    }
}
