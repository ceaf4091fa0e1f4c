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
/// Runs the extractor over every input and writes each result as it is ready: to one file per document, to one JSON
/// Lines file, or to standard output, always in input order. Inputs are read as a stream, a bounded batch at a time,
/// so memory does not grow with the input. A failing document or malformed line is reported on stderr and the batch
/// goes on. With <see cref="RunSettings.Resume"/>, work already in the output is not done again.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>Documents read but not yet written hold at most this many characters of text (besides <see cref="ItemsPerThread"/>), bounding memory.</summary>
    private const long MaxBufferedChars = 4 << 20;

    /// <summary>Documents in flight per worker thread: enough to keep the threads busy while an earlier, longer one finishes.</summary>
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
    /// <param name="Text">The text when read ahead, else null (a file that could not be read): read by the worker.</param>
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
                // Read here, on the reader thread, so reading overlaps extraction; a file that cannot be read is left
                // to the worker, which reads it again and reports the error in place.
                yield return new Job(document, TryRead(document.Path), null, outputPath, document.Size);
            }
        }
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path, OutputFiles.Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
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
    /// Runs the jobs through an <see cref="OrderedPipeline{TJob, TOutput}"/>: one thread reads the input, up to
    /// <see cref="RunSettings.Threads"/> extract and render, and this thread writes the results in input order while
    /// later documents are still being processed (flushing each line when asked, so an interrupted JSON Lines output
    /// ends with whole lines); returns the bytes read.
    /// </summary>
    private long Process(IEnumerable<Job> jobs, OutputFormat format, TextWriter sink, bool flushEachLine, Action<long>? onDone)
    {
        long bytes = 0;
        var buffers = new BufferPool();
        var pipeline = new OrderedPipeline<Job, StringBuilder?>(
            Math.Max(1, _settings.Threads),
            Math.Max(1, _settings.Threads) * ItemsPerThread,
            MaxBufferedChars,
            job => job.Text?.Length ?? job.Size,
            job =>
            {
                var output = Execute(job, format, buffers, out var size);
                Interlocked.Add(ref bytes, size);
                onDone?.Invoke(size);
                return output;
            });
        pipeline.Run(jobs, output =>
        {
            if (output is null) return;
            sink.Write(output);
            if (output.Length == 0 || output[^1] != '\n') sink.Write('\n');
            if (format == OutputFormat.Table) sink.Write('\n');
            buffers.Return(output);
            if (flushEachLine) sink.Flush();
        }, idle: sink.Flush);
        return bytes;
    }

    /// <summary>
    /// Extracts one job; returns what goes to the shared output (in a pooled buffer), or null (written straight to
    /// its own file, or failed).
    /// </summary>
    private StringBuilder? Execute(Job job, OutputFormat format, BufferPool buffers, out long size)
    {
        var document = job.Source;
        var name = job.Article is { } article ? document.Name + " (id " + article.Id + ")" : document.Name;
        size = job.Size;
        try
        {
            var text = job.Text ?? File.ReadAllText(document.Path!, OutputFiles.Utf8);
            var date = job.Article?.Date ?? _settings.ReferenceDate;
            var result = FrenchNewsExtractor.Shared.Extract(text, date is null ? ExtractionOptions.Default : new ExtractionOptions { ReferenceDate = date });
            if (job.OutputPath is { } path)
            {
                OutputFiles.WriteAtomically(path, writer => Render(job, text, result, format, writer));
                Interlocked.Increment(ref _done);
                return null;
            }
            var buffer = buffers.Rent();
            using (var writer = new StringWriter(buffer, CultureInfo.InvariantCulture)) Render(job, text, result, format, writer);
            Interlocked.Increment(ref _done);
            return buffer;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ReportError(name, e.Message);
            return null;
        }
    }

    /// <summary>Writes one document's output; JSON goes straight from the serializer to the writer.</summary>
    private static void Render(Job job, string text, ExtractionResult result, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Json:
                ExtractionJson.Serialize(result, writer);
                break;
            case OutputFormat.Jsonl:
                WriteJsonlPrefix(job, writer);
                // The prefix opened the object: the serializer's own '{' is dropped.
                ExtractionJson.Serialize(result, new SkipFirstCharWriter(writer), indented: false);
                break;
            case OutputFormat.Html:
                writer.Write(HtmlReport.Render(text, result, job.Source.Title));
                break;
            case OutputFormat.Table:
                writer.Write(TableReport.Render(result, job.Source.Title));
                break;
            default:
                throw new InvalidOperationException(format.ToString());
        }
    }

    /// <summary>
    /// The fields a JSON Lines output line starts with: <c>id</c> and, when the input line had other fields,
    /// <c>meta</c> for an article; <c>source</c> for a whole document. The first field is the resume key.
    /// </summary>
    private static void WriteJsonlPrefix(Job job, TextWriter writer)
    {
        if (job.Article is { } article)
        {
            writer.Write("{\"id\":");
            writer.Write(JsonConvert.ToString(article.Id));
            if (article.Meta is not null)
            {
                writer.Write(",\"meta\":");
                writer.Write(article.Meta);
            }
            writer.Write(',');
        }
        else
        {
            writer.Write("{\"source\":");
            writer.Write(JsonConvert.ToString(job.Source.Name));
            writer.Write(',');
        }
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
