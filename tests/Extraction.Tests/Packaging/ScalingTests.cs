using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Extraction.Tests.Packaging;

/// <summary>
/// The local form of docs/scaling.md: a JSON Lines corpus cut into N shards, one `extract` process per shard at the
/// same time, outputs concatenated and sorted by id, equals one process over the whole corpus.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class ScalingTests
{
    [Test]
    public void N_processes_over_N_shards_give_the_output_of_one_process()
    {
        const int count = 900;
        const int shards = 3;
        var work = Path.Combine(PackagingWorkspace.Root, "shards");
        Directory.CreateDirectory(work);
        var corpus = Path.Combine(work, "corpus.jsonl");
        GeneratedCorpus.Write(corpus, count);

        // Round-robin, as `split -n r/3` does: every shard holds lines from the whole corpus.
        var lines = File.ReadAllLines(corpus);
        var shardFiles = Enumerable.Range(0, shards).Select(s => Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"shard-{s}.jsonl"))).ToArray();
        for (var s = 0; s < shards; s++)
            File.WriteAllText(shardFiles[s], string.Concat(lines.Where((_, i) => i % shards == s).Select(l => l + "\n")));

        var processes = shardFiles.Select(shard =>
        {
            var process = Process.Start(DotnetCli.StartInfo(InstalledTool.Get().Launcher, work, [shard, "-o", shard + ".out", "--threads", "1"]))!;
            process.StandardInput.Close();
            return (Process: process, Stdout: process.StandardOutput.ReadToEndAsync(), Stderr: process.StandardError.ReadToEndAsync());
        }).ToList();
        var single = InstalledTool.Run(work, null, corpus, "-o", Path.Combine(work, "single.jsonl"), "--threads", "1");
        foreach (var (process, _, stderr) in processes)
        {
            Assert.That(process.WaitForExit(InstalledTool.StepTimeout), Is.True);
            Assert.That(process.ExitCode, Is.Zero, stderr.Result);
            process.Dispose();
        }
        Assert.That(single.ExitCode, Is.Zero, single.Describe("extract (one process)"));

        static string SortedById(IEnumerable<string> files) => string.Concat(files
            .SelectMany(File.ReadAllLines)
            .OrderBy(l => (string?)Newtonsoft.Json.Linq.JObject.Parse(l)["id"], StringComparer.Ordinal)
            .Select(l => l + "\n"));
        var sharded = SortedById(shardFiles.Select(s => s + ".out"));
        var whole = SortedById([Path.Combine(work, "single.jsonl")]);
        Assert.That(whole.Count(c => c == '\n'), Is.EqualTo(count));
        Assert.That(Encoding.UTF8.GetBytes(sharded), Is.EqualTo(Encoding.UTF8.GetBytes(whole)));
    }
}
