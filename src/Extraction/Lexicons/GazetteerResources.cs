using System.Text;

namespace Extraction.Lexicons;

/// <summary>Loads the gazetteer tables embedded under <c>Resources/Lexicons/</c>.</summary>
internal static class GazetteerResources
{
    /// <summary>
    /// Loads <c>Lexicons/{file}</c>. MSBuild keeps the folder separator of <c>%(RecursiveDir)</c> in the logical name
    /// on Unix ("Extraction.Resources.Lexicons/countries.tsv"), so that spelling is tried before
    /// <see cref="ResourceTable.Load"/>'s dotted one.
    /// </summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed.</exception>
    public static ResourceTable Load(string file)
    {
        var name = "Lexicons/" + file;
        using var stream = typeof(GazetteerResources).Assembly.GetManifestResourceStream("Extraction.Resources." + name);
        if (stream is null) return ResourceTable.Load(name);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return ResourceTable.Parse(name, reader);
    }
}
