using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Extraction.Serialization;
using Extraction.Tests.Support;

namespace Extraction.Tests.Robustness;

/// <summary>
/// The same input gives byte-identical JSON in separate processes, not only within one: string hash codes are
/// randomized per process, so output that depends on them would differ here.
/// </summary>
public sealed class CrossProcessDeterminismTests
{
    [Test]
    public void Two_fresh_processes_give_the_same_json_as_this_one()
    {
        var tool = BuiltDigestTool();
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
            var expected = string.Join("\n", files.Select(f =>
                $"{Convert.ToHexStringLower(SHA256.HashData(ExtractionJson.SerializeToUtf8(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(f)))))}  {f}"));

            var first = RunDigest(tool, files);
            var second = RunDigest(tool, files);
            Assert.That(first, Is.EqualTo(expected), "first child process");
            Assert.That(second, Is.EqualTo(expected), "second child process");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The benchmarks console (it has a json-digest mode), built in this configuration from the same library bytes as
    /// this test run; a solution build (what CI runs) produces it.
    /// </summary>
    private static string BuiltDigestTool()
    {
        var library = typeof(FrenchNewsExtractor).Assembly.Location;
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = here.Parent!.Name; // bin/<Configuration>/<tfm>
        var tool = Path.Combine(RepoPaths.Root, "tests", "Extraction.Benchmarks", "bin", configuration, here.Name, "Extraction.Benchmarks.dll");
        var toolLibrary = Path.Combine(Path.GetDirectoryName(tool)!, Path.GetFileName(library));
        if (!File.Exists(tool) || !File.Exists(toolLibrary))
            Assert.Ignore($"{tool} is not built; build the solution (dotnet test at the root does) to run this test");
        if (!File.ReadAllBytes(toolLibrary).AsSpan().SequenceEqual(File.ReadAllBytes(library)))
            Assert.Ignore($"{tool} was built from another version of the library; rebuild the solution to run this test");
        return tool;
    }

    private static string RunDigest(string tool, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("json-digest");
        foreach (var f in files) start.ArgumentList.Add(f);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("json-digest did not finish in 2 minutes");
        }
        Assert.That(process.ExitCode, Is.Zero, error.Result);
        return output.Result.ReplaceLineEndings("\n").TrimEnd('\n');
    }
}
