namespace Extraction.Lexicons;

/// <summary>
/// Ordered rows of word forms, each matched exactly or as a prefix (a stem): a word takes the value of the first row
/// that matches it. The rows are bucketed by first character, so a lookup reads the two or three rows that could
/// match instead of all of them, in the same order: the answer is the one a scan of every row gives.
/// </summary>
/// <typeparam name="T">What a row says of the words it matches.</typeparam>
/// <remarks>Immutable; safe to share across threads.</remarks>
internal sealed class FormRows<T>
{
    /// <summary>Words starting with a character up to this one get their own bucket; the rest share the last.</summary>
    private const int DirectChars = 256;

    private readonly (string Form, bool Prefix, T Value)[][] _buckets;

    /// <param name="rows">The rows, in the order they are tried; no form may be empty.</param>
    /// <param name="name">The table they come from, for the error message.</param>
    /// <exception cref="InvalidDataException">A form is empty.</exception>
    public FormRows(IEnumerable<(string Form, bool Prefix, T Value)> rows, string name)
    {
        var buckets = new List<(string, bool, T)>[DirectChars + 1];
        for (var b = 0; b < buckets.Length; b++) buckets[b] = [];
        foreach (var row in rows)
        {
            if (row.Form.Length == 0) throw new InvalidDataException($"Resource '{name}': a form is empty.");
            buckets[Bucket(row.Form[0])].Add(row);
        }
        _buckets = Array.ConvertAll(buckets, b => b.ToArray());
    }

    private static int Bucket(char first) => Math.Min(first, (char)DirectChars);

    /// <summary>The value of the first row that <paramref name="word"/> equals or, for a prefix row, starts with.</summary>
    public bool TryMatch(string word, out T value)
    {
        if (word.Length > 0)
        {
            foreach (var (form, prefix, rowValue) in _buckets[Bucket(word[0])])
            {
                if (prefix ? word.StartsWith(form, StringComparison.Ordinal) : word == form)
                {
                    value = rowValue;
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }
}
