using System.IO.Compression;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using Extraction.Internal;

namespace Extraction.Tagging;

/// <summary>
/// A trained averaged-perceptron model: hashed feature buckets × labels, stored as a table of the non-zero buckets'
/// rows (see the fields below), plus the label names and the words that skip the model (frequent, unambiguous in
/// training). Immutable; thread-safe.
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

    // Most buckets are empty (a trained model fills about one in eight), so weights live in a row table: _rows holds
    // only the non-zero rows, in bucket order, and _index says which buckets have one. The index is a bitmap with a
    // running row count per 64 buckets (a bucket's row is the count before its block plus the set bits below it in
    // the block): 128 KB for the NER model's 2^19 buckets, which stays in the L2 cache, where an int per bucket (2 MB)
    // cost a cache miss per feature on top of the row's own.
    // Each row is padded with zeros to Stride floats (a whole number of 256-bit vectors) and the table starts on a
    // 64-byte boundary of a pinned array, so a 13-label NER row is exactly one cache line and is added with two
    // vector instructions. Lane by lane those are the same float additions in the same order as a scalar loop.
    private readonly IndexBlock[] _index;
    private readonly float[] _rows;
    private readonly int _base;

    private PerceptronModel(string kind, uint fingerprint, int bucketBits, string[] labels, IReadOnlyDictionary<string, int> singleTags, RowTable table)
    {
        Kind = kind;
        Fingerprint = fingerprint;
        BucketBits = bucketBits;
        Labels = labels;
        Stride = table.Stride;
        RowCount = table.Count;
        _index = table.Index;
        _rows = table.Rows;
        _base = table.Base;
        SingleTags = new Dictionary<string, int>(singleTags, StringComparer.Ordinal);
        SingleTagLookup = SpanLookup<int>.Create(SingleTags, ignoreCase: false);
    }

    /// <summary>64 buckets of the row index: which have a row (bit b for bucket 64k + b), and the rows of the buckets before them.</summary>
    private readonly record struct IndexBlock(ulong Present, int RowsBefore);

    /// <summary>The index of rows stored for <paramref name="buckets"/> (strictly increasing) among <paramref name="bucketCount"/>.</summary>
    private static IndexBlock[] BuildIndex(int bucketCount, ReadOnlySpan<int> buckets, string name)
    {
        var present = new ulong[(bucketCount + 63) / 64];
        var previous = -1;
        foreach (var bucket in buckets)
        {
            if (bucket <= previous || bucket >= bucketCount) throw new InvalidDataException($"Model '{name}' is corrupt (bucket out of order or out of range).");
            present[bucket >> 6] |= 1UL << bucket;
            previous = bucket;
        }
        var index = new IndexBlock[present.Length];
        var rows = 0;
        for (var k = 0; k < present.Length; k++)
        {
            index[k] = new IndexBlock(present[k], rows);
            rows += BitOperations.PopCount(present[k]);
        }
        return index;
    }

    /// <summary>The stored row of <paramref name="bucket"/> (0-based), or -1 when the bucket has none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int RowNumber(IndexBlock[] index, int bucket)
    {
        var block = index[bucket >> 6];
        var bit = 1UL << bucket;
        return (block.Present & bit) == 0 ? -1 : block.RowsBefore + BitOperations.PopCount(block.Present & (bit - 1));
    }

    /// <summary>The stored rows: <c>Rows[Base + RowNumber(bucket) * Stride + label]</c>.</summary>
    private readonly record struct RowTable(IndexBlock[] Index, float[] Rows, int Base, int Stride, int Count)
    {
        /// <summary>A zeroed table for <paramref name="count"/> rows of <paramref name="labels"/> labels, its first row on a 64-byte boundary.</summary>
        public static RowTable Allocate(IndexBlock[] index, int count, int labels)
        {
            const int alignment = 64;
            var stride = (labels + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
            // The pinned object heap never moves an array, so the alignment found here holds for the array's life.
            var rows = GC.AllocateArray<float>(count * stride + alignment / sizeof(float), pinned: true);
            var handle = System.Runtime.InteropServices.GCHandle.Alloc(rows, System.Runtime.InteropServices.GCHandleType.Pinned);
            var address = (long)handle.AddrOfPinnedObject();
            handle.Free();
            var first = (int)((alignment - address % alignment) % alignment / sizeof(float));
            return new RowTable(index, rows, first, stride, count);
        }

        /// <summary>The weights of stored row <paramref name="row"/> (0-based), <paramref name="labels"/> long.</summary>
        public Span<float> Row(int row, int labels) => Rows.AsSpan(Base + row * Stride, labels);
    }

    private static RowTable Compact(int bucketBits, int labels, float[] weights)
    {
        if (weights.Length != (1 << bucketBits) * labels) throw new ArgumentException("Weight array size does not match buckets × labels.", nameof(weights));
        var buckets = new List<int>();
        for (var b = 0; b < 1 << bucketBits; b++)
            if (weights.AsSpan(b * labels, labels).ContainsAnyExcept(0f)) buckets.Add(b);
        var table = RowTable.Allocate(BuildIndex(1 << bucketBits, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buckets), "weights"), buckets.Count, labels);
        for (var row = 0; row < buckets.Count; row++)
            weights.AsSpan(buckets[row] * labels, labels).CopyTo(table.Row(row, labels));
        return table;
    }

    /// <summary>Model kind ("pos", "ner").</summary>
    public string Kind { get; }

    /// <summary>Hash of the feature templates the model was trained with.</summary>
    public uint Fingerprint { get; }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Label names; a label's index is its class id.</summary>
    public string[] Labels { get; }

    /// <summary>
    /// Length of the score buffers <see cref="Score"/> and <see cref="Add(ReadOnlySpan{uint}, Span{float})"/> fill fastest: at least the label count,
    /// rounded up to whole vectors. The entries past the labels stay zero.
    /// </summary>
    public int Stride { get; }

    /// <summary>Number of buckets with a non-zero weight.</summary>
    public int RowCount { get; }

    /// <summary>The weights of one bucket (all zeros for an empty bucket).</summary>
    public ReadOnlySpan<float> Row(int bucket)
    {
        var row = RowNumber(_index, bucket);
        return row < 0 ? new float[Labels.Length] : _rows.AsSpan(_base + row * Stride, Labels.Length);
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

    /// <summary>
    /// Adds the weights of <paramref name="features"/> to <paramref name="scores"/>, in feature order. A buffer of
    /// <see cref="Stride"/> floats takes the vector path; a shorter one (at least the label count) the scalar one.
    /// Both give the same bits.
    /// </summary>
    public void Add(ReadOnlySpan<uint> features, Span<float> scores) => Add(features, scores, scores);

    /// <summary>
    /// Writes <paramref name="start"/> plus the weights of <paramref name="features"/> into <paramref name="scores"/>
    /// (the same bits as copying <paramref name="start"/> to <paramref name="scores"/> and calling
    /// <see cref="Add(ReadOnlySpan{uint}, Span{float})"/>); <paramref name="start"/> may be <paramref name="scores"/> itself.
    /// </summary>
    public void Add(ReadOnlySpan<uint> features, ReadOnlySpan<float> start, Span<float> scores)
    {
        if (scores.Length < Labels.Length || start.Length < Labels.Length) throw new ArgumentException("One score per label is required.", nameof(scores));
        var rows = _rows.AsSpan(_base);
        var stride = Stride;
        var bits = BucketBits;
        var rowIndex = _index;
        if (scores.Length >= stride && start.Length >= stride && Vector256.IsHardwareAccelerated && features.Length <= MaxVectorFeatures)
        {
            // Two passes: the rows' offsets first, without a branch (a bucket without a row writes an offset that the
            // next one overwrites), so that the rows' cache misses (a 6 MB table for NER) overlap; then the sums, kept
            // in registers across the rows for the usual strides. The additions are the same, in the same order.
            Span<int> offsets = stackalloc int[MaxVectorFeatures];
            var found = 0;
            foreach (var f in features)
            {
                var bucket = FeatureHash.Bucket(f, bits);
                var block = rowIndex[bucket >> 6];
                offsets[found] = (block.RowsBefore + BitOperations.PopCount(block.Present & ((1UL << bucket) - 1))) * stride;
                found += (int)((block.Present >> bucket) & 1);
            }
            AddRows(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(rows), offsets[..found], stride, start, scores);
            return;
        }
        var labels = Labels.Length;
        start[..labels].CopyTo(scores);
        foreach (var f in features)
        {
            var index = RowNumber(rowIndex, FeatureHash.Bucket(f, bits));
            if (index < 0) continue;
            var row = rows.Slice(index * stride, labels);
            for (var c = 0; c < labels; c++) scores[c] += row[c];
        }
    }

    /// <summary>Longest feature list <see cref="Add(ReadOnlySpan{uint}, ReadOnlySpan{float}, Span{float})"/> sums on its vector path (more than either template set writes).</summary>
    private const int MaxVectorFeatures = 64;

    /// <summary>
    /// Writes the first <paramref name="stride"/> of <paramref name="start"/> plus the rows at <paramref name="offsets"/>
    /// (in floats from <paramref name="table"/>) into <paramref name="scores"/>, lane by lane, in order.
    /// </summary>
    /// <remarks>
    /// Compiled fully optimized at its first call: its Vector256 code has no ReadyToRun version, so it would otherwise
    /// start in the unoptimized tier, the hottest loop of both taggers for the first thousands of calls.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddRows(ref float table, ReadOnlySpan<int> offsets, int stride, ReadOnlySpan<float> start, Span<float> scores)
    {
        ref var source = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(start);
        ref var target = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(scores);
        const int lanes = 8;
        if (stride == 2 * lanes)
        {
            var a = Vector256.LoadUnsafe(ref source);
            var b = Vector256.LoadUnsafe(ref source, lanes);
            foreach (var offset in offsets)
            {
                ref var row = ref System.Runtime.CompilerServices.Unsafe.Add(ref table, offset);
                a += Vector256.LoadUnsafe(ref row);
                b += Vector256.LoadUnsafe(ref row, lanes);
            }
            a.StoreUnsafe(ref target);
            b.StoreUnsafe(ref target, lanes);
            return;
        }
        if (stride == 3 * lanes)
        {
            var a = Vector256.LoadUnsafe(ref source);
            var b = Vector256.LoadUnsafe(ref source, lanes);
            var c = Vector256.LoadUnsafe(ref source, 2 * lanes);
            foreach (var offset in offsets)
            {
                ref var row = ref System.Runtime.CompilerServices.Unsafe.Add(ref table, offset);
                a += Vector256.LoadUnsafe(ref row);
                b += Vector256.LoadUnsafe(ref row, lanes);
                c += Vector256.LoadUnsafe(ref row, 2 * lanes);
            }
            a.StoreUnsafe(ref target);
            b.StoreUnsafe(ref target, lanes);
            c.StoreUnsafe(ref target, 2 * lanes);
            return;
        }
        start[..stride].CopyTo(scores);
        foreach (var offset in offsets)
        {
            ref var row = ref System.Runtime.CompilerServices.Unsafe.Add(ref table, offset);
            for (var c = 0; c < stride; c += lanes)
            {
                var sum = Vector256.LoadUnsafe(ref target, (nuint)c) + Vector256.LoadUnsafe(ref row, (nuint)c);
                sum.StoreUnsafe(ref target, (nuint)c);
            }
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
        for (var b = 0; b < 1 << BucketBits; b++)
            if (RowNumber(_index, b) >= 0 && !IsZeroInHalf(Row(b))) kept.Add(b);
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
            if (rows < 0 || rows > 1 << bits) throw new InvalidDataException($"Model '{name}' is corrupt (row count).");
            var buckets = new int[rows];
            var bucket = -1;
            for (var i = 0; i < rows; i++)
            {
                bucket += r.Read7BitEncodedInt();
                buckets[i] = bucket;
            }
            var table = ReadRows(buffer, name, BuildIndex(1 << bits, buckets, name), rows, labels.Length);
            return new PerceptronModel(kind, fingerprint, bits, labels, single, table);
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

    /// <summary>Reads the half-float weights left in <paramref name="buffer"/> into a padded row table.</summary>
    private static RowTable ReadRows(MemoryStream buffer, string name, IndexBlock[] index, int rows, int labels)
    {
        var bytes = buffer.GetBuffer().AsSpan((int)buffer.Position, (int)(buffer.Length - buffer.Position));
        var block = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
        if (block.Length != rows * labels) throw new InvalidDataException($"Model '{name}' is truncated.");
        // Software Half→float conversion is slow per value; a table over all 65,536 bit patterns is faster past ~100k weights.
        var halfToFloat = GC.AllocateUninitializedArray<float>(1 << 16);
        for (var i = 0; i < halfToFloat.Length; i++) halfToFloat[i] = (float)BitConverter.UInt16BitsToHalf((ushort)i);
        var bits16 = System.Runtime.InteropServices.MemoryMarshal.Cast<Half, ushort>(block);
        // Straight into the padded rows: no dense intermediate copy.
        var table = RowTable.Allocate(index, rows, labels);
        for (var row = 0; row < rows; row++)
        {
            var source = bits16.Slice(row * labels, labels);
            var target = table.Row(row, labels);
            for (var c = 0; c < source.Length; c++) target[c] = halfToFloat[source[c]];
        }
        return table;
    }
}
