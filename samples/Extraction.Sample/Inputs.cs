namespace Extraction.Sample;

/// <summary>One document to process.</summary>
/// <param name="Name">How errors and titles name it: the path as given (or below the folder), or "stdin".</param>
/// <param name="Path">File to read, or null for standard input.</param>
/// <param name="Stem">Output name without extension, unique in the batch (may contain sub-folders).</param>
/// <param name="Size">Size in bytes (0 for stdin until read), for throughput.</param>
internal sealed record InputDocument(string Name, string? Path, string Stem, long Size);

/// <summary>An input argument that names nothing readable.</summary>
internal sealed record InputProblem(string Name, string Message);

/// <summary>Turns the input arguments into documents: files as given, folders expanded to their *.txt files.</summary>
internal static class Inputs
{
    public const string StdinName = "-";

    public static (List<InputDocument> Documents, List<InputProblem> Problems, bool HasFolder) Resolve(
        IReadOnlyList<string> arguments, bool stdinRedirected)
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

        if (arguments.Count == 0 && stdinRedirected)
            arguments = [StdinName];
        foreach (var argument in arguments)
        {
            if (argument == StdinName)
            {
                documents.Add(new InputDocument("stdin", null, UniqueStem("stdin"), 0));
            }
            else if (Directory.Exists(argument))
            {
                hasFolder = true;
                List<string> files;
                try
                {
                    files = Directory.EnumerateFiles(argument, "*.txt", SearchOption.AllDirectories)
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
                    documents.Add(new InputDocument(file, file, UniqueStem(stem), SizeOf(file)));
                }
            }
            else if (File.Exists(argument))
            {
                var stem = System.IO.Path.GetFileNameWithoutExtension(argument);
                documents.Add(new InputDocument(argument, argument, UniqueStem(stem.Length == 0 ? "document" : stem), SizeOf(argument)));
            }
            else
            {
                problems.Add(new InputProblem(argument, "no such file or folder"));
            }
        }
        return (documents, problems, hasFolder);
    }

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
