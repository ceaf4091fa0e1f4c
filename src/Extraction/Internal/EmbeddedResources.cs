namespace Extraction.Internal;

/// <summary>Opens an embedded resource by its path under <c>Resources/</c>.</summary>
internal static class EmbeddedResources
{
    /// <summary>Opens <paramref name="path"/> (e.g. <c>Models/pos.bin</c>): the build names it <c>Extraction.Resources.Models.pos.bin</c>.</summary>
    /// <exception cref="InvalidDataException">No such resource.</exception>
    public static Stream Open(string path, out string logicalName)
    {
        logicalName = "Extraction.Resources." + path.Replace('/', '.').Replace('\\', '.');
        return typeof(EmbeddedResources).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidDataException($"Embedded resource '{logicalName}' not found.");
    }
}
