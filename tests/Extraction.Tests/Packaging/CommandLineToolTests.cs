using Extraction.Serialization;
using Extraction.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extraction.Tests.Packaging;

/// <summary>The `extract` tool, packed as Extraction.Cli, installed into a temporary tool path and run as a user runs it.</summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class CommandLineToolTests
{
    private string _work = "";

    [OneTimeSetUp]
    public void Install()
    {
        _ = InstalledTool.Get();
        _work = Path.Combine(PackagingWorkspace.Root, "cli");
        Directory.CreateDirectory(_work);
    }

    private DotnetCli.Result Extract(params string[] arguments) => InstalledTool.Run(_work, null, arguments);

    private static string Seed => RepoPaths.SeedFiles().First();

    private static JToken Expected(string path, Extraction.Temporal.PartialDate? date = null) =>
        JToken.Parse(ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(path),
            date is null ? null : new ExtractionOptions { ReferenceDate = date })));

    [Test]
    public void The_package_is_a_dotnet_tool_named_extract_and_carries_the_json_contract()
    {
        var package = InstalledTool.Get().Package;
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        using var reader = new StreamReader(zip.GetEntry("Extraction.Cli.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();
        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(package), Does.Match(@"^Extraction\.Cli\.\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.nupkg$"));
            Assert.That(nuspec, Does.Contain("<id>Extraction.Cli</id>").And.Contain("<packageType name=\"DotnetTool\""));
            // Native AOT for linux-x64 (Extraction.Sample.csproj): one native executable (ELF), no managed assembly to JIT,
            // no debug symbols or library docs beside it.
            Assert.That(entries.Where(e => e.StartsWith("tools/", StringComparison.Ordinal)),
                Is.EquivalentTo(new[] { "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/extract" }));
            using (var executable = zip.GetEntry("tools/any/linux-x64/extract")!.Open())
            {
                var magic = new byte[4];
                executable.ReadExactly(magic);
                Assert.That(magic, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), "extract is not a native executable");
            }
            Assert.That(entries, Does.Contain("README.md").And.Contain("LICENSE").And.Contain("NOTICE.md"));
            Assert.That(entries, Does.Contain("docs/extraction.schema.json").And.Contain("docs/json-contract.md"));
        });
        using var settings = new StreamReader(zip.GetEntry("tools/any/linux-x64/DotnetToolSettings.xml")!.Open());
        Assert.That(settings.ReadToEnd(), Does.Contain("Command Name=\"extract\"").And.Contain("EntryPoint=\"extract\" Runner=\"executable\""));
    }

    [Test]
    public void One_file_prints_the_same_bytes_as_the_library()
    {
        var run = Extract(Seed);
        Assert.That(run.ExitCode, Is.Zero, run.Describe("extract"));
        var library = ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(Seed)));
        Assert.That(run.Stdout, Is.EqualTo(library + "\n"));
    }

    [Test]
    public void A_missing_file_is_a_clear_error_and_a_non_zero_exit()
    {
        var run = Extract(Path.Combine(_work, "no-such-article.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Stderr, Does.Contain("error").And.Contain("no-such-article.txt").And.Contain("no such file"));
            Assert.That(run.Stdout.Trim(), Is.Empty);
        });
    }

    [Test]
    public void A_folder_is_read_recursively_and_one_bad_file_does_not_stop_the_batch()
    {
        var input = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        File.Copy(Seed, Path.Combine(input, "a.txt"), overwrite: true);
        File.WriteAllText(Path.Combine(input, "sub", "b.txt"), "Le Maroc et Israël ont signé un accord le 24 novembre 2021.");
        File.WriteAllText(Path.Combine(input, "sub", "ignored.md"), "not a text file");
        var broken = Path.Combine(input, "sub", "broken.txt");
        if (!File.Exists(broken) && !Path.Exists(broken)) File.CreateSymbolicLink(broken, Path.Combine(_work, "missing-target"));
        var output = Path.Combine(_work, "pages");

        var run = Extract(input, "--format", "html", "--output", output, "--threads", "2");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Describe("extract"));
            Assert.That(run.Stderr, Does.Contain("broken.txt"));
            Assert.That(File.ReadAllText(Path.Combine(output, "a.html")), Does.StartWith("<!DOCTYPE html>"));
            var page = File.ReadAllText(Path.Combine(output, "sub", "b.html"));
            Assert.That(page, Does.Contain("Le Maroc et Israël"));
            Assert.That(page, Does.Contain("sub/b.txt").And.Not.Contain(_work), "the title is the path below the input folder");
            Assert.That(Directory.GetFiles(output, "*", SearchOption.AllDirectories), Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Output_dir_writes_one_json_per_file_as_the_dev_set_script_expects()
    {
        var output = Path.Combine(_work, "json");
        var run = Extract(Seed, "--output-dir", output);
        Assert.That(run.ExitCode, Is.Zero, run.Describe("extract"));
        var written = Path.Combine(output, Path.GetFileNameWithoutExtension(Seed) + ".json");
        Assert.That(JToken.DeepEquals(JToken.Parse(File.ReadAllText(written)), Expected(Seed)), Is.True);
    }

    [Test]
    public void Stdin_with_a_reference_date_gives_json_lines()
    {
        var input = Path.Combine(_work, "stdin.txt");
        File.WriteAllText(input, "Le ministre a signé l'accord fin mars dernier.");
        var run = InstalledTool.Run(_work, File.ReadAllText(input), "--format", "jsonl", "--date", "2022-04-15");
        Assert.That(run.ExitCode, Is.Zero, run.Describe("extract"));
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1));
        var line = JObject.Parse(lines[0]);
        Assert.Multiple(() =>
        {
            Assert.That(line["source"]?.Value<string>(), Is.EqualTo("stdin"));
            Assert.That(line["referenceDate"]?.Value<string>(), Is.EqualTo("2022-04-15"));
            Assert.That(Serialization.ContractSchema.Errors(Serialization.ContractSchema.Strict, lines[0]), Is.Null);
            line.Remove("source");
            Assert.That(JToken.DeepEquals(line, Expected(input, Extraction.Temporal.PartialDate.Parse("2022-04-15"))), Is.True);
        });
    }

    [Test]
    public void Table_format_prints_a_summary()
    {
        var run = Extract(Seed, "--format", "table");
        Assert.That(run.ExitCode, Is.Zero, run.Describe("extract"));
        Assert.That(run.Stdout, Does.StartWith(Path.GetFileName(Seed) + "\n").And.Contain("People (").And.Contain("Agreements ("));
        Assert.That(run.Stdout, Does.Not.Contain(RepoPaths.Root), "the title is the input's path relative to its root, not the machine's");
    }

    [Test]
    public void Help_lists_every_option_and_bad_options_are_refused()
    {
        var help = Extract("--help");
        var badDate = Extract(Seed, "--date", "2022-13");
        var badFormat = Extract(Seed, "--format", "xml");
        var htmlToStdout = Extract(Seed, Seed, "--format", "html");
        var resumeToStdout = Extract(Seed, "--resume");
        Assert.Multiple(() =>
        {
            Assert.That(help.ExitCode, Is.Zero);
            foreach (var option in new[] { "--date", "--format", "json|jsonl|html|table", "--input-format", "auto|text|jsonl", "--output", "--output-dir", "--threads", "--quiet", "--resume", "Examples:" })
                Assert.That(help.Stdout, Does.Contain(option));
            Assert.That(badDate.ExitCode, Is.Not.Zero);
            Assert.That(badDate.Stderr, Does.Contain("2022-13"));
            Assert.That(badFormat.ExitCode, Is.Not.Zero);
            Assert.That(htmlToStdout.ExitCode, Is.EqualTo(2));
            Assert.That(htmlToStdout.Stderr, Does.Contain("--output"));
            Assert.That(resumeToStdout.ExitCode, Is.EqualTo(2));
            Assert.That(resumeToStdout.Stderr, Does.Contain("--resume needs --output"));
        });
    }
}
