namespace Extraction.Sample;

/// <summary>How input files are read.</summary>
internal enum InputFormat
{
    /// <summary>JSON Lines for <c>*.jsonl</c> files, plain text for everything else (standard input included).</summary>
    Auto,

    /// <summary>Each file (or standard input) is one article.</summary>
    Text,

    /// <summary>Each line is one article: <c>{"id": …, "date": …, "text": …}</c>.</summary>
    Jsonl,
}

/// <summary>One input: a text document, or a JSON Lines stream of articles.</summary>
/// <param name="Name">How errors name it: the path as given (or below the folder), or "stdin".</param>
/// <param name="Path">File to read, or null for standard input.</param>
/// <param name="Title">The path relative to its input root (the folder given, or the file's own folder), for page titles.</param>
/// <param name="Stem">Output name without extension, unique in the batch (may contain sub-folders).</param>
/// <param name="Size">Size in bytes (0 for stdin), for progress and throughput.</param>
/// <param name="IsJsonl">One article per line rather than one document.</param>
internal sealed record InputDocument(string Name, string? Path, string Title, string Stem, long Size, bool IsJsonl);

/// <summary>An input argument that names nothing readable.</summary>
internal sealed record InputProblem(string Name, string Message);

/// <summary>Turns the input arguments into inputs: files as given, folders expanded to their *.txt (or *.jsonl) files.</summary>
internal static class Inputs
{
    public const string StdinName = "-";

    public static (List<InputDocument> Documents, List<InputProblem> Problems, bool HasFolder) Resolve(
        IReadOnlyList<string> arguments, bool stdinRedirected, InputFormat format)
    {
        var documents = new List<InputDocument>();
        var problems = new List<InputProblem>();
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hasFolder = false;

        string UniqueStem(string stem)
        {
            var candidate = stem;
            for (var n = 2; !stems.Add(candidate); n++) candidate = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }

        bool IsJsonl(string path) => format == InputFormat.Jsonl
            || (format == InputFormat.Auto && path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));

        if (arguments.Count == 0 && stdinRedirected)
            arguments = [StdinName];
        foreach (var argument in arguments)
        {
            if (argument == StdinName)
            {
                documents.Add(new InputDocument("stdin", null, "stdin", UniqueStem("stdin"), 0, format == InputFormat.Jsonl));
            }
            else if (Directory.Exists(argument))
            {
                hasFolder = true;
                var pattern = format == InputFormat.Jsonl ? "*.jsonl" : "*.txt";
                List<string> files;
                try
                {
                    files = Directory.EnumerateFiles(argument, pattern, SearchOption.AllDirectories)
                        .Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new InputProblem(argument, e.Message));
                    continue;
                }
                foreach (var file in files)
                {
                    var relative = System.IO.Path.GetRelativePath(argument, file);
                    var stem = System.IO.Path.ChangeExtension(relative, null);
                    documents.Add(new InputDocument(file, file, Portable(relative), UniqueStem(stem), SizeOf(file), IsJsonl(file)));
                }
            }
            else if (File.Exists(argument))
            {
                var stem = System.IO.Path.GetFileNameWithoutExtension(argument);
                documents.Add(new InputDocument(argument, argument, System.IO.Path.GetFileName(argument),
                    UniqueStem(stem.Length == 0 ? "document" : stem), SizeOf(argument), IsJsonl(argument)));
            }
            else
            {
                problems.Add(new InputProblem(argument, "no such file or folder"));
            }
        }
        return (documents, problems, hasFolder);
    }

    /// <summary>A relative path with '/' separators, so a title reads the same on every machine.</summary>
    private static string Portable(string relative) =>
        System.IO.Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(System.IO.Path.DirectorySeparatorChar, '/');

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
