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
internal sealed record RunSettings(
    IReadOnlyList<string> Inputs,
    PartialDate? ReferenceDate,
    OutputFormat Format,
    string? Output,
    bool OutputIsFolder,
    int Threads,
    bool Quiet);

/// <summary>Defines the root command (System.CommandLine 2.x) and turns a parse result into <see cref="RunSettings"/>.</summary>
internal static class ExtractCommand
{
    private const string Description = """
        Extracts people, roles, countries, dates, organizations and agreements from French news text.

        Reads files, folders (every *.txt below them) or standard input, and writes JSON (default), JSON Lines,
        a self-contained HTML page per document, or a summary table for the terminal.

        Examples:
          extract article.txt                              JSON of one article on stdout
          extract article.txt --format table               readable summary on the terminal
          extract corpus/ --format html --output pages/    one HTML page per article, with a progress bar
          extract corpus/ --format jsonl -o all.jsonl      one JSON line per article
          cat article.txt | extract --date 2022-04-15      stdin, with the publication date given

        Exit code: 0 when every document was processed, 1 when at least one failed (the others are still
        written), 2 for a usage error.
        """;

    public static RootCommand Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files (UTF-8) or folders (searched recursively for *.txt); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "FILE|FOLDER|-",
        };
        var date = new Option<PartialDate?>("--date", "-d")
        {
            Description = "Publication date used to resolve relative dates (\"fin mars dernier\"). Overrides a 'date ...' header line.",
            HelpName = "YYYY[-MM[-DD]]",
            CustomParser = ParseDate,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented JSON document each; jsonl: one line each, with a \"source\" field; html: one page each; table: a text summary.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|jsonl|html|table",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "html", "table");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write. A file for one document (or for jsonl); a folder (existing, ending with '/', or when there are several documents) for one file per document, named after the input. Default: standard output.",
            HelpName = "FILE|FOLDER",
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

        var root = new RootCommand(Description) { inputs, date, format, output, outputDir, threads, quiet };
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
                parse.GetValue(date),
                Enum.Parse<OutputFormat>(parse.GetValue(format) ?? "json", ignoreCase: true),
                outputPath,
                OutputIsFolder: parse.GetValue(outputDir) is not null,
                parse.GetValue(threads),
                parse.GetValue(quiet));
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
            return new BatchRunner(settings, stdout, Console.Error).Run();
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
