using System.Diagnostics;
using System.Globalization;
using Extraction.Records;
using Extraction.Rendering;
using Extraction.Serialization;
using Newtonsoft.Json;
using Spectre.Console;

namespace Extraction.Sample;

/// <summary>
/// Runs the extractor over every input and writes each result as it is ready: to one file per document, to one JSON
/// Lines file, or to standard output, always in input order. Inputs are read as a stream, a bounded batch at a time,
/// so memory does not grow with the input. A failing document or malformed line is reported on stderr and the batch
/// goes on. With <see cref="RunSettings.Resume"/>, work already in the output is not done again.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>Batches hold at most this many characters of text (besides <see cref="ItemsPerThread"/>), bounding memory.</summary>
    private const long MaxBatchChars = 4 << 20;

    /// <summary>Documents per worker thread in one batch: enough to keep the threads busy between two ordered writes.</summary>
    private const int ItemsPerThread = 32;

    private readonly RunSettings _settings;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly TextReader? _stdin;
    private readonly object _sync = new();
    private IAnsiConsole? _progressConsole;
    private int _failed;
    private int _done;
    private int _skipped;

    /// <param name="settings">What the command line asked for.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stdin">Standard input, or null when it is the console (not redirected).</param>
    public BatchRunner(RunSettings settings, TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        _settings = settings;
        _stdout = stdout;
        _stderr = stderr;
        _stdin = stdin;
    }

    private enum Destination
    {
        Stdout,
        JsonlFile,
        FilePerDocument,
    }

    /// <summary>One unit of work: a whole text document, or one article of a JSON Lines input.</summary>
    /// <param name="Source">The input it comes from.</param>
    /// <param name="Text">The text when already read (standard input, JSON Lines), else null: read by the worker.</param>
    /// <param name="Article">The JSON Lines article, or null for a text document.</param>
    /// <param name="OutputPath">The file to write (atomically) when each document has its own, else null.</param>
    /// <param name="Size">Bytes of input, for progress and throughput.</param>
    private sealed record Job(InputDocument Source, string? Text, JsonlArticle? Article, string? OutputPath, long Size);

    public int Run()
    {
        var (documents, problems, hasFolder) = Inputs.Resolve(_settings.Inputs, _stdin is not null, _settings.InputFormat);
        if (documents.Count == 0 && problems.Count == 0)
        {
            return Usage(_settings.Inputs.Count == 0
                ? "no input. Give text or .jsonl files, folders, or '-' to read standard input (see --help)."
                : "no input file found in the given folder(s).");
        }
        if (documents.Count(d => d.Path is null) > 1) return Usage("standard input ('-') can be read only once.");
        if (documents.Exists(d => d.Path is null) && _stdin is null) return Usage("'-' reads standard input, but nothing is piped in.");

        var hasJsonl = documents.Exists(d => d.IsJsonl);
        var format = _settings.Format ?? (hasJsonl ? OutputFormat.Jsonl : OutputFormat.Json);
        if (hasJsonl && format != OutputFormat.Jsonl)
            return Usage("JSON Lines input gives JSON Lines output: use --format jsonl (the default for such input).");

        var destination = ChooseDestination(format, documents.Count + problems.Count, hasFolder, out var usageError);
        if (usageError is not null) return Usage(usageError);
        if (_settings.Resume && destination == Destination.Stdout) return Usage("--resume needs --output: it skips what the output already holds.");

        foreach (var problem in problems) ReportError(problem.Name, problem.Message);
        if (documents.Count == 0) return 1;

        var done = new HashSet<string>(StringComparer.Ordinal);
        TextWriter? jsonl = null;
        try
        {
            if (destination == Destination.JsonlFile) jsonl = OutputFiles.OpenJsonl(_settings.Output!, _settings.Resume, done);
            else if (destination == Destination.FilePerDocument && IsFolder(destination, documents.Count + problems.Count, hasFolder))
                Directory.CreateDirectory(_settings.Output!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _stderr.WriteLine($"error: cannot write to {_settings.Output}: {e.Message}");
            return 1;
        }

        var sink = jsonl ?? _stdout;
        var showProgress = !_settings.Quiet && (documents.Count > 1 || hasJsonl) && destination != Destination.Stdout
            && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var stopwatch = Stopwatch.StartNew();
        long bytes;
        try
        {
            var jobs = Jobs(documents, format, destination, documents.Count + problems.Count, hasFolder, done);
            bytes = showProgress
                ? RunWithProgress(jobs, documents, hasJsonl, format, sink, flushEachLine: jsonl is not null)
                : Process(jobs, format, sink, flushEachLine: jsonl is not null, onDone: null);
        }
        finally
        {
            sink.Flush();
            jsonl?.Dispose();
        }
        if (jsonl is not null) OutputFiles.FinishJsonl(_settings.Output!);
        stopwatch.Stop();

        var failed = _failed;
        var total = _done + failed;
        var skipped = _skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $", {_skipped} already done (skipped)") : "";
        if (showProgress)
        {
            var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-6);
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_done} of {total} documents done in {seconds:0.0} s ({_done / seconds:0.0} docs/s, {bytes / 1024.0 / seconds:0} KB/s){(failed > 0 ? $", {failed} failed" : "")}{skipped}; output in {_settings.Output}"));
        }
        else if (failed > 0 && total > 1)
        {
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failed} of {total} documents failed{skipped}."));
        }
        return failed == 0 ? 0 : 1;
    }

    private Destination ChooseDestination(OutputFormat format, int count, bool hasFolder, out string? error)
    {
        error = null;
        var output = _settings.Output;
        if (output is null)
        {
            if (format == OutputFormat.Html && (count > 1 || hasFolder))
                error = "--format html writes one page per document: give --output FOLDER for several documents.";
            return Destination.Stdout;
        }
        if (format == OutputFormat.Jsonl)
        {
            if (LooksLikeFolder(output)) error = "--format jsonl writes one stream: give --output FILE, not a folder.";
            return Destination.JsonlFile;
        }
        return Destination.FilePerDocument;
    }

    private bool LooksLikeFolder(string output) => _settings.OutputIsFolder || Directory.Exists(output)
        || output.EndsWith(Path.DirectorySeparatorChar) || output.EndsWith(Path.AltDirectorySeparatorChar);

    /// <summary>Whether one-file-per-document output goes into a folder (several documents) or to the file named.</summary>
    private bool IsFolder(Destination destination, int count, bool hasFolder) =>
        destination == Destination.FilePerDocument && (LooksLikeFolder(_settings.Output!) || count > 1 || hasFolder);

    /// <summary>
    /// The work, lazily and in input order. JSON Lines inputs are read here, one line at a time; malformed lines
    /// are reported and skipped, and with --resume whatever the output already holds is skipped.
    /// </summary>
    private IEnumerable<Job> Jobs(List<InputDocument> documents, OutputFormat format, Destination destination, int count,
        bool hasFolder, HashSet<string> done)
    {
        var folder = IsFolder(destination, count, hasFolder);
        foreach (var document in documents)
        {
            if (document.IsJsonl)
            {
                foreach (var job in Articles(document, done)) yield return job;
                continue;
            }
            string? outputPath = destination != Destination.FilePerDocument ? null
                : folder ? Path.Combine(_settings.Output!, document.Stem + Extension(format))
                : _settings.Output!;
            if (_settings.Resume && (outputPath is not null
                    ? OutputFiles.IsUpToDate(outputPath, document.Path)
                    : done.Contains(OutputFiles.Key("source", document.Name))))
            {
                _skipped++;
                continue;
            }
            if (document.Path is null)
            {
                var text = _stdin!.ReadToEnd();
                yield return new Job(document, text, null, outputPath, OutputFiles.Utf8.GetByteCount(text));
            }
            else
            {
                yield return new Job(document, null, null, outputPath, document.Size);
            }
        }
    }

    private IEnumerable<Job> Articles(InputDocument document, HashSet<string> done)
    {
        TextReader reader;
        try
        {
            reader = document.Path is null ? _stdin! : new StreamReader(document.Path, OutputFiles.Utf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportError(document.Name, e.Message);
            yield break;
        }
        using var owned = document.Path is null ? null : reader;
        using var lines = JsonlArticles.Read(reader, document.Name).GetEnumerator();
        while (true)
        {
            JsonlLine line;
            try
            {
                if (!lines.MoveNext()) yield break;
                line = lines.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ReportError(document.Name, e.Message);
                yield break;
            }
            if (line.Article is not { } article)
            {
                ReportError(document.Name + ":" + line.LineNumber.ToString(CultureInfo.InvariantCulture), line.Error!);
                continue;
            }
            if (_settings.Resume && done.Contains(OutputFiles.Key("id", article.Id)))
            {
                _skipped++;
                continue;
            }
            yield return new Job(document, article.Text, article, null, article.Bytes);
        }
    }

    /// <summary>Cuts the job stream into batches bounded in count and in characters of text.</summary>
    private IEnumerable<List<Job>> Batches(IEnumerable<Job> jobs)
    {
        var limit = Math.Max(1, _settings.Threads) * ItemsPerThread;
        var batch = new List<Job>(limit);
        long chars = 0;
        foreach (var job in jobs)
        {
            batch.Add(job);
            chars += job.Text?.Length ?? job.Size;
            if (batch.Count >= limit || chars >= MaxBatchChars)
            {
                yield return batch;
                batch = new List<Job>(limit);
                chars = 0;
            }
        }
        if (batch.Count > 0) yield return batch;
    }

    private long RunWithProgress(IEnumerable<Job> jobs, List<InputDocument> documents, bool hasJsonl, OutputFormat format, TextWriter sink, bool flushEachLine)
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
                var totalBytes = Math.Max(1, documents.Sum(d => d.Size));
                var of = hasJsonl ? "" : "/" + documents.Count.ToString(CultureInfo.InvariantCulture);
                var task = context.AddTask($"0{of} documents", autoStart: true, maxValue: totalBytes);
                var done = 0;
                var stopwatch = Stopwatch.StartNew();
                lock (_sync) _progressConsole = console;
                bytes = Process(jobs, format, sink, flushEachLine, size =>
                {
                    var n = Interlocked.Increment(ref done);
                    task.Increment(Math.Max(size, 1));
                    var rate = n / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-3);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{n}{of} documents, {rate:0.0} docs/s");
                });
                task.Value = task.MaxValue;
                lock (_sync) _progressConsole = null;
            });
        return bytes;
    }

    /// <summary>
    /// Runs each batch on up to <see cref="RunSettings.Threads"/> threads, then writes its results in input order
    /// (flushing each line when asked, so an interrupted JSON Lines output ends with whole lines); returns the bytes read.
    /// </summary>
    private long Process(IEnumerable<Job> jobs, OutputFormat format, TextWriter sink, bool flushEachLine, Action<long>? onDone)
    {
        long bytes = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _settings.Threads };
        foreach (var batch in Batches(jobs))
        {
            var outputs = new string?[batch.Count];
            Parallel.For(0, batch.Count, options, i =>
            {
                outputs[i] = Execute(batch[i], format, out var size);
                Interlocked.Add(ref bytes, size);
                onDone?.Invoke(size);
            });
            foreach (var output in outputs)
            {
                if (output is null) continue;
                Write(sink, output, format);
                if (flushEachLine) sink.Flush();
            }
            sink.Flush();
        }
        return bytes;
    }

    /// <summary>Extracts one job; returns what goes to the shared output, or null (written to its own file, or failed).</summary>
    private string? Execute(Job job, OutputFormat format, out long size)
    {
        var document = job.Source;
        var name = job.Article is { } article ? document.Name + " (id " + article.Id + ")" : document.Name;
        size = job.Size;
        try
        {
            var text = job.Text ?? File.ReadAllText(document.Path!, OutputFiles.Utf8);
            var date = job.Article?.Date ?? _settings.ReferenceDate;
            var result = FrenchNewsExtractor.Shared.Extract(text, date is null ? ExtractionOptions.Default : new ExtractionOptions { ReferenceDate = date });
            var rendered = Render(job, text, result, format);
            Interlocked.Increment(ref _done);
            if (job.OutputPath is null) return rendered;
            OutputFiles.WriteAtomically(job.OutputPath, rendered);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ReportError(name, e.Message);
            return null;
        }
    }

    private static string Render(Job job, string text, ExtractionResult result, OutputFormat format) => format switch
    {
        OutputFormat.Json => ExtractionJson.Serialize(result),
        OutputFormat.Jsonl => JsonlPrefix(job) + ExtractionJson.Serialize(result, indented: false)[1..],
        OutputFormat.Html => HtmlReport.Render(text, result, job.Source.Title),
        OutputFormat.Table => TableReport.Render(result, job.Source.Title),
        _ => throw new InvalidOperationException(format.ToString()),
    };

    /// <summary>
    /// The fields a JSON Lines output line starts with: <c>id</c> and, when the input line had other fields,
    /// <c>meta</c> for an article; <c>source</c> for a whole document. The first field is the resume key.
    /// </summary>
    private static string JsonlPrefix(Job job) => job.Article is { } article
        ? "{\"id\":" + JsonConvert.ToString(article.Id) + (article.Meta is null ? "" : ",\"meta\":" + article.Meta) + ","
        : "{\"source\":" + JsonConvert.ToString(job.Source.Name) + ",";

    private static void Write(TextWriter sink, string output, OutputFormat format)
    {
        sink.Write(output);
        if (!output.EndsWith('\n')) sink.Write('\n');
        if (format == OutputFormat.Table) sink.Write('\n');
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
