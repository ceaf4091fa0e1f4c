using System.Diagnostics;

namespace Extraction.Tests.Packaging;

/// <summary>
/// A batch killed midway and run again with --resume gives, byte for byte, the output of an uninterrupted run; no
/// output file is ever seen half-written.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class ResumeTests
{
    private string _work = "";

    [OneTimeSetUp]
    public void Install()
    {
        _ = InstalledTool.Get();
        _work = Path.Combine(PackagingWorkspace.Root, "resume");
        Directory.CreateDirectory(_work);
    }

    /// <summary>Starts the tool, waits until <paramref name="started"/> says it is midway, and kills it.</summary>
    private void KillMidway(string[] arguments, Func<bool> started)
    {
        using var process = Process.Start(DotnetCli.StartInfo(InstalledTool.Get().Launcher, _work, arguments))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!started())
        {
            if (process.HasExited) Assert.Fail("the run ended before it could be interrupted: make the corpus larger\n" + stderr.Result);
            Assert.That(deadline.Elapsed, Is.LessThan(InstalledTool.StepTimeout), "no output appeared");
            Thread.Sleep(5);
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        _ = stdout.Result;
    }

    private static long LineCount(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        long lines = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0) if (b == '\n') lines++;
        return lines;
    }

    [Test]
    public void A_killed_jsonl_run_resumed_equals_an_uninterrupted_run_byte_for_byte()
    {
        const int count = 6000;
        var input = Path.Combine(_work, "corpus.jsonl");
        GeneratedCorpus.Write(input, count);
        var whole = Path.Combine(_work, "whole.jsonl");
        var uninterrupted = InstalledTool.Run(_work, null, input, "-o", whole, "--threads", "2");
        Assert.That(uninterrupted.ExitCode, Is.Zero, uninterrupted.Describe("extract"));
        Assert.That(LineCount(whole), Is.EqualTo(count));

        var output = Path.Combine(_work, "resumed.jsonl");
        var partial = output + ".partial";
        // One thread for the run that is killed (slower, so it is caught midway); the output does not depend on it.
        KillMidway([input, "-o", output, "--threads", "1"], () => File.Exists(partial) && new FileInfo(partial).Length > 0);
        var linesBefore = LineCount(partial);
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(output), Is.False, "the output keeps its final name only once complete");
            Assert.That(linesBefore, Is.LessThan(count), "killed midway");
        });
        // A kill during a write can leave a cut line: the resumed run must drop it, not keep it or stop on it.
        File.AppendAllText(partial, """{"id":"article-00""");

        var resumed = InstalledTool.Run(_work, null, input, "-o", output, "--threads", "2", "--resume");
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Describe("extract --resume"));
        TestContext.Out.WriteLine($"killed after {linesBefore} of {count} lines; {resumed.Stderr.Trim()}");
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(partial), Is.False);
            Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(whole)));
        });

        // Resumed once more, a finished output is left as it is.
        var again = InstalledTool.Run(_work, null, input, "-o", output, "--resume");
        Assert.That(again.ExitCode, Is.Zero, again.Describe("extract --resume (done)"));
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(whole)));
    }

    [Test]
    public void A_killed_folder_run_resumed_redoes_only_the_missing_files_and_equals_an_uninterrupted_run()
    {
        const int count = 600;
        var input = Path.Combine(_work, "articles");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        for (var i = 0; i < count; i++)
        {
            var line = Newtonsoft.Json.Linq.JObject.Parse(GeneratedCorpus.Line(i));
            var folder = i % 3 == 0 ? Path.Combine(input, "sub") : input;
            File.WriteAllText(Path.Combine(folder, GeneratedCorpus.Id(i) + ".txt"), "date " + line["date"] + "\n" + line["text"]);
        }
        var whole = Path.Combine(_work, "whole-json");
        var uninterrupted = InstalledTool.Run(_work, null, input, "--output-dir", whole, "--threads", "2");
        Assert.That(uninterrupted.ExitCode, Is.Zero, uninterrupted.Describe("extract"));

        var output = Path.Combine(_work, "resumed-json");
        string[] Finished() => Directory.Exists(output)
            ? Directory.GetFiles(output, "*.json", SearchOption.AllDirectories)
            : [];
        KillMidway([input, "--output-dir", output, "--threads", "1"], () => Finished().Length > 0);
        var before = Finished().ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.That(before, Has.Count.LessThan(count), "killed midway");
        foreach (var file in before.Keys) Newtonsoft.Json.Linq.JToken.Parse(File.ReadAllText(file)); // every finished file is whole

        var resumed = InstalledTool.Run(_work, null, input, "--output-dir", output, "--threads", "2", "--resume");
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Describe("extract --resume"));

        string[] Listing(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.That(Listing(output), Is.EqualTo(Listing(whole)), "same files, no temporary left behind");
        Assert.Multiple(() =>
        {
            foreach (var relative in Listing(whole))
                Assert.That(File.ReadAllBytes(Path.Combine(output, relative)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, relative))), relative);
            foreach (var (file, written) in before)
                Assert.That(File.GetLastWriteTimeUtc(file), Is.EqualTo(written), "not redone: " + file);
        });

        // An input changed after its output was written is redone.
        var changed = Path.Combine(input, GeneratedCorpus.Id(1) + ".txt");
        File.WriteAllText(changed, "Le Maroc et la Tunisie ont signé un accord.");
        File.SetLastWriteTimeUtc(changed, DateTime.UtcNow.AddMinutes(1));
        var rerun = InstalledTool.Run(_work, null, input, "--output-dir", output, "--resume");
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Describe("extract --resume (changed input)"));
        Assert.That(File.ReadAllText(Path.Combine(output, GeneratedCorpus.Id(1) + ".json")), Does.Contain("\"TN\""));
    }
}
