namespace Extraction.Internal;

/// <summary>Opens an embedded resource by its path under <c>Resources/</c>.</summary>
internal static class EmbeddedResources
{
    /// <summary>
    /// Opens <paramref name="path"/> (e.g. <c>Models/pos.bin</c>). The logical name is tried with dots and with the
    /// folder separator MSBuild leaves in <c>%(RecursiveDir)</c>, so both naming conventions work.
    /// </summary>
    /// <exception cref="InvalidDataException">No such resource.</exception>
    public static Stream Open(string path, out string logicalName)
    {
        var assembly = typeof(EmbeddedResources).Assembly;
        string[] candidates =
        [
            "Extraction.Resources." + path.Replace('/', '.').Replace('\\', '.'),
            "Extraction.Resources." + path.Replace('\\', '/'),
            "Extraction.Resources." + path.Replace('/', '\\'),
        ];
        foreach (var candidate in candidates)
        {
            var stream = assembly.GetManifestResourceStream(candidate);
            if (stream is null) continue;
            logicalName = candidate;
            return stream;
        }
        throw new InvalidDataException($"Embedded resource '{candidates[0]}' not found.");
    }
}
