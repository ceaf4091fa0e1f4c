using System.Text;
using Extraction.Lexicons;
using Extraction.Tests.Support;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>Every <c>Resources/Tokenization/*.tsv</c> is well formed, embedded, read, and free of duplicates.</summary>
public sealed class TokenizationTablesTests
{
    private static readonly string SourceFolder = Path.Combine(RepoPaths.Root, "src", "Extraction", "Resources", "Tokenization");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(SourceFolder, "*.tsv").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Table_{Path.GetFileNameWithoutExtension(f)}"));

    [Test]
    public void Every_table_on_disk_is_one_the_tokenizer_reads()
    {
        var onDisk = Directory.EnumerateFiles(SourceFolder, "*.tsv").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(onDisk, Is.EqualTo(TokenizationTables.FileNames.Order(StringComparer.Ordinal)));
    }

    [TestCaseSource(nameof(Files))]
    public void Table_parses_with_header_comments_and_unique_sorted_entries(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SourceFolder, file));
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 without BOM");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.That(text, Does.Contain("Source").And.Contain("Licence").And.Contain("FORMAT"));
        Assert.That(text, Does.Not.Contain("\r"), "LF line endings");

        var fromDisk = ResourceTable.Parse("Tokenization/" + file, new StringReader(text));
        var embedded = TokenizationTables.LoadTable(file);
        Assert.That(embedded.Rows.Select(r => string.Join('\t', r)), Is.EqualTo(fromDisk.Rows.Select(r => string.Join('\t', r))),
            "the embedded copy matches the file");

        var keys = fromDisk.Rows.Select(r => r[0]).ToList();
        Assert.That(keys, Is.Not.Empty);
        Assert.That(keys, Has.All.Not.Empty);
        Assert.That(fromDisk.Rows.SelectMany(r => r), Has.None.Matches(@"^\s|\s$"), "no cell has padding spaces");
        Assert.That(keys, Is.Unique, "no duplicate entry");
        Assert.That(keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "entries sorted (ordinal)");
    }

    [Test]
    public void Default_tables_load_and_answer_span_lookups()
    {
        var tables = TokenizationTables.Default;
        Assert.Multiple(() =>
        {
            Assert.That(tables.IsElision("QU".AsSpan()), Is.True);
            Assert.That(tables.IsElision("aujourd".AsSpan()), Is.False);
            Assert.That(tables.TryGetClitic("il".AsSpan(), out var type) && type == CliticType.Subject, Is.True);
            Assert.That(tables.TryGetAbbreviation("M.".AsSpan(), out var b) && b == AbbreviationBoundary.Never, Is.True);
            Assert.That(tables.TryGetAbbreviation("etc.".AsSpan(), out var e) && e == AbbreviationBoundary.Maybe, Is.True);
            Assert.That(tables.TryGetOrdinalSuffix("ème".AsSpan(), out _), Is.True);
            Assert.That(tables.IsTopLevelDomain("MA".AsSpan()), Is.True);
            Assert.That(tables.IsSentenceStarter("Le".AsSpan()), Is.True);
            Assert.That(tables.IsSentenceStarter("Le".AsSpan(), afterInitial: true), Is.False);
            Assert.That(tables.IsWholeCompound("Rendez-Vous".AsSpan()), Is.True);
        });
    }

    [Test]
    public void Duplicate_entries_are_rejected_with_the_resource_name()
    {
        static ResourceTable T(string name, string content) => ResourceTable.Parse(name, new StringReader(content));
        var ex = Assert.Throws<InvalidDataException>(() => new TokenizationTables(
            T("elisions.tsv", "form\nl\nL\n"),
            T("clitics.tsv", "form\ttype\nil\tsubject\n"),
            T("compounds.tsv", "form\nrendez-vous\n"),
            T("abbreviations.tsv", "form\tkind\tboundary\nM.\thonorific\tnever\n"),
            T("ordinals.tsv", "suffix\tfirst_only\troman\ne\tno\tyes\n"),
            T("tlds.tsv", "tld\nfr\n"),
            T("starters.tsv", "form\tafter_initial\nIl\tyes\n")));
        Assert.That(ex!.Message, Does.Contain("elisions.tsv").And.Contain("duplicate"));
    }

    [Test]
    public void A_tokenizer_over_tiny_tables_uses_only_them()
    {
        static ResourceTable T(string name, string content) => ResourceTable.Parse(name, new StringReader(content));
        var tables = new TokenizationTables(
            T("elisions.tsv", "form\nl\n"),
            T("clitics.tsv", "form\ttype\nil\tsubject\n"),
            T("compounds.tsv", "form\nrendez-vous\n"),
            T("abbreviations.tsv", "form\tkind\tboundary\nM.\thonorific\tnever\n"),
            T("ordinals.tsv", "suffix\tfirst_only\troman\ne\tno\tyes\n"),
            T("tlds.tsv", "tld\nfr\n"),
            T("starters.tsv", "form\tafter_initial\nIl\tyes\n"));
        const string text = "d'abord l'accord a-t-il dit-elle";
        var tokens = new FrenchTokenizer(tables).Tokenize(text).Select(t => t.Slice(text).ToString());
        Assert.That(tokens, Is.EqualTo(new[] { "d'abord", "l'", "accord", "a", "-t-il", "dit-elle" }));
    }
}
