namespace Extraction.Internal;

/// <summary>
/// Binary searches over items sorted by an integer key (token indexes, offsets): the first item whose key is at
/// least, or above, a value. One loop for every stage that keeps its mentions, spans or starts sorted.
/// </summary>
internal static class Sorted
{
    /// <summary>The index of the first item whose key is at least <paramref name="value"/>; the length when none is.</summary>
    public static int FirstAtLeast<T>(ReadOnlySpan<T> items, int value, Func<T, int> key)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first item whose key is above <paramref name="value"/>; the length when none is.</summary>
    public static int FirstAbove<T>(ReadOnlySpan<T> items, int value, Func<T, int> key) =>
        value == int.MaxValue ? items.Length : FirstAtLeast(items, value + 1, key);

    /// <summary>The index of the first value at least <paramref name="value"/> in sorted integers; their count when none is.</summary>
    public static int FirstAtLeast(List<int> sorted, int value) =>
        FirstAtLeast(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted), value, static v => v);

    /// <summary>The index of the first value above <paramref name="value"/> in sorted integers; their count when none is.</summary>
    public static int FirstAbove(List<int> sorted, int value) =>
        FirstAbove(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted), value, static v => v);
}
