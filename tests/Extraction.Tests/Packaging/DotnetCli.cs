using System.Diagnostics;
using System.Text;

namespace Extraction.Tests.Packaging;

/// <summary>Runs the dotnet CLI as a child process, isolated from the MSBuild state of the test host.</summary>
internal static class DotnetCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Describe(string what) => $"{what} exited with {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH under `dotnet test`), else the one on PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunWithInput(workingDirectory, timeout, null, arguments);

    /// <summary>Runs dotnet with <paramref name="input"/> on its standard input (closed at once when null).</summary>
    public static Result RunWithInput(string workingDirectory, TimeSpan timeout, string? input, params string[] arguments) =>
        RunProgram(Host, workingDirectory, timeout, input, arguments);

    /// <summary>Runs <paramref name="program"/> (dotnet, or an installed tool's launcher) to completion.</summary>
    public static Result RunProgram(string program, string workingDirectory, TimeSpan timeout, string? input, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(program, workingDirectory, arguments)) ?? throw new InvalidOperationException("could not start " + program);
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.\n{stdout.Result}\n{stderr.Result}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Start settings for a child process with redirected streams, isolated from the test host's MSBuild state; an
    /// installed tool's launcher finds the runtime through DOTNET_ROOT (the folder of the dotnet host running the tests).
    /// </summary>
    public static ProcessStartInfo StartInfo(string program, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // `dotnet test` sets MSBuild variables for its own build; a nested build must not inherit them.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no build server left running after the test
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";

        if (Path.IsPathRooted(Host)) start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(Host));
        return start;
    }
}
