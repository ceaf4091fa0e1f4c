using Extraction;
using Extraction.Serialization;

// Usage: Extraction.Sample FILE...            prints each document's JSON
//        Extraction.Sample FILE... --output-dir DIR   writes DIR/<name>.json per file
var outputDir = default(string);
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--output-dir" && i + 1 < args.Length) outputDir = args[++i];
    else if (args[i] is "-h" or "--help")
    {
        Console.WriteLine("usage: Extraction.Sample FILE... [--output-dir DIR]");
        return 0;
    }
    else files.Add(args[i]);
}
if (files.Count == 0)
{
    Console.Error.WriteLine("usage: Extraction.Sample FILE... [--output-dir DIR]");
    return 2;
}

var extractor = FrenchNewsExtractor.Shared;
var failed = 0;
foreach (var file in files)
{
    if (!File.Exists(file))
    {
        Console.Error.WriteLine($"error: file not found: {file}");
        failed++;
        continue;
    }
    try
    {
        var json = ExtractionJson.Serialize(extractor.Extract(File.ReadAllText(file)));
        if (outputDir is null) Console.WriteLine(json);
        else
        {
            Directory.CreateDirectory(outputDir);
            File.WriteAllText(Path.Combine(outputDir, Path.GetFileNameWithoutExtension(file) + ".json"), json);
        }
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
    {
        Console.Error.WriteLine($"error: {file}: {e.Message}");
        failed++;
    }
}
return failed == 0 ? 0 : 1;
