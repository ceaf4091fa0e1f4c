using Extraction.Tagging;

namespace Extraction.Training;

/// <summary>Writes and reads model files on disk (the library reads the embedded copies).</summary>
internal static class ModelFiles
{
    public static void Write(PerceptronModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        model.Write(file);
    }

    public static PerceptronModel Read(string path, string kind, uint fingerprint)
    {
        using var file = File.OpenRead(path);
        return PerceptronModel.Read(file, path, kind, fingerprint);
    }
}
