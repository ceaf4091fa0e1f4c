namespace Extraction.Tests.Packaging;

/// <summary>
/// One temporary folder for the packaging and command-line tests: a shared artifacts path (so the library is built
/// once in Release for both), the packed feed and the consumer project. Deleted after the last test of the namespace.
/// </summary>
[SetUpFixture]
public sealed class PackagingWorkspace
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "extraction-packaging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    });

    public static string Root => RootFolder.Value;

    /// <summary>bin/ and obj/ of every project built by these tests, away from the repository's own.</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts");

    [OneTimeTearDown]
    public void Delete()
    {
        if (RootFolder.IsValueCreated && Directory.Exists(RootFolder.Value))
            Directory.Delete(RootFolder.Value, recursive: true);
    }
}
