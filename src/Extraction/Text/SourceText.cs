using Extraction.Temporal;

namespace Extraction.Text;

/// <summary>
/// The input string with the optional leading <c>date YYYY-MM[-DD]</c> header recognised.
/// Offsets everywhere refer to <see cref="Text"/>, the exact string the caller passed.
/// </summary>
internal sealed class SourceText
{
    private SourceText(string text, TextSpan body, PartialDate? headerDate)
    {
        Text = text;
        Body = body;
        HeaderDate = headerDate;
    }

    /// <summary>The caller's string, unchanged.</summary>
    public string Text { get; }

    /// <summary>The part after the date header (the whole text when there is none).</summary>
    public TextSpan Body { get; }

    /// <summary>The publication date read from the header, if any.</summary>
    public PartialDate? HeaderDate { get; }

    /// <summary>Reads the header: optional whitespace, the word <c>date</c>, whitespace, an ISO date, then whitespace or end.</summary>
    public static SourceText Read(string text)
    {
        var s = text.AsSpan();
        var i = 0;
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        if (!s[i..].StartsWith("date", StringComparison.OrdinalIgnoreCase)) return new(text, new(0, text.Length), null);
        var j = i + 4;
        var gap = j;
        while (j < s.Length && (s[j] == ' ' || s[j] == '\t')) j++;
        if (j == gap) return new(text, new(0, text.Length), null);
        var k = j;
        while (k < s.Length && (char.IsAsciiDigit(s[k]) || s[k] == '-')) k++;
        if (!PartialDate.TryParse(s[j..k], out var date) || (k < s.Length && !char.IsWhiteSpace(s[k])))
            return new(text, new(0, text.Length), null);
        while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
        return new(text, new(k, text.Length), date);
    }
}
