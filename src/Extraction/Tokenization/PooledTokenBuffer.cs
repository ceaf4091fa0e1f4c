using System.Buffers;

namespace Extraction.Tokenization;

/// <summary>
/// A growable token buffer rented from <see cref="ArrayPool{T}.Shared"/>: the tokenizer fills it and copies out an
/// exact-size array, so a long document costs one result array instead of a <see cref="List{T}"/>'s growth copies
/// plus a <c>ToArray</c> copy (both of which, past about 7,000 tokens, landed on the large object heap).
/// </summary>
/// <remarks>Not thread-safe; one per call. <see cref="Dispose"/> returns the array to the pool.</remarks>
internal sealed class PooledTokenBuffer : IDisposable
{
    private Token[] _items;
    private int _count;

    /// <summary>Rents room for at least <paramref name="capacity"/> tokens.</summary>
    public PooledTokenBuffer(int capacity)
    {
        _items = ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity));
    }

    /// <summary>Tokens added so far.</summary>
    public int Count => _count;

    /// <summary>The token at <paramref name="index"/> (must be below <see cref="Count"/>).</summary>
    public Token this[int index] => _items.AsSpan(0, _count)[index];

    /// <summary>Appends a token, growing (rent twice the size, copy, return the old array) when full.</summary>
    public void Add(Token token)
    {
        if (_count == _items.Length) Grow();
        _items[_count++] = token;
    }

    /// <summary>An exact-size copy of the tokens.</summary>
    public Token[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    /// <summary>Returns the rented array to the pool; the buffer must not be used afterwards.</summary>
    public void Dispose()
    {
        var items = _items;
        _items = [];
        _count = 0;
        if (items.Length > 0) ArrayPool<Token>.Shared.Return(items);
    }

    private void Grow()
    {
        var bigger = ArrayPool<Token>.Shared.Rent(checked(Math.Max(16, _items.Length * 2)));
        _items.AsSpan(0, _count).CopyTo(bigger);
        if (_items.Length > 0) ArrayPool<Token>.Shared.Return(_items);
        _items = bigger;
    }
}
