using System.Text;

namespace Extraction.Knowledge;

/// <summary>The display form of a Factbook name: the words in capitals in ordinary case ("XI Jinping" -> "Xi Jinping").</summary>
internal static class LeaderDisplay
{
    /// <summary>Given names, family name and the words after it, joined, with each word in capitals title-cased.</summary>
    public static string Of(string given, string family, string after)
    {
        var sb = new StringBuilder();
        foreach (var part in new[] { given, family, after })
        {
            if (part.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(TitleCase(part));
        }
        return sb.ToString();
    }

    // Each letter run in capitals keeps its first letter and lowers the rest; lowercase particles ("al-", "bin") stay.
    private static string TitleCase(string words)
    {
        var chars = words.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsUpper(chars[i])) continue;
            var j = i + 1;
            while (j < chars.Length && char.IsLetter(chars[j])) j++;
            var allCaps = true;
            for (var k = i; k < j; k++) allCaps &= !char.IsLower(chars[k]);
            if (allCaps && j - i > 1 && !IsRomanNumeral(chars.AsSpan(i, j - i)))
                for (var k = i + 1; k < j; k++) chars[k] = char.ToLowerInvariant(chars[k]);
            i = j - 1;
        }
        return new string(chars);
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c is not ('I' or 'V' or 'X')) return false;
        return true;
    }
}
