using System.Text;
using Newtonsoft.Json;

namespace Extraction.Sample;

/// <summary>
/// Output files that are never seen half-written: content goes to a temporary name in the same folder (same file
/// system, so the rename is atomic) and takes its final name only when complete.
/// </summary>
internal static class OutputFiles
{
    /// <summary>Suffix of an output still being written (a JSON Lines output keeps it until the run ends).</summary>
    public const string PartialSuffix = ".partial";

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Characters buffered by the output writers: few system calls however many documents.</summary>
    public const int BufferSize = 1 << 16;

    /// <summary>Writes what <paramref name="render"/> writes to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void WriteAtomically(string path, Action<TextWriter> render)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = path + PartialSuffix;
        using (var writer = new StreamWriter(temporary, append: false, Utf8, BufferSize)) render(writer);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// True when <paramref name="output"/> exists and was written after <paramref name="input"/> last changed: a
    /// resumed run need not redo it. Standard input (null) is never up to date.
    /// </summary>
    public static bool IsUpToDate(string output, string? input)
    {
        if (input is null || !File.Exists(output)) return false;
        return File.GetLastWriteTimeUtc(output) >= File.GetLastWriteTimeUtc(input);
    }

    /// <summary>
    /// Opens the JSON Lines output of a run at <c>PATH.partial</c>. Fresh, it starts empty. Resumed, it continues the
    /// partial file of an interrupted run (or the finished file of an earlier one): a last line cut short by a kill
    /// is dropped, and <paramref name="done"/> receives the key (<c>id</c>, else <c>source</c>) of every complete line.
    /// </summary>
    public static StreamWriter OpenJsonl(string path, bool resume, ISet<string> done)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var partial = path + PartialSuffix;
        if (!resume)
        {
            return new StreamWriter(new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.Read), Utf8, BufferSize);
        }
        if (!File.Exists(partial) && File.Exists(path)) File.Move(path, partial);
        var stream = new FileStream(partial, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var complete = ReadKeys(stream, done);
        stream.SetLength(complete);
        stream.Seek(complete, SeekOrigin.Begin);
        return new StreamWriter(stream, Utf8, BufferSize);
    }

    /// <summary>Gives the JSON Lines output its final name once the run is over.</summary>
    public static void FinishJsonl(string path) => File.Move(path + PartialSuffix, path, overwrite: true);

    /// <summary>Collects the keys of the complete lines; returns the byte length those lines cover.</summary>
    private static long ReadKeys(Stream stream, ISet<string> keys)
    {
        long complete = 0;
        long position = 0;
        var line = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                position++;
                if (buffer[i] != (byte)'\n')
                {
                    line.WriteByte(buffer[i]);
                    continue;
                }
                if (KeyOf(Utf8.GetString(line.GetBuffer(), 0, (int)line.Length)) is { } key) keys.Add(key);
                line.SetLength(0);
                complete = position;
            }
        }
        return complete;
    }

    /// <summary>The resume key of an article (its id) or of a whole document (its source name).</summary>
    public static string Key(string property, string value) => property + ":" + value;

    /// <summary>The resume key of an output line, from its first property: <c>id</c> or <c>source</c>.</summary>
    public static string? KeyOf(string line)
    {
        using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
        try
        {
            if (!reader.Read() || reader.TokenType != JsonToken.StartObject) return null;
            if (!reader.Read() || reader.TokenType != JsonToken.PropertyName) return null;
            var name = (string)reader.Value!;
            if (name is not ("id" or "source")) return null;
            return reader.ReadAsString() is { } value ? Key(name, value) : null;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }
}
