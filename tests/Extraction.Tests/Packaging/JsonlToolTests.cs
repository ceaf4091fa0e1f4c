using System.Diagnostics;
using System.Text;
using Extraction.Serialization;
using Extraction.Temporal;
using Newtonsoft.Json.Linq;

namespace Extraction.Tests.Packaging;

/// <summary>JSON Lines input and output of the installed `extract` tool: ids, meta, malformed lines, streaming memory.</summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class JsonlToolTests
{
    /// <summary>
    /// Peak working set allowed to the tool over 100,000 articles on stdin. The models and lexicons take about 130 MB
    /// once loaded (peak 128-133 MB measured); the output is 74 MB (148 MB as UTF-16), so a tool that kept its results, or
    /// the parsed input lines, in memory would cross the bound (the raw input alone, 27 MB as UTF-16, would not). Figures: docs/performance.md.
    /// </summary>
    private const long WorkingSetBound = 256L << 20;

    private string _work = "";

    [OneTimeSetUp]
    public void Install()
    {
        _ = InstalledTool.Get();
        _work = Path.Combine(PackagingWorkspace.Root, "jsonl");
        Directory.CreateDirectory(_work);
    }

    private static string LibraryLine(string prefix, string text, PartialDate? date) =>
        prefix + ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(text, date is null ? null : new ExtractionOptions { ReferenceDate = date }), indented: false)[1..];

    [Test]
    public void Each_line_gives_one_output_line_with_its_id_and_meta_and_malformed_lines_are_reported_and_skipped()
    {
        var input = Path.Combine(_work, "mixed.jsonl");
        File.WriteAllText(input, string.Join('\n',
            """{"id": "n-1", "date": "2022-04-15", "text": "Le ministre a signé l'accord fin mars dernier.", "desk": "monde", "at": "2022-04-15T08:00:00Z"}""",
            """{"id": "n-2", "text": "Le Maroc et la Tunisie ont signé un accord.""",
            "",
            """{"text": "Paulin Ferrand a rencontré Lucie Aubertin à Dakar."}""",
            """["not", "an", "object"]""",
            """{"id": "n-5", "title": "pas de texte"}""",
            """{"id": "n-6", "date": "2021-11", "text": "Le 24 novembre, la France et l'Allemagne ont conclu un traité."}""") + "\n");

        var run = InstalledTool.Run(_work, null, input);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "malformed lines make the exit code say some failed");
            Assert.That(run.Stderr, Does.Contain("mixed.jsonl:2: not valid JSON"));
            Assert.That(run.Stderr, Does.Contain("mixed.jsonl:5: not a JSON object"));
            Assert.That(run.Stderr, Does.Contain("mixed.jsonl:6: no string \"text\" field"));
            Assert.That(lines, Has.Length.EqualTo(3));
        });
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo(LibraryLine("""{"id":"n-1","meta":{"desk":"monde","at":"2022-04-15T08:00:00Z"},""",
                "Le ministre a signé l'accord fin mars dernier.", PartialDate.Parse("2022-04-15"))));
            Assert.That(lines[1], Is.EqualTo(LibraryLine("{\"id\":" + Newtonsoft.Json.JsonConvert.ToString(input + ":4") + ",",
                "Paulin Ferrand a rencontré Lucie Aubertin à Dakar.", null)), "a line without id is named by its input and line number");
            Assert.That(lines[2], Is.EqualTo(LibraryLine("""{"id":"n-6",""",
                "Le 24 novembre, la France et l'Allemagne ont conclu un traité.", PartialDate.Parse("2021-11"))));
            Assert.That(JObject.Parse(lines[2])["referenceDate"]?.Value<string>(), Is.EqualTo("2021-11"));
            foreach (var line in lines)
            {
                Assert.That(Serialization.ContractSchema.Errors(Serialization.ContractSchema.Published, line), Is.Null, line);
                Assert.That(Serialization.ContractSchema.Errors(Serialization.ContractSchema.Strict, line), Is.Null, line);
            }
        });
    }

    [Test]
    public void The_date_of_a_line_wins_over_the_command_line_date_which_applies_to_lines_without_one()
    {
        var input = string.Join('\n',
            """{"id": "a", "date": "2019-06", "text": "Il est arrivé fin mars dernier."}""",
            """{"id": "b", "text": "Il est arrivé fin mars dernier."}""") + "\n";
        var run = InstalledTool.Run(_work, input, "--input-format", "jsonl", "--date", "2022-04-15");
        Assert.That(run.ExitCode, Is.Zero, run.Describe("extract"));
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        Assert.That(lines.Select(l => l["referenceDate"]?.Value<string>()), Is.EqualTo(new[] { "2019-06", "2022-04-15" }));
        Assert.That(lines.Select(l => l["dates"]![0]!["value"]?.Value<string>()), Is.EqualTo(new[] { "2019-03", "2022-03" }));
    }

    [Test]
    public void A_folder_of_jsonl_files_is_read_recursively_in_order_with_input_format_jsonl()
    {
        var folder = Path.Combine(_work, "shards");
        Directory.CreateDirectory(Path.Combine(folder, "b"));
        File.WriteAllText(Path.Combine(folder, "a.jsonl"), GeneratedCorpus.Line(0) + "\n" + GeneratedCorpus.Line(1) + "\n");
        File.WriteAllText(Path.Combine(folder, "b", "c.jsonl"), GeneratedCorpus.Line(2) + "\n");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not read as JSON Lines");
        var run = InstalledTool.Run(_work, null, folder, "--input-format", "jsonl");
        Assert.That(run.ExitCode, Is.Zero, run.Describe("extract"));
        var ids = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (string?)JObject.Parse(l)["id"]);
        Assert.That(ids, Is.EqualTo(new[] { GeneratedCorpus.Id(0), GeneratedCorpus.Id(1), GeneratedCorpus.Id(2) }));
    }

    [Test]
    public void Jsonl_input_refuses_an_output_format_other_than_jsonl()
    {
        var input = Path.Combine(_work, "one.jsonl");
        File.WriteAllText(input, GeneratedCorpus.Line(0) + "\n");
        var run = InstalledTool.Run(_work, null, input, "--format", "html", "-o", Path.Combine(_work, "pages"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--format jsonl"));
    }

    [Test]
    public void One_hundred_thousand_articles_on_stdin_stream_through_in_bounded_memory()
    {
        const int count = 100_000;
        var start = DotnetCli.StartInfo(InstalledTool.Get().Launcher, _work, ["--input-format", "jsonl", "--threads", "2"]);
        using var process = Process.Start(start)!;
        var feed = Task.Run(() =>
        {
            using var stdin = process.StandardInput;
            stdin.NewLine = "\n";
            foreach (var line in GeneratedCorpus.Lines(count)) stdin.WriteLine(line);
        });
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        using var sampler = new Timer(_ =>
        {
            try
            {
                process.Refresh();
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), process.PeakWorkingSet64));
            }
            catch (InvalidOperationException)
            {
                // exited between two samples
            }
        }, null, 0, 50);

        var seen = 0;
        var outOfOrder = 0;
        long outputBytes = 0;
        var stopwatch = Stopwatch.StartNew();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            outputBytes += Encoding.UTF8.GetByteCount(line) + 1;
            // The id is the first field; checking it without parsing the whole line keeps the reader fast.
            if (!line.StartsWith("{\"id\":\"" + GeneratedCorpus.Id(seen) + "\",\"meta\":{\"desk\":", StringComparison.Ordinal)) outOfOrder++;
            seen++;
        }
        feed.Wait();
        Assert.That(process.WaitForExit(InstalledTool.StepTimeout), Is.True, "extract did not finish");
        stopwatch.Stop();
        sampler.Change(Timeout.Infinite, Timeout.Infinite);
        TestContext.Out.WriteLine($"{count} articles in {stopwatch.Elapsed.TotalSeconds:0.0} s ({count / stopwatch.Elapsed.TotalSeconds:0} articles/s), {outputBytes >> 20} MB out, peak working set {Interlocked.Read(ref peak) >> 20} MB");
        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.Zero, stderr.Result);
            Assert.That(seen, Is.EqualTo(count));
            Assert.That(outOfOrder, Is.Zero, "output lines carry their ids, in input order");
            Assert.That(Interlocked.Read(ref peak), Is.GreaterThan(0), "the working set was sampled");
            Assert.That(Interlocked.Read(ref peak), Is.LessThan(WorkingSetBound), $"peak working set over {WorkingSetBound >> 20} MB");
        });
    }
}
