using Extraction.Tests.Support;

namespace Extraction.Tests.Packaging;

/// <summary>
/// The `extract` tool as a user gets it: the sample packed once per test run with `dotnet pack` (package
/// Extraction.Cli) into a temporary folder, then `dotnet tool install --tool-path` from that folder only. Every
/// command-line test runs the installed launcher, so packing happens once however many fixtures use it.
/// </summary>
internal static class InstalledTool
{
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<Installation> Shared = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What packing and installing gave.</summary>
    /// <param name="Feed">Folder holding the packed Extraction.Cli package.</param>
    /// <param name="Package">The .nupkg file.</param>
    /// <param name="Launcher">The installed `extract` executable.</param>
    public sealed record Installation(string Feed, string Package, string Launcher);

    public static Installation Get() => Shared.Value;

    /// <summary>Runs the installed tool to completion in <paramref name="workingDirectory"/>.</summary>
    public static DotnetCli.Result Run(string workingDirectory, string? input, params string[] arguments) =>
        DotnetCli.RunProgram(Get().Launcher, workingDirectory, StepTimeout, input, arguments);

    private static Installation Install()
    {
        var root = Path.Combine(PackagingWorkspace.Root, "tool");
        var feed = Path.Combine(root, "feed");
        var tools = Path.Combine(root, "bin");
        Directory.CreateDirectory(feed);
        var project = Path.Combine(RepoPaths.Root, "samples", "Extraction.Sample", "Extraction.Sample.csproj");
        var pack = DotnetCli.Run(RepoPaths.Root, StepTimeout, "pack", project, "-c", "Release", "-o", feed,
            "--artifacts-path", PackagingWorkspace.Artifacts, "--disable-build-servers", "-nologo");
        if (pack.ExitCode != 0) throw new InvalidOperationException(pack.Describe("dotnet pack (tool)"));
        var packages = Directory.GetFiles(feed, "Extraction.Cli.*.nupkg");
        if (packages.Length != 1) throw new InvalidOperationException("expected one Extraction.Cli package, found: " + string.Join(", ", packages));

        // Only the packed folder as a source: the tool package has no dependencies, so no registry is asked.
        var config = Path.Combine(root, "NuGet.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="extraction-tool" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = DotnetCli.Run(root, StepTimeout, "tool", "install", "--tool-path", tools, "--configfile", config,
            "--add-source", feed, "Extraction.Cli");
        if (install.ExitCode != 0) throw new InvalidOperationException(install.Describe("dotnet tool install"));
        var launcher = Path.Combine(tools, OperatingSystem.IsWindows() ? "extract.exe" : "extract");
        if (!File.Exists(launcher)) throw new InvalidOperationException("no launcher at " + launcher + "\n" + install.Stdout);
        return new Installation(feed, packages[0], launcher);
    }
}
