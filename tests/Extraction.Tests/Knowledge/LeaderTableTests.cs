using System.Text;
using Extraction.Internal;
using Extraction.Knowledge;
using Extraction.Records;
using Extraction.Tests.Support;
using Extraction.Training;

namespace Extraction.Tests.Knowledge;

/// <summary>The embedded leaders table: loads, stays small, and equals a fresh build from ../shared/data.</summary>
public sealed class LeaderTableTests
{
    private static string EmbeddedText()
    {
        using var stream = EmbeddedResources.Open("Knowledge/leaders.tsv", out _);
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    [Test]
    public void Embedded_table_equals_a_fresh_build_from_shared_data()
    {
        var source = Path.Combine(RepoPaths.Shared, "data", "factbook-executive", "executive.tsv.gz");
        if (!File.Exists(source)) Assert.Ignore("../shared/data/factbook-executive is not there; CI has it.");
        var fresh = BuildKnowledgeCommand.Build(source, FactbookParser.LoadDefault());
        Assert.That(EmbeddedText(), Is.EqualTo(fresh),
            "Resources/Knowledge/leaders.tsv is stale: run `dotnet run --project src/Extraction.Training -- build-knowledge`.");
    }

    [Test]
    public void Embedded_table_is_small_names_its_source_and_loads()
    {
        var text = EmbeddedText();
        var table = LeaderTable.Default;
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(text), Is.LessThanOrEqualTo(1024 * 1024));
            Assert.That(text, Does.StartWith("# ").And.Contain("CIA World Factbook").And.Contain("public domain"));
            Assert.That(table.Leaders, Has.Count.GreaterThan(3000));
            Assert.That(table.Leaders.Select(l => l.Office).Distinct(), Is.EquivalentTo(LeaderOffices.All));
            Assert.That(table.Leaders.All(l => l.Country.Length == 2 && l.FirstMonth <= l.LastMonth), Is.True);
        });
    }
}
