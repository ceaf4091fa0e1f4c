using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Extraction.Serialization;

namespace Extraction.Tests.Robustness;

/// <summary>
/// The same input gives byte-identical JSON in separate processes, not only within one: string hash codes are
/// randomized per process, so output that depends on them (hash-ordered sets, GetHashCode tie-breaks) would differ.
/// </summary>
public sealed class CrossProcessDeterminismTests
{
    private const string FilesVariable = "EXTRACTION_DIGEST_FILES";
    private const string OutputVariable = "EXTRACTION_DIGEST_OUTPUT";

    [Test]
    public void Two_fresh_processes_give_the_same_json_as_this_one()
    {
        var folder = Directory.CreateTempSubdirectory("extraction-determinism-");
        try
        {
            var documents = TestCorpus.Real.Concat(TestCorpus.Variants(40, seed: 40)).ToList();
            var files = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var path = Path.Combine(folder.FullName, $"doc-{i:D3}.txt");
                File.WriteAllText(path, documents[i], new UTF8Encoding(false));
                files.Add(path);
            }
            var listing = Path.Combine(folder.FullName, "files.txt");
            File.WriteAllLines(listing, files);
            var expected = Digests(files);

            // Two children at once: each is a separate process with its own hash seed.
            var outputs = new[] { 1, 2 }.Select(run => Path.Combine(folder.FullName, $"digests-{run}.txt")).ToArray();
            var children = outputs.Select(o => Task.Run(() => RunChildTestHost(listing, o, folder.FullName))).ToArray();
            Task.WaitAll(children);
            foreach (var child in children) Assert.That(child.Result, Is.Null, child.Result);
            for (var run = 0; run < outputs.Length; run++)
            {
                Assert.That(File.Exists(outputs[run]), Is.True, $"child process {run + 1} wrote no digests");
                Assert.That(File.ReadAllText(outputs[run]), Is.EqualTo(expected), $"child process {run + 1} gave different JSON");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Runs in the child test host only (explicit, selected by name): writes the JSON digests of the listed files.
    /// </summary>
    [Test, Explicit("run by Two_fresh_processes_give_the_same_json_as_this_one in a child process")]
    public void Write_digests_for_parent_process()
    {
        var listing = Environment.GetEnvironmentVariable(FilesVariable);
        var output = Environment.GetEnvironmentVariable(OutputVariable);
        Assert.That(listing, Is.Not.Null.And.Not.Empty, $"{FilesVariable} must name the file list");
        Assert.That(output, Is.Not.Null.And.Not.Empty, $"{OutputVariable} must name the output file");
        File.WriteAllText(output!, Digests(File.ReadAllLines(listing!)));
    }

    private static string Digests(IEnumerable<string> files) => string.Join("\n", files.Select(f =>
        $"{Convert.ToHexStringLower(SHA256.HashData(ExtractionJson.SerializeToUtf8(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(f)))))}  {Path.GetFileName(f)}"));

    /// <summary>Null on success, else why the child failed.</summary>
    private static string? RunChildTestHost(string listing, string output, string workFolder)
    {
        var testAssembly = typeof(CrossProcessDeterminismTests).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workFolder,
        };
        foreach (var a in new[]
                 {
                     "test", testAssembly, "--filter", $"FullyQualifiedName={typeof(CrossProcessDeterminismTests).FullName}.{nameof(Write_digests_for_parent_process)}",
                     "--results-directory", Path.Combine(workFolder, "results-" + Path.GetFileNameWithoutExtension(output)),
                 })
            start.ArgumentList.Add(a);
        start.Environment[FilesVariable] = listing;
        start.Environment[OutputVariable] = output;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return "child test host did not finish in 3 minutes";
        }
        return process.ExitCode == 0 ? null : $"child test host failed:\n{stdout.Result}\n{stderr.Result}";
    }
}
