namespace Extraction.Training;

/// <summary>Default locations: the corpora beside the clone and the library's resource folder.</summary>
internal static class TrainingPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string DefaultCorpora => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpora"));

    public static string DefaultData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string Resources => Path.Combine(RepoRoot, "src", "Extraction", "Resources");

    /// <summary>Value of <c>--name VALUE</c> in <paramref name="args"/>, or <paramref name="fallback"/>.</summary>
    public static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Run from inside the repository: Extraction.sln not found.");
    }
}
