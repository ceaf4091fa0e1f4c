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

    public PerceptronModel(string kind, uint fingerprint, int bucketBits, string[] labels, float[] weights, IReadOnlyDictionary<string, int> singleTags)
    {
        if (weights.Length != (1 << bucketBits) * labels.Length) throw new ArgumentException("Weight array size does not match buckets × labels.", nameof(weights));
        Kind = kind;
        Fingerprint = fingerprint;
        BucketBits = bucketBits;
        Labels = labels;
        Weights = weights;
        SingleTags = new Dictionary<string, int>(singleTags, StringComparer.Ordinal);
        SingleTagLookup = SpanLookup<int>.Create(SingleTags, ignoreCase: false);
    }

    /// <summary>Model kind ("pos", "ner").</summary>
    public string Kind { get; }

    /// <summary>Hash of the feature templates the model was trained with.</summary>
    public uint Fingerprint { get; }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Label names; a label's index is its class id.</summary>
    public string[] Labels { get; }

    /// <summary>Weights, bucket-major: <c>Weights[bucket * Labels.Length + label]</c>.</summary>
    public float[] Weights { get; }

    /// <summary>Lowercased words tagged without the model, with their label index.</summary>
    public Dictionary<string, int> SingleTags { get; }

    /// <summary>Span lookup into <see cref="SingleTags"/>.</summary>
    public SpanLookup<int> SingleTagLookup { get; }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (length = label count).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        var labels = Labels.Length;
        var weights = Weights.AsSpan();
        foreach (var f in features)
        {
            var row = weights.Slice(FeatureHash.Bucket(f, BucketBits) * labels, labels);
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
        var buckets = 1 << BucketBits;
        var keep = new bool[buckets];
        var rows = 0;
        for (var b = 0; b < buckets; b++)
        {
            keep[b] = !IsZeroRow(b);
            if (keep[b]) rows++;
        }
        w.Write(rows);
        var previous = -1;
        for (var b = 0; b < buckets; b++)
        {
            if (!keep[b]) continue;
            w.Write7BitEncodedInt(b - previous);
            previous = b;
        }
        // Then all kept rows' weights as one block of little-endian half floats.
        var block = new Half[rows * labels];
        var k = 0;
        for (var b = 0; b < buckets; b++)
        {
            if (!keep[b]) continue;
            for (var c = 0; c < labels; c++) block[k++] = (Half)Weights[b * labels + c];
        }
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Model files are little-endian.");
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(block.AsSpan()));
    }

    private bool IsZeroRow(int bucket)
    {
        var labels = Labels.Length;
        for (var c = 0; c < labels; c++) if ((Half)Weights[bucket * labels + c] != Half.Zero) return false;
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
            var weights = new float[(1 << bits) * labels.Length];
            var rows = r.ReadInt32();
            var rowBuckets = new int[rows];
            var bucket = -1;
            for (var i = 0; i < rows; i++)
            {
                bucket += r.Read7BitEncodedInt();
                if ((uint)bucket >= (uint)(1 << bits)) throw new InvalidDataException($"Model '{name}' is corrupt (bucket out of range).");
                rowBuckets[i] = bucket;
            }
            var bytes = buffer.GetBuffer().AsSpan((int)buffer.Position, (int)(buffer.Length - buffer.Position));
            var block = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
            if (block.Length != rows * labels.Length) throw new InvalidDataException($"Model '{name}' is truncated.");
            for (var i = 0; i < rows; i++)
            {
                var offset = rowBuckets[i] * labels.Length;
                var row = block.Slice(i * labels.Length, labels.Length);
                for (var c = 0; c < labels.Length; c++) weights[offset + c] = (float)row[c];
            }
            return new PerceptronModel(kind, fingerprint, bits, labels, weights, single);
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
