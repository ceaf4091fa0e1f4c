using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Temporal;

/// <summary>What a pattern of <c>patterns.tsv</c> produces.</summary>
internal enum TemporalPatternKind
{
    /// <summary>One date expression.</summary>
    Date,
    /// <summary>Two endpoints ("du 12 au 14 mai"), spans in groups <c>a</c> and <c>b</c>.</summary>
    Range,
    /// <summary>A bare four-digit year, kept only in a year context.</summary>
    Year,
}

/// <summary>A compiled pattern from <c>Temporal/patterns.tsv</c>.</summary>
/// <param name="Name">The row's name.</param>
/// <param name="Kind">What a match produces.</param>
/// <param name="Regex">The compiled expression.</param>
/// <param name="Cues">Indexes into <see cref="TemporalDefinitions.Cues"/>: sets of strings one of which any text the
/// regex matches contains (<see cref="RegexCues"/>), most selective first; a chunk lacking one is not searched.</param>
internal sealed record TemporalPattern(string Name, TemporalPatternKind Kind, Regex Regex, int[] Cues);

/// <summary>Direction in time of an expression or of its sentence.</summary>
internal enum TenseDirection
{
    None = 0,
    Past = -1,
    Future = 1,
}

/// <summary>A day word ("hier", "la veille") and how to anchor it.</summary>
internal readonly record struct DayWord(int Offset, bool FromPreviousDate);

/// <summary>A word before a date ("vers", "d'ici") and the modifier it gives.</summary>
internal readonly record struct ModifierForm(string Form, DateModifier Modifier);

/// <summary>A verb ending and the tense it gives.</summary>
internal readonly record struct TenseSuffix(string Suffix, TenseDirection Tense);

/// <summary>
/// The French temporal vocabulary and patterns, loaded once from the <c>Resources/Temporal/*.tsv</c> tables
/// (Recognizers' definitions file, as data). Keys are lower case with <c>'</c> for every apostrophe and single spaces.
/// </summary>
/// <remarks>
/// Immutable after construction; safe to share across threads. The string-keyed tables are <see cref="SpanHashTable{TValue}"/>s
/// built with loops over arrays, not frozen dictionaries: framework generic code over value types cannot be
/// precompiled by ReadyToRun and was a third of this class's start-up.
/// </remarks>
internal sealed class TemporalDefinitions
{
    /// <summary>Options of every date pattern (also those of <see cref="GeneratedTemporalPatterns"/>).</summary>
    internal const RegexOptions PatternOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Match timeout of every date pattern, in milliseconds.</summary>
    internal const int MatchTimeoutMilliseconds = 2000;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
    private static readonly Lazy<TemporalDefinitions> LazyDefault = new(() => Load(useGenerated: true), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tables embedded in the library.</summary>
    public static TemporalDefinitions Default => LazyDefault.Value;

    public required SpanHashTable<int> Months { get; init; }
    public required FrozenSet<string> StandaloneMonths { get; init; }
    public required SpanHashTable<DayOfWeek> Weekdays { get; init; }
    public required SpanHashTable<TenseDirection> RelativeTerms { get; init; }
    /// <summary>Period part → modifier; null value for "courant" (the whole period).</summary>
    public required SpanHashTable<DateModifier?> PeriodParts { get; init; }
    /// <summary>Preceding words ("vers", "d'ici") → modifier, longest form first.</summary>
    public required ModifierForm[] Modifiers { get; init; }
    public required SpanHashTable<int> NumberWords { get; init; }
    public required FrozenDictionary<string, string> Units { get; init; }
    public required SpanHashTable<DayWord> DayWords { get; init; }
    public required FrozenSet<string> YearCues { get; init; }
    public required FrozenSet<string> YearDenials { get; init; }
    public required FrozenSet<string> YearFollowers { get; init; }
    public required SpanHashTable<TenseDirection> TenseWords { get; init; }
    /// <summary>Suffix → tense, longest suffix first.</summary>
    public required TenseSuffix[] TenseSuffixes { get; init; }
    /// <summary>Past-participle endings, longest first, for the verb right before a date ("élu en mai").</summary>
    public required IReadOnlyList<string> ParticipleSuffixes { get; init; }
    /// <summary>Auxiliaries between a tense cue and a participle: Past ("été") or None (an infinitive, "être").</summary>
    public required SpanHashTable<TenseDirection> Auxiliaries { get; init; }
    /// <summary>Prepositions and articles between a verb and its date.</summary>
    public required FrozenSet<string> Prepositions { get; init; }
    public required IReadOnlyList<TemporalPattern> Patterns { get; init; }
    /// <summary>The distinct cue sets of the patterns (see <see cref="TemporalPattern.Cues"/>).</summary>
    public required IReadOnlyList<CueSet> Cues { get; init; }

    /// <summary>Lower-cases, maps both apostrophes to <c>'</c> and collapses whitespace to one space.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Loads the embedded tables. <paramref name="useGenerated"/> false runs every pattern in the regex interpreter
    /// (the reference the generated patterns are checked against).
    /// </summary>
    internal static TemporalDefinitions Load(bool useGenerated)
    {
        var months = Table("months.tsv");
        var weekdays = Table("weekdays.tsv");
        var relative = Table("relative-terms.tsv");
        var parts = Table("period-parts.tsv");
        var modifiers = Table("modifiers.tsv");
        var numbers = Table("number-words.tsv");
        var units = Table("units.tsv");
        var dayWords = Table("day-words.tsv");
        var timesOfDay = Table("times-of-day.tsv");
        var yearContext = Table("year-context.tsv");
        var tense = Table("tense-cues.tsv");
        var patterns = Table("patterns.tsv");
        var prepositions = Table("prepositions.tsv");

        var monthMap = Pairs(months, "form", "month", v => ParseInt(months, v, 1, 12), out var monthForms);
        var standalone = months.Rows.Where(r => r[months.Column("standalone")] == "yes")
            .Select(r => r[months.Column("form")]).ToFrozenSet(StringComparer.Ordinal);
        var weekdayMap = Pairs(weekdays, "form", "dayOfWeek", v => (DayOfWeek)ParseInt(weekdays, v, 0, 6), out var weekdayForms);
        var relMap = Pairs(relative, "form", "direction", v => ParseInt(relative, v, -1, 1) < 0 ? TenseDirection.Past : TenseDirection.Future, out var relForms);
        var partMap = Pairs(parts, "form", "modifier", v => v == "none" ? (DateModifier?)null : ParseModifier(parts, v), out var partForms);
        var modifierForms = Forms(modifiers, "form");
        var modifierValues = Values(modifiers, "modifier", v => ParseModifier(modifiers, v));
        var modifierList = new ModifierForm[modifierForms.Length];
        for (var i = 0; i < modifierList.Length; i++) modifierList[i] = new ModifierForm(modifierForms[i], modifierValues[i]);
        var numberMap = Pairs(numbers, "form", "value", v => ParseInt(numbers, v, 1, 31), out var numberForms);
        var unitForms = Forms(units, "form");
        var unitValues = Values(units, "unit", v => v is "year" or "month" or "week" or "day"
            ? v : throw new InvalidDataException($"Resource '{units.Name}': unknown unit '{v}'."));
        var unitMap = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < unitForms.Length; i++) unitMap.Add(unitForms[i], unitValues[i]);
        var dayWordForms = Forms(dayWords, "form");
        var dayWordValues = new DayWord[dayWordForms.Length];
        for (var i = 0; i < dayWordValues.Length; i++)
        {
            var r = dayWords.Rows[i];
            dayWordValues[i] = new DayWord(ParseInt(dayWords, r[dayWords.Column("offset")], -7, 7), r[dayWords.Column("anchor")] switch
            {
                "reference" => false,
                "previous" => true,
                var a => throw new InvalidDataException($"Resource '{dayWords.Name}': unknown anchor '{a}'."),
            });
        }
        var dayWordMap = new SpanHashTable<DayWord>(dayWordForms, dayWordValues, ignoreCase: false);
        var roles = yearContext.Rows.ToLookup(r => r[yearContext.Column("role")], r => r[yearContext.Column("form")]);
        // Arrays of the table's length, filled to their counts (no List of a value type: see the class remarks). A
        // form given twice keeps its last value, as a dictionary's indexer would.
        var rowCount = tense.Rows.Count;
        var (tenseWordForms, tenseWordValues, tenseWordCount) = (new string[rowCount], new TenseDirection[rowCount], 0);
        var (tenseSuffixes, tenseSuffixCount) = (new TenseSuffix[rowCount], 0);
        var participles = new List<string>();
        var (auxiliaryForms, auxiliaryValues, auxiliaryCount) = (new string[rowCount], new TenseDirection[rowCount], 0);
        foreach (var r in tense.Rows)
        {
            var dir = r[tense.Column("tense")] switch
            {
                "past" => TenseDirection.Past,
                "future" => TenseDirection.Future,
                "none" => TenseDirection.None,
                var t => throw new InvalidDataException($"Resource '{tense.Name}': unknown tense '{t}'."),
            };
            var form = r[tense.Column("form")];
            switch (r[tense.Column("match")])
            {
                case "suffix": tenseSuffixes[tenseSuffixCount++] = new(form, dir); break;
                case "participle": participles.Add(form); break;
                case "auxiliary": (auxiliaryForms[auxiliaryCount], auxiliaryValues[auxiliaryCount++]) = (form, dir); break;
                case "word": (tenseWordForms[tenseWordCount], tenseWordValues[tenseWordCount++]) = (form, dir); break;
                case var m: throw new InvalidDataException($"Resource '{tense.Name}': unknown match '{m}'.");
            }
        }

        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Month"] = Alternation(monthForms),
            ["MonthName"] = Alternation(standalone),
            ["Weekday"] = Alternation(weekdayForms),
            ["Day"] = "(?:1er|1re|premier|[0-3]?\\d)",
            ["Year"] = "(?:19\\d\\d|20\\d\\d|2100)",
            ["Rel"] = Alternation(relForms),
            ["Part"] = Alternation(partForms),
            ["Unit"] = Alternation(unitForms),
            ["Number"] = "(?:\\d{1,3}|" + Alternation(numberForms)[3..],
            ["DayWord"] = Alternation(dayWordForms),
            ["TimeOfDay"] = Alternation(timesOfDay.Rows.Select(r => r[timesOfDay.Column("form")])),
            ["Apos"] = "['\u2019]",
        };
        var cueSets = new List<CueSet>();
        var compiled = patterns.Rows.Select(r =>
        {
            var name = r[patterns.Column("name")];
            var kind = r[patterns.Column("kind")] switch
            {
                "date" => TemporalPatternKind.Date,
                "range" => TemporalPatternKind.Range,
                "year" => TemporalPatternKind.Year,
                var k => throw new InvalidDataException($"Resource '{patterns.Name}': pattern '{name}' has unknown kind '{k}'."),
            };
            var body = Expand(r[patterns.Column("pattern")], placeholders, patterns.Name, name);
            // Patterns are matched against a lower-cased copy of the text (same offsets), which is much faster than
            // RegexOptions.IgnoreCase over these alternations. A match must not start inside a word ("demain" is not
            // "mai"): the leading lookbehind rejects such positions at once (the extractor checks the character
            // before a chunk, which the lookbehind cannot see). Its class is exactly char.IsLetterOrDigit or '_'.
            var source = "(?<![\\p{L}\\p{Nd}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
            // The source-generated regex of the same text when there is one (same backtracking engine semantics,
            // compiled ahead of time: no interpreter and no start-up compilation); else the interpreter.
            var regex = (useGenerated ? GeneratedTemporalPatterns.Get(name, source) : null) ?? new Regex(source, PatternOptions, MatchTimeout);
            // Deriving the cues parses the pattern (a tenth of a single article's start-up): the generated file holds them too.
            var cues = (useGenerated ? GeneratedTemporalPatterns.Cues(name, source) : null) ?? DerivedCues(source);
            return new TemporalPattern(name, kind, regex, CueIndexes(cues, cueSets));
        }).ToArray();

        return new TemporalDefinitions
        {
            Months = monthMap,
            StandaloneMonths = standalone,
            Weekdays = weekdayMap,
            RelativeTerms = relMap,
            PeriodParts = partMap,
            Modifiers = SortLongestFirst(modifierList, static m => m.Form),
            NumberWords = numberMap,
            Units = unitMap.ToFrozenDictionary(StringComparer.Ordinal),
            DayWords = dayWordMap,
            YearCues = roles["cue"].ToFrozenSet(StringComparer.Ordinal),
            YearDenials = roles["deny"].ToFrozenSet(StringComparer.Ordinal),
            YearFollowers = roles["follow"].ToFrozenSet(StringComparer.Ordinal),
            TenseWords = new SpanHashTable<TenseDirection>(Prefix(tenseWordForms, tenseWordCount), Prefix(tenseWordValues, tenseWordCount), ignoreCase: false),
            TenseSuffixes = SortLongestFirst(Prefix(tenseSuffixes, tenseSuffixCount), static t => t.Suffix),
            ParticipleSuffixes = participles.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray(),
            Auxiliaries = new SpanHashTable<TenseDirection>(Prefix(auxiliaryForms, auxiliaryCount), Prefix(auxiliaryValues, auxiliaryCount), ignoreCase: false),
            Prepositions = prepositions.Rows.Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            Patterns = compiled,
            Cues = cueSets.ToArray(),
        };
    }

    /// <summary>Longest list of strings a cue set is searched with (see <see cref="RegexCues.Shortened"/>).</summary>
    private const int MaxCueStrings = 16;

    /// <summary>At most this many cue sets are checked per pattern: beyond the most selective ones they rarely reject.</summary>
    private const int MaxCuesPerPattern = 3;

    /// <summary>The cue sets the extractor checks for a pattern of text <paramref name="source"/>, most selective first (also written into <see cref="GeneratedTemporalPatterns"/>).</summary>
    internal static string[][] DerivedCues(string source) =>
        RegexCues.Derive(source, PatternOptions).Take(MaxCuesPerPattern).Select(cues => RegexCues.Shortened(cues, MaxCueStrings)).ToArray();

    /// <summary>The indexes of a pattern's cue sets in <paramref name="sets"/>, adding the new ones (patterns share many).</summary>
    private static int[] CueIndexes(string[][] cues, List<CueSet> sets)
    {
        var indexes = new int[cues.Length];
        for (var k = 0; k < cues.Length; k++)
        {
            var strings = cues[k];
            var index = sets.FindIndex(c => c.Strings.SequenceEqual(strings, StringComparer.Ordinal));
            if (index < 0)
            {
                sets.Add(new CueSet(strings));
                index = sets.Count - 1;
            }
            indexes[k] = index;
        }
        return indexes;
    }

    private static ResourceTable Table(string file) => ResourceTable.Load("Temporal/" + file);

    /// <summary>The table's <paramref name="key"/> column (its <paramref name="forms"/>, each once) mapped to the converted <paramref name="value"/> column.</summary>
    private static SpanHashTable<T> Pairs<T>(ResourceTable table, string key, string value, Func<string, T> convert, out string[] forms) =>
        new(forms = Forms(table, key), Values(table, value, convert), ignoreCase: false);

    /// <summary>The <paramref name="key"/> column, in table order; a form twice is an error.</summary>
    private static string[] Forms(ResourceTable table, string key)
    {
        var k = table.Column(key);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var forms = new string[table.Rows.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = table.Rows[i][k];
            if (!seen.Add(forms[i])) throw new InvalidDataException($"Resource '{table.Name}': duplicate entry '{forms[i]}'.");
        }
        return forms;
    }

    /// <summary>The <paramref name="value"/> column converted, in table order.</summary>
    private static T[] Values<T>(ResourceTable table, string value, Func<string, T> convert)
    {
        var v = table.Column(value);
        var values = new T[table.Rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = convert(table.Rows[i][v]);
        return values;
    }

    /// <summary>The first <paramref name="count"/> items (the non-generic Array.Copy: no framework generic code over T).</summary>
    private static T[] Prefix<T>(T[] items, int count)
    {
        var prefix = new T[count];
        Array.Copy(items, prefix, count);
        return prefix;
    }

    /// <summary>Sorts in place, longest key first, then ordinal (a stable insertion sort: the lists are short).</summary>
    private static T[] SortLongestFirst<T>(T[] items, Func<T, string> key)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var k = key(item);
            var j = i - 1;
            for (; j >= 0 && Before(k, key(items[j])); j--) items[j + 1] = items[j];
            items[j + 1] = item;
        }
        return items;

        static bool Before(string a, string b) => a.Length != b.Length ? a.Length > b.Length : string.CompareOrdinal(a, b) < 0;
    }

    private static int ParseInt(ResourceTable table, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new InvalidDataException($"Resource '{table.Name}': '{value}' is not a number in [{min}, {max}].");

    private static DateModifier ParseModifier(ResourceTable table, string value) => value switch
    {
        "start" => DateModifier.Start,
        "mid" => DateModifier.Mid,
        "end" => DateModifier.End,
        "approx" => DateModifier.Approx,
        "before" => DateModifier.Before,
        "after" => DateModifier.After,
        _ => throw new InvalidDataException($"Resource '{table.Name}': unknown modifier '{value}'."),
    };

    /// <summary>
    /// A non-capturing alternation of table forms, longest first; spaces match any whitespace, apostrophes either kind.
    /// </summary>
    /// <remarks>
    /// Written as a prefix tree ("(?:j(?:anvier|uin)|mai)" rather than "(?:janvier|mai|juin)"), which matches exactly
    /// the same way: at any node the branches start with pairwise disjoint characters, so at most one can match and
    /// their order does not matter, while branches sharing a prefix keep their longest-first order and the form that
    /// ends at a node stays after the longer ones. Where the first characters could overlap, the node falls back to
    /// the plain ordered list. The regex interpreter then rejects a position after one character comparison per
    /// distinct first character instead of one per form, which is most of the cost of the date patterns.
    /// </remarks>
    internal static string Alternation(IEnumerable<string> forms)
    {
        var sorted = forms.Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)
            .Select(Atoms).ToList();
        var sb = new StringBuilder("(?:");
        AppendTrie(sb, sorted, 0);
        return sb.Append(')').ToString();
    }

    /// <summary>The regex atoms of a form, one per character.</summary>
    private static string[] Atoms(string form) => form.Select(c => c switch
    {
        ' ' => "\\s+",
        '\'' => "['\u2019]",
        _ => Regex.Escape(c.ToString()),
    }).ToArray();

    /// <summary>Appends the branches (atoms from <paramref name="depth"/> on), in order, as a prefix tree where that is exact.</summary>
    private static void AppendTrie(StringBuilder sb, List<string[]> branches, int depth) =>
        sb.AppendJoin('|', Trie(branches, depth));

    /// <summary>The alternatives of <see cref="AppendTrie"/>, one per distinct first atom (or per branch when not exact).</summary>
    private static List<string> Trie(List<string[]> branches, int depth)
    {
        // Group by first atom, in order of first appearance.
        var groups = new List<(string? Atom, List<string[]> Members)>();
        foreach (var b in branches)
        {
            var atom = b.Length > depth ? b[depth] : null;
            var index = groups.FindIndex(g => g.Atom == atom);
            if (index < 0) groups.Add((atom, [b]));
            else groups[index].Members.Add(b);
        }
        var endIndex = groups.FindIndex(g => g.Atom is null);
        if ((endIndex >= 0 && (endIndex != groups.Count - 1 || branches[^1].Length > depth)) || !Disjoint(groups.Where(g => g.Atom is not null).Select(g => g.Atom!).ToList()))
            return branches.Select(b => string.Concat(b.Skip(depth))).ToList(); // not provably order-free: the plain list
        var alternatives = new List<string>(groups.Count);
        foreach (var (atom, members) in groups)
        {
            if (atom is null)
            {
                alternatives.Add(""); // the form ending here: an empty last branch
                continue;
            }
            var rest = members.Count == 1 ? [string.Concat(members[0].Skip(depth + 1))] : Trie(members, depth + 1);
            alternatives.Add(rest.Count == 1 ? atom + rest[0] : atom + "(?:" + string.Join('|', rest) + ")");
        }
        return alternatives;
    }

    /// <summary>True when no two atoms can match the same character (false for any atom this class did not write).</summary>
    private static bool Disjoint(List<string> atoms)
    {
        var literals = new HashSet<char>();
        var whitespace = false;
        var apostrophe = false;
        foreach (var a in atoms)
        {
            if (a == "\\s+") whitespace = true;
            else if (a == "['\u2019]") apostrophe = true;
            else if (a.Length == 1) literals.Add(a[0]);
            else if (a.Length == 2 && a[0] == '\\' && char.IsPunctuation(a[1]) || a.Length == 2 && a[0] == '\\' && char.IsSymbol(a[1])) literals.Add(a[1]);
            else return false;
        }
        return !(whitespace && literals.Any(char.IsWhiteSpace)) && !(apostrophe && (literals.Contains('\'') || literals.Contains('\u2019')));
    }

    private static string Expand(string pattern, Dictionary<string, string> placeholders, string resource, string name)
    {
        var sb = new StringBuilder(pattern.Length * 4);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            // "\d{1,3}"-style quantifiers start with a digit; placeholders with a capital letter.
            if (open < 0 || open + 1 >= pattern.Length || !char.IsAsciiLetterUpper(pattern[open + 1]))
            {
                var stop = open < 0 ? pattern.Length : open + 1;
                sb.Append(pattern, i, stop - i);
                i = stop;
                continue;
            }
            var close = pattern.IndexOf('}', open);
            if (close < 0) throw new InvalidDataException($"Resource '{resource}': pattern '{name}' has an unclosed placeholder.");
            var key = pattern[(open + 1)..close];
            if (!placeholders.TryGetValue(key, out var expansion))
                throw new InvalidDataException($"Resource '{resource}': pattern '{name}' uses unknown placeholder '{{{key}}}'.");
            sb.Append(pattern, i, open - i).Append(expansion);
            i = close + 1;
        }
        return sb.ToString();
    }
}
