using System.IO.Compression;
using System.Text;
using Extraction.Internal;

namespace Extraction.Tagging;

/// <summary>
/// A trained averaged-perceptron model: hashed feature buckets × labels, flattened into one weight array, plus the
/// label names and the words that skip the model (frequent, unambiguous in training). Immutable; thread-safe.
/// </summary>
internal sealed class PerceptronModel
{
    /// <summary>"EXTM" in little-endian.</summary>
    public const uint Magic = 0x4D545845;

    /// <summary>Current file format version.</summary>
    public const int FormatVersion = 2;

    /// <summary>Builds a model from dense weights, bucket-major (<c>weights[bucket * labels.Length + label]</c>), as training produces them.</summary>
    public PerceptronModel(string kind, uint fingerprint, int bucketBits, string[] labels, float[] weights, IReadOnlyDictionary<string, int> singleTags)
        : this(kind, fingerprint, bucketBits, labels, singleTags, Compact(bucketBits, labels.Length, weights))
    {
    }

    // Most buckets are empty (a trained model fills about one in eight), so weights live in a row table: _rowOf maps
    // a bucket to its row number + 1 (0 = all-zero row) and _rows holds only the non-zero rows. That is 2 MB of
    // index plus a few MB of rows instead of a dense 35 MB array: it loads faster and keeps scoring in cache.
    private readonly int[] _rowOf;
    private readonly float[] _rows;

    private PerceptronModel(string kind, uint fingerprint, int bucketBits, string[] labels, IReadOnlyDictionary<string, int> singleTags, (int[] RowOf, float[] Rows) table)
    {
        Kind = kind;
        Fingerprint = fingerprint;
        BucketBits = bucketBits;
        Labels = labels;
        (_rowOf, _rows) = table;
        SingleTags = new Dictionary<string, int>(singleTags, StringComparer.Ordinal);
        SingleTagLookup = SpanLookup<int>.Create(SingleTags, ignoreCase: false);
    }

    private static (int[] RowOf, float[] Rows) Compact(int bucketBits, int labels, float[] weights)
    {
        if (weights.Length != (1 << bucketBits) * labels) throw new ArgumentException("Weight array size does not match buckets × labels.", nameof(weights));
        var rowOf = new int[1 << bucketBits];
        var rows = new List<float>();
        for (var b = 0; b < rowOf.Length; b++)
        {
            var row = weights.AsSpan(b * labels, labels);
            if (!row.ContainsAnyExcept(0f)) continue;
            rows.AddRange(row);
            rowOf[b] = rows.Count / labels;
        }
        return (rowOf, [.. rows]);
    }

    /// <summary>Model kind ("pos", "ner").</summary>
    public string Kind { get; }

    /// <summary>Hash of the feature templates the model was trained with.</summary>
    public uint Fingerprint { get; }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Label names; a label's index is its class id.</summary>
    public string[] Labels { get; }

    /// <summary>Number of buckets with a non-zero weight.</summary>
    public int RowCount => _rows.Length / Labels.Length;

    /// <summary>The weights of one bucket (all zeros for an empty bucket).</summary>
    public ReadOnlySpan<float> Row(int bucket)
    {
        var row = _rowOf[bucket];
        return row == 0 ? new float[Labels.Length] : _rows.AsSpan((row - 1) * Labels.Length, Labels.Length);
    }

    /// <summary>Lowercased words tagged without the model, with their label index.</summary>
    public Dictionary<string, int> SingleTags { get; }

    /// <summary>Span lookup into <see cref="SingleTags"/>.</summary>
    public SpanLookup<int> SingleTagLookup { get; }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (length = label count).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        Add(features, scores);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/>, in feature order.</summary>
    public void Add(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var labels = Labels.Length;
        var rows = _rows.AsSpan();
        foreach (var f in features)
        {
            var index = _rowOf[FeatureHash.Bucket(f, BucketBits)];
            if (index == 0) continue;
            var row = rows.Slice((index - 1) * labels, labels);
            for (var c = 0; c < labels; c++) scores[c] += row[c];
        }
    }

    /// <summary>
    /// Writes the model: magic, version, kind, fingerprint, bucket bits, labels, single-tag words, then the non-zero
    /// weight rows (delta-coded bucket index + one half-precision float per label), the whole GZip-compressed.
    /// Deterministic: the same model gives the same bytes.
    /// </summary>
    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, new UTF8Encoding(false), leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Kind);
        w.Write(Fingerprint);
        w.Write(BucketBits);
        w.Write(Labels.Length);
        foreach (var label in Labels) w.Write(label);
        w.Write(SingleTags.Count);
        foreach (var (word, tag) in SingleTags.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write((byte)tag);
        }
        var labels = Labels.Length;
        // Rows that round to zero in half precision are not written (the reader would see zeros anyway).
        var kept = new List<int>();
        for (var b = 0; b < _rowOf.Length; b++)
            if (_rowOf[b] != 0 && !IsZeroInHalf(Row(b))) kept.Add(b);
        w.Write(kept.Count);
        var previous = -1;
        foreach (var b in kept)
        {
            w.Write7BitEncodedInt(b - previous);
            previous = b;
        }
        // Then all kept rows' weights as one block of little-endian half floats.
        var block = new Half[kept.Count * labels];
        var k = 0;
        foreach (var b in kept)
            foreach (var weight in Row(b)) block[k++] = (Half)weight;
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Model files are little-endian.");
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(block.AsSpan()));
    }

    private static bool IsZeroInHalf(ReadOnlySpan<float> row)
    {
        foreach (var weight in row) if ((Half)weight != Half.Zero) return false;
        return true;
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Not a model file, wrong version or kind, or features changed since training.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PerceptronModel Read(Stream input, string name, string expectedKind, uint expectedFingerprint)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        try
        {
            gz.CopyTo(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Model '{name}' is not a GZip-compressed model file.", e);
        }
        buffer.Position = 0;
        using var r = new BinaryReader(buffer, new UTF8Encoding(false), leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException($"Model '{name}' is not an Extraction model file (bad magic number).");
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"Model '{name}' has format version {version}; this library reads version {FormatVersion}.");
            var kind = r.ReadString();
            if (kind != expectedKind) throw new InvalidDataException($"Model '{name}' is a '{kind}' model, expected '{expectedKind}'.");
            var fingerprint = r.ReadUInt32();
            if (fingerprint != expectedFingerprint)
                throw new InvalidDataException($"Model '{name}' was trained with other feature templates (fingerprint {fingerprint:X8}, code has {expectedFingerprint:X8}); retrain it with Extraction.Training.");
            var bits = r.ReadInt32();
            if (bits is < 8 or > 24) throw new InvalidDataException($"Model '{name}': bad bucket count 2^{bits}.");
            var labels = new string[r.ReadInt32()];
            for (var i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
            var singleCount = r.ReadInt32();
            var single = new Dictionary<string, int>(singleCount, StringComparer.Ordinal);
            for (var i = 0; i < singleCount; i++) single[r.ReadString()] = r.ReadByte();
            var rows = r.ReadInt32();
            var rowOf = new int[1 << bits];
            var bucket = -1;
            for (var i = 0; i < rows; i++)
            {
                bucket += r.Read7BitEncodedInt();
                if ((uint)bucket >= (uint)rowOf.Length) throw new InvalidDataException($"Model '{name}' is corrupt (bucket out of range).");
                rowOf[bucket] = i + 1;
            }
            var bytes = buffer.GetBuffer().AsSpan((int)buffer.Position, (int)(buffer.Length - buffer.Position));
            var block = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
            if (block.Length != rows * labels.Length) throw new InvalidDataException($"Model '{name}' is truncated.");
            // Software Half→float conversion is slow per value; a table over all 65,536 bit patterns is faster past ~100k weights.
            var halfToFloat = GC.AllocateUninitializedArray<float>(1 << 16);
            for (var i = 0; i < halfToFloat.Length; i++) halfToFloat[i] = (float)BitConverter.UInt16BitsToHalf((ushort)i);
            var bits16 = System.Runtime.InteropServices.MemoryMarshal.Cast<Half, ushort>(block);
            var weights = GC.AllocateUninitializedArray<float>(block.Length);
            for (var i = 0; i < bits16.Length; i++) weights[i] = halfToFloat[bits16[i]];
            return new PerceptronModel(kind, fingerprint, bits, labels, single, (rowOf, weights));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Model '{name}' is truncated.", e);
        }
        catch (IndexOutOfRangeException e)
        {
            throw new InvalidDataException($"Model '{name}' is corrupt.", e);
        }
    }
}
