using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extraction.Records;
using Extraction.Rendering;
using Extraction.Serialization;
using Newtonsoft.Json;
using Spectre.Console;

namespace Extraction.Sample;

/// <summary>
/// Runs the extractor over every input, in parallel, and writes each result as it is ready: to one file per
/// document, to one output file, or to standard output in input order. A failing document is reported on stderr
/// and the batch goes on.
/// </summary>
internal sealed class BatchRunner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly RunSettings _settings;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly object _sync = new();
    private IAnsiConsole? _progressConsole;
    private int _failed;

    public BatchRunner(RunSettings settings, TextWriter stdout, TextWriter stderr)
    {
        _settings = settings;
        _stdout = stdout;
        _stderr = stderr;
    }

    private enum Destination
    {
        Stdout,
        File,
        Folder,
    }

    public int Run()
    {
        var (documents, problems, hasFolder) = Inputs.Resolve(_settings.Inputs, Console.IsInputRedirected);
        if (documents.Count == 0 && problems.Count == 0)
        {
            return Usage(_settings.Inputs.Count == 0
                ? "no input. Give text files, folders, or '-' to read standard input (see --help)."
                : "no *.txt file found in the given folder(s).");
        }
        if (documents.Count(d => d.Path is null) > 1) return Usage("standard input ('-') can be read only once.");

        var destination = ChooseDestination(documents.Count + problems.Count, hasFolder, out var usageError);
        if (usageError is not null) return Usage(usageError);

        foreach (var problem in problems) ReportError(problem.Name, problem.Message);
        if (documents.Count == 0) return 1;

        string? stdinText = null;
        if (documents.Exists(d => d.Path is null))
        {
            using var reader = new StreamReader(Console.OpenStandardInput(), Utf8);
            stdinText = reader.ReadToEnd();
        }

        TextWriter? single = null;
        try
        {
            if (destination == Destination.File)
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(_settings.Output!));
                if (directory is not null) Directory.CreateDirectory(directory);
                single = new StreamWriter(_settings.Output!, append: false, Utf8);
            }
            else if (destination == Destination.Folder)
            {
                Directory.CreateDirectory(_settings.Output!);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _stderr.WriteLine($"error: cannot write to {_settings.Output}: {e.Message}");
            return 1;
        }

        var sink = single ?? _stdout;
        var showProgress = !_settings.Quiet && documents.Count > 1 && destination != Destination.Stdout
            && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var stopwatch = Stopwatch.StartNew();
        long bytes;
        try
        {
            bytes = showProgress
                ? RunWithProgress(documents, stdinText, destination, sink)
                : Process(documents, stdinText, destination, sink, onDone: null);
        }
        finally
        {
            sink.Flush();
            single?.Dispose();
        }
        stopwatch.Stop();

        var failed = _failed;
        var total = documents.Count + problems.Count;
        if (showProgress)
        {
            var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-6);
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{total - failed} of {total} documents done in {seconds:0.0} s ({documents.Count / seconds:0.0} docs/s, {bytes / 1024.0 / seconds:0} KB/s){(failed > 0 ? $", {failed} failed" : "")}; output in {_settings.Output}"));
        }
        else if (failed > 0 && total > 1)
        {
            _stderr.WriteLine($"{failed} of {total} documents failed.");
        }
        return failed == 0 ? 0 : 1;
    }

    private Destination ChooseDestination(int count, bool hasFolder, out string? error)
    {
        error = null;
        var output = _settings.Output;
        if (output is null)
        {
            if (_settings.Format == OutputFormat.Html && (count > 1 || hasFolder))
                error = "--format html writes one page per document: give --output FOLDER for several documents.";
            return Destination.Stdout;
        }
        var looksLikeFolder = _settings.OutputIsFolder || Directory.Exists(output)
            || output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar);
        if (_settings.Format == OutputFormat.Jsonl)
        {
            if (looksLikeFolder) error = "--format jsonl writes one stream: give --output FILE, not a folder.";
            return Destination.File;
        }
        if (looksLikeFolder || count > 1 || hasFolder) return Destination.Folder;
        return File.Exists(output) || !Directory.Exists(output) ? Destination.File : Destination.Folder;
    }

    private long RunWithProgress(List<InputDocument> documents, string? stdinText, Destination destination, TextWriter sink)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        long bytes = 0;
        console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var totalBytes = Math.Max(1, documents.Sum(d => d.Size) + (stdinText?.Length ?? 0));
                var task = context.AddTask($"0/{documents.Count} documents", autoStart: true, maxValue: totalBytes);
                var done = 0;
                var stopwatch = Stopwatch.StartNew();
                lock (_sync) _progressConsole = console;
                bytes = Process(documents, stdinText, destination, sink, size =>
                {
                    var n = Interlocked.Increment(ref done);
                    task.Increment(Math.Max(size, 1));
                    var rate = n / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-3);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{n}/{documents.Count} documents, {rate:0.0} docs/s");
                });
                task.Value = task.MaxValue;
                lock (_sync) _progressConsole = null;
            });
        return bytes;
    }

    /// <summary>Processes every document on up to <see cref="RunSettings.Threads"/> threads; returns the bytes read.</summary>
    private long Process(List<InputDocument> documents, string? stdinText, Destination destination, TextWriter sink, Action<long>? onDone)
    {
        var extractor = FrenchNewsExtractor.Shared;
        var options = _settings.ReferenceDate is { } date ? new ExtractionOptions { ReferenceDate = date } : ExtractionOptions.Default;
        var pending = new string?[documents.Count];
        var ready = new bool[documents.Count];
        var next = 0;
        long bytes = 0;

        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = _settings.Threads }, i =>
        {
            var document = documents[i];
            string? rendered = null;
            long size = 0;
            try
            {
                var text = document.Path is null ? stdinText! : File.ReadAllText(document.Path, Utf8);
                size = document.Path is null ? Utf8.GetByteCount(text) : document.Size;
                var result = extractor.Extract(text, options);
                rendered = Render(document, text, result);
                if (destination == Destination.Folder)
                {
                    var path = Path.Combine(_settings.Output!, document.Stem + Extension(_settings.Format));
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, rendered, Utf8);
                    rendered = null;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                rendered = null;
                ReportError(document.Name, e.Message);
            }
            Interlocked.Add(ref bytes, size);

            if (destination != Destination.Folder)
            {
                // Stream results in input order: park this one, then write every consecutive ready result.
                lock (_sync)
                {
                    pending[i] = rendered;
                    ready[i] = true;
                    while (next < documents.Count && ready[next])
                    {
                        if (pending[next] is { } output) Write(sink, output);
                        pending[next] = null;
                        next++;
                    }
                }
            }
            onDone?.Invoke(size);
        });
        return bytes;
    }

    private string Render(InputDocument document, string text, ExtractionResult result) => _settings.Format switch
    {
        OutputFormat.Json => ExtractionJson.Serialize(result),
        OutputFormat.Jsonl => "{\"source\":" + JsonConvert.ToString(document.Name) + "," + ExtractionJson.Serialize(result, indented: false)[1..],
        OutputFormat.Html => HtmlReport.Render(text, result, document.Name),
        OutputFormat.Table => TableReport.Render(result, document.Name),
        _ => throw new InvalidOperationException(_settings.Format.ToString()),
    };

    private void Write(TextWriter sink, string output)
    {
        sink.Write(output);
        if (!output.EndsWith('\n')) sink.Write('\n');
        if (_settings.Format == OutputFormat.Table) sink.Write('\n');
    }

    private static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Json => ".json",
        OutputFormat.Jsonl => ".jsonl",
        OutputFormat.Html => ".html",
        _ => ".txt",
    };

    private void ReportError(string name, string message)
    {
        lock (_sync)
        {
            _failed++;
            if (_progressConsole is { } console)
                console.MarkupLineInterpolated($"[red]error[/]: {name}: {message}");
            else
                _stderr.WriteLine($"error: {name}: {message}");
        }
    }

    private int Usage(string message)
    {
        _stderr.WriteLine("error: " + message);
        return 2;
    }
}
