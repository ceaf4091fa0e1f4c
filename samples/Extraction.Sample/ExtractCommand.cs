using System.CommandLine;
using System.CommandLine.Parsing;
using Extraction.Temporal;

namespace Extraction.Sample;

/// <summary>Output formats of the tool.</summary>
internal enum OutputFormat
{
    Json,
    Jsonl,
    Html,
    Table,
}

/// <summary>Everything the command line decided, validated.</summary>
/// <param name="Inputs">Input arguments as given.</param>
/// <param name="InputFormat">How input files are read.</param>
/// <param name="ReferenceDate">--date, if given.</param>
/// <param name="Format">--format, or null for the default (jsonl for JSON Lines input, else json).</param>
/// <param name="Output">--output or --output-dir, if given.</param>
/// <param name="OutputIsFolder">--output-dir was used.</param>
/// <param name="Threads">Documents processed in parallel.</param>
/// <param name="Quiet">No progress bar nor summary.</param>
/// <param name="Resume">Skip what the output already holds.</param>
internal sealed record RunSettings(
    IReadOnlyList<string> Inputs,
    InputFormat InputFormat,
    PartialDate? ReferenceDate,
    OutputFormat? Format,
    string? Output,
    bool OutputIsFolder,
    int Threads,
    bool Quiet,
    bool Resume);

/// <summary>Defines the root command (System.CommandLine 2.x) and turns a parse result into <see cref="RunSettings"/>.</summary>
internal static class ExtractCommand
{
    private const string Description = """
        Extracts people, roles, countries, dates, organizations and agreements from French news text.

        Reads text files, folders (every *.txt below them), JSON Lines files (*.jsonl: one {"id", "date", "text"}
        article per line) or standard input, and writes JSON (default), JSON Lines (default for JSON Lines input),
        a self-contained HTML page per document, or a summary table for the terminal. Output files are written
        under a temporary name and renamed when complete; --resume skips the work an output already holds.

        Examples:
          extract article.txt                               JSON of one article on stdout
          extract article.txt --format table                readable summary on the terminal
          extract corpus/ --format html --output pages/     one HTML page per article, with a progress bar
          extract corpus/ --format jsonl -o all.jsonl       one JSON line per article
          cat article.txt | extract --date 2022-04-15       stdin, with the publication date given
          extract articles.jsonl -o results.jsonl --resume  JSON Lines in and out; a rerun continues where it stopped
          cat shard.jsonl | extract --input-format jsonl    JSON Lines on stdin, one result line per article

        Exit code: 0 when every document was processed, 1 when at least one failed or a JSON Lines line was
        malformed (the others are still written), 2 for a usage error.
        """;

    public static RootCommand Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files (UTF-8), JSON Lines files (*.jsonl) or folders (searched recursively for *.txt, or for *.jsonl with --input-format jsonl); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "FILE|FOLDER|-",
        };
        var date = new Option<PartialDate?>("--date", "-d")
        {
            Description = "Publication date used to resolve relative dates (\"fin mars dernier\"). Overrides a 'date ...' header line.",
            HelpName = "YYYY[-MM[-DD]]",
            CustomParser = ParseDate,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "json (default): one indented JSON document each; jsonl (default for JSON Lines input): one line each, starting with \"id\" (JSON Lines input) or \"source\" (text); html: one page each; table: a text summary.",
            HelpName = "json|jsonl|html|table",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "html", "table");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write. A file for one document (or for jsonl); a folder (existing, ending with '/', or when there are several documents) for one file per document, named after the input. Default: standard output.",
            HelpName = "FILE|FOLDER",
        };
        var inputFormat = new Option<string>("--input-format", "-i")
        {
            Description = "auto: JSON Lines for *.jsonl files, text otherwise (standard input included); text: one article per file; jsonl: one {\"id\", \"date\", \"text\"} article per line (other fields are carried to the output under \"meta\"), from files, folders (*.jsonl) or standard input.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|text|jsonl",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        var resume = new Option<bool>("--resume")
        {
            Description = "Skip what the output already holds: a file per document that is newer than its input, or, for a jsonl output file, every id (or source) already in it; a run interrupted midway then continues where it stopped.",
        };
        var outputDir = new Option<string?>("--output-dir")
        {
            Description = "Folder for one file per document, even for a single input (same as --output FOLDER/).",
            HelpName = "FOLDER",
        };
        var threads = new Option<int>("--threads", "-t")
        {
            Description = "Documents processed in parallel.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--threads must be at least 1.");
        });
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress bar and no summary line (errors are still reported on stderr).",
        };

        var root = new RootCommand(Description) { inputs, inputFormat, date, format, output, outputDir, threads, quiet, resume };
        root.Validators.Add(result =>
        {
            if (result.GetValue(output) is not null && result.GetValue(outputDir) is not null)
                result.AddError("Give --output or --output-dir, not both.");
        });
        root.SetAction(parse =>
        {
            var outputPath = parse.GetValue(outputDir) ?? parse.GetValue(output);
            var settings = new RunSettings(
                parse.GetValue(inputs) ?? [],
                Enum.Parse<InputFormat>(parse.GetValue(inputFormat) ?? "auto", ignoreCase: true),
                parse.GetValue(date),
                parse.GetValue(format) is { } chosen ? Enum.Parse<OutputFormat>(chosen, ignoreCase: true) : null,
                outputPath,
                OutputIsFolder: parse.GetValue(outputDir) is not null,
                parse.GetValue(threads),
                parse.GetValue(quiet),
                parse.GetValue(resume));
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), OutputFiles.Utf8, OutputFiles.BufferSize) { AutoFlush = false };
            using var stdin = Console.IsInputRedirected ? new StreamReader(Console.OpenStandardInput(), OutputFiles.Utf8) : null;
            return new BatchRunner(settings, stdout, Console.Error, stdin).Run();
        });
        return root;
    }

    private static PartialDate? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (PartialDate.TryParse(token, out var value)) return value;
        result.AddError($"--date '{token}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
        return null;
    }
}
