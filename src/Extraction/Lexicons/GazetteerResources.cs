namespace Extraction.Lexicons;

/// <summary>Loads the gazetteer tables embedded under <c>Resources/Lexicons/</c>.</summary>
internal static class GazetteerResources
{
    /// <summary>Loads <c>Lexicons/{file}</c>.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed.</exception>
    public static ResourceTable Load(string file) => ResourceTable.Load("Lexicons/" + file);
}
