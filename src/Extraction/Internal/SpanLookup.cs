using System.Runtime.CompilerServices;
#if NET9_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace Extraction.Internal;

/// <summary>
/// An immutable string-keyed table looked up by <see cref="ReadOnlySpan{T}"/> without allocating, with ordinal or
/// ordinal-ignore-case keys. The one place the library bridges target frameworks for span-keyed lookups:
/// on .NET 9+ it is a <c>FrozenDictionary</c> alternate lookup; on .NET 8, which has no alternate lookups, it is a
/// <see cref="SpanHashTable{TValue}"/> with the same semantics.
/// </summary>
/// <remarks>Immutable after construction; safe to share across threads.</remarks>
internal readonly struct SpanLookup<TValue>
{
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SpanLookup(FrozenDictionary<string, TValue> entries) => _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Builds the table; a key repeated under the comparison keeps its last value.</summary>
    public static SpanLookup<TValue> Create(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase) =>
        new(entries.ToFrozenDictionary(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal));

    /// <summary>Number of keys.</summary>
    public int Count => _lookup.Dictionary.Count;
#else
    private readonly SpanHashTable<TValue> _lookup;

    private SpanLookup(SpanHashTable<TValue> lookup) => _lookup = lookup;

    /// <summary>Builds the table; a key repeated under the comparison keeps its last value.</summary>
    public static SpanLookup<TValue> Create(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase) =>
        new(new SpanHashTable<TValue>(entries, ignoreCase));

    /// <summary>Number of keys.</summary>
    public int Count => _lookup.Count;
#endif

    /// <summary>Looks up <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => _lookup.TryGetValue(key, out value!);

    /// <summary>True when <paramref name="key"/> is in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ContainsKey(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);
}

/// <summary>Builds <see cref="SpanLookup{TValue}"/> tables.</summary>
internal static class SpanLookup
{
    /// <summary>A set: every key maps to <see langword="true"/>; test membership with <see cref="SpanLookup{TValue}.ContainsKey"/>.</summary>
    public static SpanLookup<bool> CreateSet(IEnumerable<string> keys, bool ignoreCase) =>
        SpanLookup<bool>.Create(keys.Select(static k => KeyValuePair.Create(k, true)), ignoreCase);
}

/// <summary>
/// The .NET 8 backing of <see cref="SpanLookup{TValue}"/>: open addressing with linear probing over parallel arrays,
/// keys hashed with <see cref="string.GetHashCode(ReadOnlySpan{char}, StringComparison)"/> (ordinal or
/// ordinal-ignore-case, the same equality as the .NET 9+ path). Compiled on every target so the tests, which run on
/// .NET 10, cover it too.
/// </summary>
/// <remarks>Immutable after construction; thread-safe. Lookups never depend on hash values or slot order, so output
/// stays deterministic although string hashes are randomized per process.</remarks>
internal sealed class SpanHashTable<TValue>
{
    // The capacity is a power of two at least twice the key count: probes stay short and an empty slot ends every search.
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _hashes;
    private readonly StringComparison _comparison;

    /// <summary>Builds the table; a key repeated under the comparison keeps its last value.</summary>
    public SpanHashTable(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var list = entries as IReadOnlyCollection<KeyValuePair<string, TValue>> ?? entries.ToList();
        (_keys, _values, _hashes) = Allocate(list.Count);
        foreach (var (key, value) in list) Add(key, value);
    }

    /// <summary>
    /// Builds a table whose every key has <paramref name="value"/> (a set); a plain loop over strings, so a large set
    /// costs no generic code to compile at start-up.
    /// </summary>
    public SpanHashTable(IReadOnlyList<string> keys, TValue value, bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        (_keys, _values, _hashes) = Allocate(keys.Count);
        for (var i = 0; i < keys.Count; i++) Add(keys[i], value);
    }

    /// <summary>
    /// Builds a table from parallel arrays; a key repeated under the comparison keeps its last value. Plain loops over
    /// arrays: no framework generic code over <typeparamref name="TValue"/> (which ReadyToRun cannot precompile for a
    /// value type) runs at start-up.
    /// </summary>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public SpanHashTable(string[] keys, TValue[] values, bool ignoreCase)
    {
        if (keys.Length != values.Length) throw new ArgumentException("One value per key is needed.", nameof(values));
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        (_keys, _values, _hashes) = Allocate(keys.Length);
        for (var i = 0; i < keys.Length; i++) Add(keys[i], values[i]);
    }

    private static (string?[] Keys, TValue[] Values, int[] Hashes) Allocate(int count)
    {
        var capacity = 4;
        while (capacity < count * 2) capacity <<= 1;
        return (new string?[capacity], new TValue[capacity], new int[capacity]);
    }

    private void Add(string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = string.GetHashCode(key, _comparison);
        var slot = Find(key, hash);
        if (_keys[slot] is null) Count++;
        _keys[slot] = key;
        _values[slot] = value;
        _hashes[slot] = hash;
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var slot = Find(key, string.GetHashCode(key, _comparison));
        if (_keys[slot] is null)
        {
            value = default!;
            return false;
        }
        value = _values[slot];
        return true;
    }

    /// <summary>True when <paramref name="key"/> is in the table.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => _keys[Find(key, string.GetHashCode(key, _comparison))] is not null;

    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the table.</exception>
    public TValue this[ReadOnlySpan<char> key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in the table.");

    /// <summary>The slot holding <paramref name="key"/>, else the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var mask = _keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var candidate = _keys[slot];
            if (candidate is null || (_hashes[slot] == hash && key.Equals(candidate, _comparison))) return slot;
        }
    }
}
