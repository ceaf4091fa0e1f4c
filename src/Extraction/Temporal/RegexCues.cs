using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Temporal;

/// <summary>
/// The literal strings a regular expression cannot match without: a list of sets, each holding strings of which at
/// least one occurs in any text the expression matches. A text that lacks every string of one set cannot match, so
/// the regex need not run on it (the date patterns are prefiltered this way, chunk by chunk).
/// </summary>
/// <remarks>
/// Derived from the pattern's own text, so the prefilter can never disagree with the table: a construct the analysis
/// does not know (a class with a category, a back-reference) only weakens it, never makes it wrong. Supports the
/// subset the date patterns use: literals and escapes, classes of listed characters and ranges, groups, lookarounds
/// (zero width: nothing required), alternation and quantifiers. Case-sensitive: the patterns run over lower-cased text.
/// </remarks>
internal static class RegexCues
{
    /// <summary>Largest set of exact strings followed through concatenations ("j(?:anvier|uin)" = janvier, juin).</summary>
    private const int MaxFinite = 512;

    /// <summary>The required sets of <paramref name="pattern"/>, most selective first; empty when nothing is certain.</summary>
    /// <param name="pattern">The regular expression.</param>
    /// <param name="options">Its options: ignoring case or pattern whitespace leaves nothing derived.</param>
    public static IReadOnlyList<string[]> Derive(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) != 0) return [];
        var parser = new Parser(pattern);
        var node = parser.Alternation();
        if (parser.GaveUp || parser.Position != pattern.Length) return []; // unbalanced ")" or inline options: know nothing rather than guess
        var sets = new List<string[]>(node.Required);
        if (Requirement(node.Finite) is { } whole) sets.Add(whole);
        return sets.Select(s => s.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            .DistinctBy(s => string.Join('\u0001', s))
            .OrderByDescending(Selectivity).ToArray();
    }

    /// <summary>
    /// <paramref name="set"/> cut to prefixes (the longest length that leaves at most <paramref name="maxStrings"/>
    /// distinct ones): still a cue, since a string's prefix occurs wherever it does, and a short list is searched
    /// with vector instructions, where a long one (the 201 years) falls back to a much slower automaton.
    /// </summary>
    public static string[] Shortened(string[] set, int maxStrings)
    {
        if (set.Length <= maxStrings) return set;
        for (var length = set.Max(s => s.Length) - 1; length >= 1; length--)
        {
            var prefixes = set.Select(s => s.Length > length ? s[..length] : s).Distinct(StringComparer.Ordinal).ToArray();
            // A prefix that is itself another one's prefix makes the longer one redundant: keep the shorter.
            var kept = prefixes.Where(p => !prefixes.Any(q => q.Length < p.Length && p.StartsWith(q, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal).ToArray();
            if (kept.Length <= maxStrings) return kept;
        }
        return set;
    }

    /// <summary>Shortest ASCII run that may stand for a string with other characters in <see cref="Searchable"/>.</summary>
    private const int MinAsciiRun = 3;

    /// <summary>
    /// What <paramref name="set"/> is searched with: each string holding a non-ASCII character replaced by its longest
    /// ASCII run of at least <see cref="MinAsciiRun"/> characters ("précédent" by "dent"), then every string that
    /// contains another dropped ("passée" once "passé" is there). Whatever text holds a string of the set holds one of
    /// these, so the cue stays a cue; and a set of ASCII strings is searched with vector instructions, where one
    /// non-ASCII string sends the whole set to a much slower automaton.
    /// </summary>
    public static string[] Searchable(IReadOnlyList<string> set)
    {
        var replaced = set.Select(s => Ascii.IsValid(s) ? s : LongestAsciiRun(s) is { Length: >= MinAsciiRun } run ? run : s)
            .Distinct(StringComparer.Ordinal).ToArray();
        return replaced.Where(s => !replaced.Any(o => o.Length < s.Length && s.Contains(o, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The longest run of ASCII characters in <paramref name="s"/> (the first of equal ones).</summary>
    private static string LongestAsciiRun(string s)
    {
        int bestStart = 0, bestLength = 0;
        for (var i = 0; i < s.Length;)
        {
            var start = i;
            while (i < s.Length && char.IsAscii(s[i])) i++;
            if (i - start > bestLength) (bestStart, bestLength) = (start, i - start);
            i = Math.Max(i, start) + 1;
        }
        return s.Substring(bestStart, bestLength);
    }

    /// <summary>Longer shortest strings filter better; then fewer strings.</summary>
    private static double Selectivity(string[] set) => set.Min(s => s.Length) - set.Length / 1000.0;

    /// <summary>A finite set of exact strings as a requirement: none if the empty string is among them.</summary>
    private static string[]? Requirement(HashSet<string>? finite) =>
        finite is null || finite.Count == 0 || finite.Contains("") ? null : finite.ToArray();

    /// <summary>What is known of a subexpression: its exact strings when few (else null), and its required sets.</summary>
    private sealed record Info(HashSet<string>? Finite, List<string[]> Required)
    {
        public static Info Empty() => new(new HashSet<string>(StringComparer.Ordinal) { "" }, []);
        public static Info Unknown() => new(null, []);
        public static Info Chars(IEnumerable<char> chars) => new(chars.Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal), []);

        /// <summary>The requirement this node alone guarantees, the most selective one.</summary>
        public string[]? Best() => (Requirement(Finite) is { } f ? Required.Append(f) : Required).MaxBy(Selectivity);
    }

    private sealed class Parser(string pattern)
    {
        public int Position { get; private set; }

        private bool More => Position < pattern.Length;
        private char Peek => pattern[Position];

        /// <summary>Branches separated by '|', up to a ')' or the end.</summary>
        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (More && Peek == '|')
            {
                Position++;
                branches.Add(Sequence());
            }
            if (branches.Count == 1) return branches[0];
            if (branches.All(b => b.Finite is not null) && branches.Sum(b => b.Finite!.Count) <= MaxFinite)
                return new Info(branches.SelectMany(b => b.Finite!).ToHashSet(StringComparer.Ordinal), []);
            // One requirement of each branch, pooled: whichever branch matched, its string is there.
            var picks = branches.Select(b => b.Best()).ToList();
            return picks.Any(p => p is null) ? Info.Unknown() : new Info(null, [picks.SelectMany(p => p!).ToArray()]);
        }

        /// <summary>Quantified atoms up to a '|', a ')' or the end: exact strings multiplied while they stay few.</summary>
        private Info Sequence()
        {
            var required = new List<string[]>();
            var product = new HashSet<string>(StringComparer.Ordinal) { "" };
            var exact = true;
            while (More && Peek is not ('|' or ')'))
            {
                var atom = Quantified(Atom());
                if (atom.Finite is { } f && product.Count * f.Count <= MaxFinite)
                {
                    product = product.SelectMany(p => f.Select(s => p + s)).ToHashSet(StringComparer.Ordinal);
                    continue;
                }
                exact = false;
                Flush(required, product);
                required.AddRange(atom.Required);
                if (Requirement(atom.Finite) is { } alone) required.Add(alone);
                product = new HashSet<string>(StringComparer.Ordinal) { "" };
            }
            if (exact) return new Info(product, required);
            Flush(required, product);
            return new Info(null, required);
        }

        private static void Flush(List<string[]> required, HashSet<string> product)
        {
            if (Requirement(product) is { } r) required.Add(r);
        }

        /// <summary>Applies a following quantifier: optional atoms may be empty, repeated ones are no longer exact.</summary>
        private Info Quantified(Info atom)
        {
            if (!More) return atom;
            int min;
            bool repeats;
            switch (Peek)
            {
                case '?': Position++; (min, repeats) = (0, false); break;
                case '*': Position++; (min, repeats) = (0, true); break;
                case '+': Position++; (min, repeats) = (1, true); break;
                case '{' when TryCount(out var m, out var max): (min, repeats) = (m, max != 1); break;
                default: return atom;
            }
            if (More && Peek is '?' or '+') Position++; // lazy or possessive: the same strings
            if (min == 0)
                return !repeats && atom.Finite is { } f ? new Info([.. f, ""], []) : Info.Unknown(); // what it matches, if anything, is not known
            if (!repeats) return atom;
            var kept = new List<string[]>(atom.Required);
            if (Requirement(atom.Finite) is { } once) kept.Add(once);
            return new Info(null, kept);
        }

        /// <summary>Reads "{m}", "{m,}" or "{m,n}" at the position; false (nothing read) for a literal brace.</summary>
        private bool TryCount(out int min, out int max)
        {
            (min, max) = (0, 0);
            var close = pattern.IndexOf('}', Position);
            if (close < 0) return false;
            var parts = pattern[(Position + 1)..close].Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], out min)) return false;
            if (parts.Length == 1) max = min;
            else if (parts[1].Length == 0) max = int.MaxValue;
            else if (!int.TryParse(parts[1], out max)) return false;
            Position = close + 1;
            return true;
        }

        private Info Atom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(': return Group();
                case '[': return Class();
                case '\\': return Escape();
                case '.': return Info.Unknown();
                case '^' or '$': return Info.Empty();
                default: return Info.Chars([c]);
            }
        }

        /// <summary>After '(': a lookaround is zero width (nothing required of the text it looks at); any other group is its content.</summary>
        private Info Group()
        {
            var lookaround = false;
            if (More && Peek == '?')
            {
                Position++;
                if (More && Peek is '=' or '!') (lookaround, Position) = (true, Position + 1);
                else if (More && Peek == '<' && Position + 1 < pattern.Length && pattern[Position + 1] is '=' or '!') (lookaround, Position) = (true, Position + 2);
                else if (More && Peek is '<' or '\'') Position = pattern.IndexOf(Peek == '<' ? '>' : '\'', Position + 1) + 1; // named group
                else if (More && Peek == ':') Position++;
                else if (More && Peek == '>') Position++;   // atomic group: its content
                else return GiveUp();                       // inline options (may change case), conditionals
            }
            var inner = Alternation();
            if (!More || Peek != ')') return Info.Unknown();
            Position++;
            return lookaround ? Info.Empty() : inner;
        }

        /// <summary>True once a construct was met that can change what the rest matches (inline options): nothing is derived.</summary>
        public bool GaveUp { get; private set; }

        private Info GiveUp()
        {
            GaveUp = true;
            Position = pattern.Length;
            return Info.Unknown();
        }

        /// <summary>After '[': the listed characters and ranges; a negated class or a category is unknown.</summary>
        private Info Class()
        {
            var chars = new HashSet<char>();
            var known = !(More && Peek == '^');
            if (!known) Position++;
            var first = true;
            while (More && (Peek != ']' || first))
            {
                first = false;
                if (Peek == '-' && Position + 1 < pattern.Length && pattern[Position + 1] == '[') return GiveUp(); // class subtraction
                char from;
                if (Peek == '\\')
                {
                    Position++;
                    if (!More) break;
                    var e = pattern[Position++];
                    if (e == 'd') { chars.UnionWith("0123456789"); continue; }
                    if (CodeUnit(e) is { } code) from = code;
                    else if (char.IsAsciiLetterOrDigit(e)) { known = false; SkipEscapeArgument(e); continue; }
                    else from = e;
                }
                else from = pattern[Position++];
                if (More && Peek == '-' && Position + 1 < pattern.Length && pattern[Position + 1] != ']')
                {
                    Position++;
                    var to = pattern[Position++];
                    if (to == '\\' || to - from > 64) { known = false; if (to == '\\') Position++; continue; }
                    for (var x = from; x <= to; x++) chars.Add(x);
                }
                else chars.Add(from);
            }
            if (More) Position++; // ']'
            return known && chars.Count > 0 ? Info.Chars(chars) : Info.Unknown();
        }

        /// <summary>Skips what follows an escape letter that is not a literal: "{L}" of \p, "&lt;name&gt;" of \k, a back-reference's digits.</summary>
        private void SkipEscapeArgument(char escape)
        {
            if (escape is 'p' or 'P' && More && Peek == '{') Position = pattern.IndexOf('}', Position) + 1;
            else if (escape == 'k' && More && Peek is '<' or '\'') Position = pattern.IndexOf(Peek == '<' ? '>' : '\'', Position + 1) + 1;
            else if (escape == 'c' && More) Position++;
            else if (char.IsAsciiDigit(escape)) while (More && char.IsAsciiDigit(Peek)) Position++;
            if (Position <= 0) Position = pattern.Length; // an unclosed argument: the rest is not analysed
        }

        /// <summary>The character of a \xHH or \uHHHH escape (its digits read), else null.</summary>
        private char? CodeUnit(char escape)
        {
            var digits = escape switch { 'x' => 2, 'u' => 4, _ => 0 };
            if (digits == 0 || Position + digits > pattern.Length
                || !int.TryParse(pattern.AsSpan(Position, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
                return null;
            Position += digits;
            return (char)code;
        }

        /// <summary>After '\': a digit class, an escaped literal, or something unknown (\s, \w, \p{…}, \b…).</summary>
        private Info Escape()
        {
            if (!More) return Info.Unknown();
            var e = pattern[Position++];
            if (e == 'd') return Info.Chars("0123456789");
            if (e is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G') return Info.Empty();
            if (CodeUnit(e) is { } code) return Info.Chars([code]);
            if (char.IsAsciiLetterOrDigit(e))
            {
                SkipEscapeArgument(e);
                return Info.Unknown();
            }
            return Info.Chars([e]);
        }
    }
}

/// <summary>A cue set of <see cref="RegexCues"/>, searched for in a text.</summary>
/// <remarks>
/// The strings left with a non-ASCII character after <see cref="RegexCues.Searchable"/> ("déc", "d’") are searched
/// one by one, each with the vectorized single-string search, after the ASCII ones as one set: one of them in a set
/// would send the whole set to the much slower Aho-Corasick automaton.
/// </remarks>
internal sealed class CueSet
{
    private readonly string[] _ascii;
    private readonly string[] _others;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _search;
#endif

    public CueSet(string[] strings)
    {
        Strings = strings;
        var searched = RegexCues.Searchable(strings);
        _ascii = searched.Where(s => Ascii.IsValid(s)).ToArray();
        _others = searched.Where(s => !Ascii.IsValid(s)).ToArray();
#if NET9_0_OR_GREATER
        _search = SearchValues.Create(_ascii, StringComparison.Ordinal);
#endif
    }

    /// <summary>The strings, one of which must occur.</summary>
    public IReadOnlyList<string> Strings { get; }

    /// <summary>True when <paramref name="text"/> contains one of the strings (ordinal); may also be true when it holds only a part that <see cref="RegexCues.Searchable"/> searches for.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (_ascii.Length > 0 && text.IndexOfAny(_search) >= 0) return true;
#else
        foreach (var s in _ascii)
            if (text.IndexOf(s, StringComparison.Ordinal) >= 0) return true;
#endif
        foreach (var s in _others)
            if (text.IndexOf(s, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
