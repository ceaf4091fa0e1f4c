using System.Collections.Concurrent;
using System.Text;

namespace Extraction.Sample;

/// <summary>
/// Reused text buffers for the outputs that wait for their turn to be written: a document's JSON is rendered into
/// one on a worker thread and copied to the output by the writer, so no per-document string is built.
/// </summary>
internal sealed class BufferPool
{
    /// <summary>Buffers grown past this (a very large document) are dropped rather than kept for the whole run.</summary>
    private const int MaxKeptCapacity = 1 << 20;

    private readonly ConcurrentBag<StringBuilder> _free = [];

    public StringBuilder Rent() => _free.TryTake(out var buffer) ? buffer : new StringBuilder(16 * 1024);

    public void Return(StringBuilder buffer)
    {
        if (buffer.Capacity > MaxKeptCapacity) return;
        buffer.Clear();
        _free.Add(buffer);
    }
}

/// <summary>
/// Passes text on to another writer, minus its first character: a JSON Lines line writes its own fields first, so the
/// serializer's opening brace is dropped.
/// </summary>
internal sealed class SkipFirstCharWriter(TextWriter inner) : TextWriter
{
    private bool _skipped;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the inner writer handles it.
        get => inner.NewLine;
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        if (!_skipped)
        {
            _skipped = true;
            return;
        }
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (!_skipped && buffer.Length > 0)
        {
            _skipped = true;
            buffer = buffer[1..];
        }
        inner.Write(buffer);
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Flush() => inner.Flush();
}
