using Extraction.Serialization;
using Extraction.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.NUnit;

namespace Extraction.Tests.Snapshots;

/// <summary>One snapshot of the full JSON per file in seeds/: a new seed file gets its test with no code change.</summary>
public sealed class SeedSnapshotTests
{
    // Snapshooter stores snapshots in a "__snapshots__" folder under the directory it is given.
    private static readonly string TestDirectory = Path.Combine(RepoPaths.Root, "tests", "Extraction.Tests", "Snapshots");
    private static readonly string SnapshotDirectory = Path.Combine(TestDirectory, "__snapshots__");

    public static IEnumerable<TestCaseData> Seeds() =>
        RepoPaths.SeedFiles().Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Seed_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Seeds))]
    public void Seed_output_matches_its_snapshot(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, fileName));
        var json = ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(text));
        var name = Path.GetFileNameWithoutExtension(fileName) + ".snap";

        // Snapshooter writes a missing snapshot and passes; under CI that would hide a seed with no reviewed output.
        if (IsCi() && !File.Exists(Path.Combine(SnapshotDirectory, name)))
            Assert.Fail($"No snapshot for seed '{fileName}' in {SnapshotDirectory}. Run the tests locally (without CI=true), review and commit it.");

        Snapshot.Match(JToken.Parse(json), new SnapshotFullName(name, TestDirectory));
    }

    [Test]
    public void Every_seed_file_has_a_snapshot_and_no_snapshot_is_orphaned()
    {
        var seeds = RepoPaths.SeedFiles().Select(f => Path.GetFileNameWithoutExtension(f) + ".snap").ToHashSet(StringComparer.Ordinal);
        var snaps = Directory.Exists(SnapshotDirectory)
            ? Directory.EnumerateFiles(SnapshotDirectory, "*.snap").Select(f => Path.GetFileName(f)!).ToHashSet(StringComparer.Ordinal)
            : [];
        if (!IsCi()) seeds.ExceptWith(seeds.Where(s => !snaps.Contains(s)).ToList()); // created on this local run
        Assert.Multiple(() =>
        {
            Assert.That(seeds.Except(snaps), Is.Empty, "seed files without a committed snapshot");
            Assert.That(snaps.Except(RepoPaths.SeedFiles().Select(f => Path.GetFileNameWithoutExtension(f) + ".snap")), Is.Empty, "snapshots whose seed file is gone");
        });
    }

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("CI") == "1";
}
