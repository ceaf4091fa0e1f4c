using System.Security.Cryptography;
using Extraction.Serialization;

namespace Extraction.Benchmarks;

/// <summary>
/// Prints the SHA-256 of each file's JSON output, one "digest  path" line per file. The robustness tests run it in
/// fresh processes to check that output does not change from one process to the next (randomized string hashing,
/// unordered collections…).
/// </summary>
internal static class JsonDigest
{
    public static int Run(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var json = ExtractionJson.SerializeToUtf8(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(file)));
            Console.WriteLine($"{Convert.ToHexStringLower(SHA256.HashData(json))}  {file}");
        }
        return 0;
    }
}
