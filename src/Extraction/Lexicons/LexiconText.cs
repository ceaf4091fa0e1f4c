using System.Text;

namespace Extraction.Lexicons;

/// <summary>
/// Character folding shared by the phrase lexicons: lowercase without diacritics, one output char per input char
/// (so offsets and case flags stay aligned), typographic apostrophes unified, hyphens and spaces treated alike.
/// </summary>
internal static class LexiconText
{
    /// <summary>The separator stored in folded keys for any run of spaces or a hyphen.</summary>
    public const char Separator = ' ';

    // Folds U+0000..U+024F (Latin, Latin-1, Latin Extended-A/B); other characters are only lowercased.
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Lowercase, diacritic-free form of <paramref name="c"/>; apostrophes become <c>'</c>.</summary>
    public static char Fold(char c)
    {
        if (c < FoldTable.Length) return FoldTable[c];
        return IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
    }

    /// <summary>True for the apostrophes met in French text.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '′';

    /// <summary>True for the hyphens that join words inside one token.</summary>
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>
    /// Canonical spelling of a lexicon form: trimmed, typographic apostrophes as <c>'</c>, runs of spaces collapsed,
    /// spaces around hyphens and after apostrophes removed ("Antigua -et-Barbuda", "Côte d' Ivoire").
    /// </summary>
    public static string NormalizeForm(string form)
    {
        var sb = new StringBuilder(form.Length);
        foreach (var raw in form.Normalize(NormalizationForm.FormC).Trim())
        {
            var c = IsApostrophe(raw) ? '\'' : char.IsWhiteSpace(raw) ? ' ' : IsHyphen(raw) ? '-' : raw;
            if (c == ' ' && sb.Length > 0 && sb[^1] is ' ' or '-' or '\'') continue;
            if (c is '-' or '\'' && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The folded key of a normalized form: each char folded, hyphens and spaces as <see cref="Separator"/>.</summary>
    public static string FoldKey(string normalizedForm)
    {
        return string.Create(normalizedForm.Length, normalizedForm, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = s[i] is ' ' or '-' ? Separator : Fold(s[i]);
        });
    }

    // Latin letters with diacritics and their base letter. Written out because the library runs with invariant
    // globalization, where string.Normalize cannot decompose characters.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżž";
    private const string BaseLetters = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz";

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++) table[i] = char.ToLowerInvariant((char)i);
        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = BaseLetters[i];
            var upper = char.ToUpperInvariant(Accented[i]);
            if (upper < table.Length && upper != Accented[i]) table[upper] = BaseLetters[i];
        }
        return table;
    }
}
