namespace Extraction.Tests.Support;

/// <summary>Finds folders of the repository and of ../shared from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The shared folder beside the clone (devset, corpora); CI has it too.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string DevTexts => Path.Combine(Shared, "devset", "texts");

    public static IEnumerable<string> SeedFiles() =>
        Directory.EnumerateFiles(Seeds).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal);

    /// <summary>Seed files plus the dev-set texts, when ../shared is there.</summary>
    public static IEnumerable<string> AllDocuments() =>
        SeedFiles().Concat(Directory.Exists(DevTexts)
            ? Directory.EnumerateFiles(DevTexts, "*.txt").Order(StringComparer.Ordinal)
            : []);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
