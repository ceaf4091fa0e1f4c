using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Lexicons;

namespace Extraction.Training;

/// <summary>One office holder named in one edition's "Executive branch" (or "Leaders") text.</summary>
/// <param name="Office">One of <see cref="LeaderOffices"/>.</param>
/// <param name="Title">English title as written ("Prime Minister"), or empty when the text gives none.</param>
/// <param name="Given">Words before the family name ("Joao Manuel Goncalves"), possibly empty.</param>
/// <param name="Family">The run of words in capitals ("LOURENCO", "MUHAMMAD BIN SALMAN", "XI").</param>
/// <param name="After">Words after the family name ("Jinping", "bin Abd al-Aziz Al Saud"), possibly empty.</param>
/// <param name="Since">ISO value of the "(since …)" date (YYYY, YYYY-MM or YYYY-MM-DD), or null.</param>
internal sealed record FactbookEntry(string Office, string Title, string Given, string Family, string After, string? Since);

/// <summary>
/// Parses the Factbook's leadership text: the "chief of state" and "head of government" sections (both label styles:
/// "chief of state:" and "Chief of State--"), each split into entries of a title followed by one or more names with
/// their "(since …)" dates. Notes, cabinets and elections are skipped.
/// </summary>
internal sealed class FactbookParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex SectionLabel = new(
        @"\b(?<label>chief of state and head of government|chief of state|head of government)(?:\s*\([^)]{0,40}\))?\s*(?::|--)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex SectionEnd = new(
        @"\b(?:cabinet|elections?(?:/appointments?)?|election/appointment process|election results|most recent election date)\s*(?::|--)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Note = new(@"\bnote\s*(?:-|:|–)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex SinceDate = new(
        @"(?<since>since\s+)?(?:(?:NA|mid-|early|late)\s*)?(?:(?<day>\d{1,2})\s+)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<year>(?:19|20)\d\d)\b",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "and", "of", "the", "for", "by", "represented", "to", "in" };

    private readonly HashSet<string> _titleWords;
    private readonly HashSet<string> _particles;
    private readonly HashSet<string> _prefixes;
    private readonly IReadOnlyList<(string Phrase, string Office)> _officePhrases;

    /// <summary>A parser with the given title vocabulary, name particles and office phrases (<c>Data/factbook-titles.tsv</c>).</summary>
    public FactbookParser(IEnumerable<string> titleWords, IEnumerable<string> particles, IEnumerable<string> prefixes,
        IReadOnlyList<(string Phrase, string Office)> officePhrases)
    {
        _prefixes = new HashSet<string>(prefixes, StringComparer.Ordinal);
        _titleWords = new HashSet<string>(titleWords, StringComparer.Ordinal);
        _particles = new HashSet<string>(particles, StringComparer.Ordinal);
        _officePhrases = officePhrases;
    }

    /// <summary>The parser with the title table shipped beside the training tool.</summary>
    public static FactbookParser LoadDefault() =>
        Load(Path.Combine(TrainingPaths.RepoRoot, "src", "Extraction.Training", "Data", "factbook-titles.tsv"));

    /// <summary>Reads a title table (see <c>Data/factbook-titles.tsv</c> for its format).</summary>
    public static FactbookParser Load(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false));
        var table = ResourceTable.Parse(Path.GetFileName(path), reader);
        int kind = table.Column("kind"), form = table.Column("form"), office = table.Column("office");
        var words = table.Rows.Where(r => r[kind] == "word").Select(r => r[form]);
        var particles = table.Rows.Where(r => r[kind] == "particle").Select(r => r[form]);
        var prefixes = table.Rows.Where(r => r[kind] == "prefix").Select(r => r[form]);
        var phrases = table.Rows.Where(r => r[kind] == "office").Select(r => (r[form], r[office])).ToList();
        foreach (var (_, o) in phrases)
            if (!LeaderOffices.All.Contains(o)) throw new InvalidDataException($"{path}: unknown office '{o}'.");
        return new FactbookParser(words, particles, prefixes, phrases);
    }

    /// <summary>Every office holder of one edition's text, in text order.</summary>
    public List<FactbookEntry> Parse(string content)
    {
        var entries = new List<FactbookEntry>();
        var labels = SectionLabel.Matches(content);
        if (labels.Count == 0) return entries;
        // Labels after the first end marker (cabinet, elections, results) name candidates, not office holders.
        var first = SectionEnd.Match(content, labels[0].Index);
        var limit = first.Success ? first.Index : content.Length;
        for (var i = 0; i < labels.Count && labels[i].Index < limit; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? Math.Min(labels[i + 1].Index, limit) : limit;
            if (end <= start) continue;
            var section = content[start..end];
            var note = Note.Match(section);
            if (note.Success) section = section[..note.Index];
            var label = labels[i].Groups["label"].Value.ToLowerInvariant();
            var sectionOffice = label.StartsWith("head", StringComparison.Ordinal) ? LeaderOffices.HeadOfGovernment : LeaderOffices.ChiefOfState;
            ParseSection(section, sectionOffice, entries);
        }
        return entries;
    }

    private void ParseSection(string section, string sectionOffice, List<FactbookEntry> entries)
    {
        var title = "";
        foreach (var (words, parens) in Chunks(section))
        {
            while (words.Count > 0 && Connectives.Contains(words[0])) words.RemoveAt(0);
            RepairDamagedCapitals(words);
            var caps = words.FindIndex(IsCapitalWord);
            if (caps > 0) caps = RepairDamagedGivenNames(words, caps);
            if (caps < 0)
            {
                if (words.Count > 0 && words.TrueForAll(w => IsTitleWord(w) || Connectives.Contains(w))) title = string.Join(' ', words);
                continue;
            }
            // Given names: the words just before the capitals that are not title words, back to a word a connective
            // ties to the title ("President of the Republic Sali BERISHA": "Republic" belongs to the title).
            var givenStart = caps;
            while (givenStart > 0 && !IsTitleWord(words[givenStart - 1]) && !Connectives.Contains(words[givenStart - 1])
                   && (char.IsUpper(words[givenStart - 1][0]) || words[givenStart - 1][0] == '?' || _particles.Contains(words[givenStart - 1]))
                   && !(givenStart >= 2 && Connectives.Contains(words[givenStart - 2])))
                givenStart--;
            if (givenStart > 0) title = string.Join(' ', words.Take(givenStart));
            var capsEnd = caps;
            while (capsEnd < words.Count && IsCapitalWord(words[capsEnd])) capsEnd++;
            var afterEnd = capsEnd;
            while (afterEnd < words.Count && !IsCapitalWord(words[afterEnd]) && (char.IsUpper(words[afterEnd][0]) || IsParticle(words[afterEnd])))
                afterEnd++;
            var given = words.Skip(givenStart).Take(caps - givenStart).ToList();
            if (given.Count > 5 || capsEnd - caps > 5) continue;
            // Prose around a name ("Taliban announced Mullah X as"): not an office holder's line.
            if (givenStart > 0 && words.Take(givenStart).Any(w => char.IsLower(w[0]) && !Connectives.Contains(w))) continue;
            entries.Add(new FactbookEntry(OfficeOf(title, sectionOffice), title, string.Join(' ', given),
                string.Join(' ', words.Skip(caps).Take(capsEnd - caps)), string.Join(' ', words.Skip(capsEnd).Take(afterEnd - capsEnd)),
                Since(parens)));
        }
    }

    /// <summary>
    /// The archive lost the accented letters of the latest editions, leaving a space or nothing: "Fran ois", "S bastien",
    /// "Prime Minister lisabeth BORNE". Before the capitals, a lowercase fragment that is no particle is glued back to the
    /// word before it, or marked as missing its first letter, with <c>?</c> for the lost letter; returns the new index
    /// of the capitals.
    /// </summary>
    private int RepairDamagedGivenNames(List<string> words, int caps)
    {
        // Only in the two words before the capitals, where given names stand; prose elsewhere is left alone.
        for (var i = caps - 1; i >= Math.Max(0, caps - 2); i--)
        {
            var w = words[i];
            if (!char.IsLower(w[0]) || IsParticle(w) || Connectives.Contains(w)) continue;
            if (i > 0 && char.IsUpper(words[i - 1][0]) && !IsTitleWord(words[i - 1]) && !IsCapitalWord(words[i - 1]))
            {
                words[i - 1] += "?" + w;
                words.RemoveAt(i);
                return caps - 1;
            }
            if (i == 0 || IsTitleWord(words[i - 1])) words[i] = "?" + w;
            return caps;
        }
        return caps;
    }

    /// <summary>A capital letter left alone before a word in capitals lost the letter between them: "D BY" is "D?BY".</summary>
    private static void RepairDamagedCapitals(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i].Length == 1 && char.IsUpper(words[i][0]) && words[i] is not ("I" or "V" or "X") && IsCapitalWord(words[i + 1]))
            {
                words[i] += "?" + words[i + 1];
                words.RemoveAt(i + 1);
            }
    }

    private bool IsTitleWord(string word) =>
        _titleWords.Contains(word) || word.Contains('-') && word.Split('-').All(p => p.Length > 0 && (_titleWords.Contains(p) || p is "Co" or "co"));

    // "bin", "de", "al-Aziz", "as-Sadr": lowercase words that belong to a name.
    private bool IsParticle(string word)
    {
        if (_particles.Contains(word)) return true;
        var cut = word.IndexOfAny(['-', '\'', '`']);
        return cut > 0 && cut + 1 < word.Length && (_particles.Contains(word[..cut]) || _prefixes.Contains(word[..cut])) && char.IsUpper(word[cut + 1]);
    }

    private string OfficeOf(string title, string sectionOffice)
    {
        foreach (var (phrase, office) in _officePhrases)
            if ((" " + title + " ").Contains(" " + phrase + " ", StringComparison.Ordinal)) return office;
        return sectionOffice;
    }

    /// <summary>
    /// The section cut into entries at ";", "|", "," and at an "and" that follows a name, each as its words (outside
    /// parentheses) and the text of its parentheses.
    /// </summary>
    private static List<(List<string> Words, List<string> Parens)> Chunks(string section)
    {
        var chunks = new List<(List<string> Words, List<string> Parens)>();
        var words = new List<string>();
        var parens = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '(')
            {
                Flush();
                var depth = 1;
                var j = i + 1;
                for (; j < section.Length && depth > 0; j++)
                    depth += section[j] == '(' ? 1 : section[j] == ')' ? -1 : 0;
                parens.Add(section[(i + 1)..Math.Max(i + 1, j - 1)]);
                i = j - 1;
                continue;
            }
            if (c is ';' or '|' or ',')
            {
                Flush();
                Close();
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                Flush();
                continue;
            }
            word.Append(c);
        }
        Flush();
        Close();
        return chunks;

        void Close()
        {
            if (words.Count > 0 || parens.Count > 0) chunks.Add((words, parens));
            words = [];
            parens = [];
        }

        void Flush()
        {
            if (word.Length == 0) return;
            var w = word.ToString().TrimEnd(':');
            word.Clear();
            if (w.Length == 0) return;
            // "X (since …) and Vice President Y": an "and" after a name starts a new entry; before one it joins
            // titles ("King and Prime Minister").
            if (w == "and" && (parens.Count > 0 || words.Exists(IsCapitalWord)))
            {
                Close();
                return;
            }
            words.Add(w);
        }
    }

    /// <summary>
    /// True for a word written in capitals: at least two capital letters and, apart from a "Mc"/"Mac" prefix or a
    /// lowercase particle before a hyphen or apostrophe ("al-SISI", "Hoseini-KHAMENEI"), no lowercase letter.
    /// Roman numerals count ("MOHAMMED VI" is one name).
    /// </summary>
    internal static bool IsCapitalWord(string word)
    {
        var part = word;
        var cut = part.LastIndexOfAny(['-', '\'', '`']);
        if (cut >= 0 && cut + 1 < part.Length && part[(cut + 1)..].Count(char.IsLetter) >= 2) part = part[(cut + 1)..];
        if (part.StartsWith("Mc", StringComparison.Ordinal)) part = part[2..];
        else if (part.StartsWith("Mac", StringComparison.Ordinal) && part.Length > 3 && char.IsUpper(part[3])) part = part[3..];
        var upper = 0;
        foreach (var c in part)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2 || upper == 1 && part.Length == 1 && part is "I" or "V" or "X";
    }

    /// <summary>The last date of the parentheses, preferring one after "since": YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    internal static string? Since(IReadOnlyList<string> parens)
    {
        string? best = null;
        var bestIsSince = false;
        foreach (var p in parens)
        {
            if (p.Contains("born", StringComparison.Ordinal)) continue;
            foreach (Match m in SinceDate.Matches(p))
            {
                var isSince = m.Groups["since"].Success;
                if (bestIsSince && !isSince) continue;
                // A bare date counts only when the parentheses hold nothing else ("(29 March 1993)").
                if (!isSince && p.Trim().Length != m.Length) continue;
                var year = m.Groups["year"].Value;
                var value = year;
                if (m.Groups["month"].Success)
                {
                    value += "-" + (Array.IndexOf(Months, m.Groups["month"].Value) + 1).ToString("00", CultureInfo.InvariantCulture);
                    if (m.Groups["day"].Success)
                        value += "-" + int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
                }
                best = value;
                bestIsSince = isSince;
            }
        }
        return best;
    }
}
