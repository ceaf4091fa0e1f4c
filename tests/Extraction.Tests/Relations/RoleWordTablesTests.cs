using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Tests.Support;

namespace Extraction.Tests.Relations;

/// <summary>The shape of the word-set tables of the role, person and relation stages.</summary>
public sealed class RoleWordTablesTests
{
    public static IEnumerable<string> Tables() => ExtractionPipeline.RoleWordTables;

    /// <summary>Builds every stage that reads these tables: a set one of them asks for and no table defines throws.</summary>
    private static void BuildStages(WordSets sets)
    {
        _ = new RoleMentionFinder(EntityLexicon.Default, FrenchLexicon.Default, sets);
        _ = new RecognizedOrganizations(EntityCues.Default, EntityLexicon.Default, FrenchLexicon.Default, sets);
        _ = new RoleLinker(sets);
        _ = new NationalityInference(EntityLexicon.Default, sets);
        _ = new RoleMerger(sets);
    }

    [Test]
    public void Every_set_the_stages_ask_for_exists() =>
        Assert.That(() => BuildStages(RoleStageDocument.Sets), Throws.Nothing);

    [Test]
    public void Every_set_of_the_tables_is_asked_for()
    {
        var tables = Tables().Select(ResourceTable.Load).ToList();
        var names = tables.SelectMany(t => t.Rows.Select(r => r[t.Column("set")])).ToList();
        Assert.That(names, Is.Unique);
        foreach (var name in names)
        {
            // The same tables without the row of this set: some stage must fail to build, naming it.
            var without = tables.Select(t => ResourceTable.Parse(t.Name, new StringReader(
                string.Join('\t', t.Header) + "\n" + string.Concat(t.Rows.Where(r => r[t.Column("set")] != name).Select(r => string.Join('\t', r) + "\n")))));
            Assert.That(() => BuildStages(WordSets.From(without)), Throws.TypeOf<InvalidDataException>().With.Message.Contains($"'{name}'").Or.Message.Contains($"'@{name}'"), name);
        }
    }

    [TestCaseSource(nameof(Tables))]
    public void A_table_says_what_it_is_its_licence_and_its_format(string table)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "Extraction", "Resources", table));
        var comments = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(comments, Has.Some.Contains("Written for this project (MIT)."));
            Assert.That(comments, Has.Some.StartsWith("# FORMAT:"));
            Assert.That(lines[comments.Count], Is.EqualTo("set\twords\twhy"));
            Assert.That(lines.Skip(comments.Count + 1).Where(l => l.Length > 0), Has.All.Matches<string>(l => l.Split('\t').Length == 3 && l.Split('\t')[2].Length > 0),
                "every row has a set, its words and why");
        });
    }

    [TestCase("plural-rewrites")]
    public void A_sequence_set_holds_only_word_sequences(string name) =>
        Assert.That(RoleStageDocument.Sets.Ordered(name), Has.All.Contains(' '));
}
