using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Extraction.Tests.Robustness;

/// <summary>
/// No regular expression in the library may backtrack without bound: each one reachable from the library's
/// static state must use <see cref="RegexOptions.NonBacktracking"/> or carry a match timeout, and each must get
/// through adversarial input quickly.
/// </summary>
public sealed class RegexSafetyTests
{
    private static readonly Assembly Library = typeof(FrenchNewsExtractor).Assembly;

    /// <summary>Classic catastrophic-backtracking triggers: long runs that almost match, then fail at the end.</summary>
    public static IEnumerable<TestCaseData> AdversarialInputs()
    {
        yield return Case("a_run_then_bang", new string('a', 50_000) + "!");
        yield return Case("digit_run_then_letter", new string('1', 50_000) + "x");
        yield return Case("spaced_words_then_bang", string.Concat(Enumerable.Repeat("Jean ", 20_000)) + "!");
        yield return Case("capitalised_initials", string.Concat(Enumerable.Repeat("M. J. ", 20_000)) + "x");
        yield return Case("month_names_without_year", string.Concat(Enumerable.Repeat("le 12 janvier, ", 10_000)));
        yield return Case("iso_date_fragments", string.Concat(Enumerable.Repeat("2021-", 20_000)));
        yield return Case("nested_parentheses", new string('(', 30_000) + new string(')', 29_999));
        yield return Case("email_like", string.Concat(Enumerable.Repeat("a.", 30_000)) + "@");
        yield return Case("url_like", "http://" + string.Concat(Enumerable.Repeat("a/", 30_000)) + " ");
        yield return Case("hyphen_runs", string.Concat(Enumerable.Repeat("a-", 30_000)) + "-");
        yield return Case("apostrophe_runs", string.Concat(Enumerable.Repeat("l'", 30_000)) + "'");
        yield return Case("whitespace_runs", new string(' ', 50_000) + "x" + new string('\t', 50_000));
    }

    [Test]
    public void Every_library_regex_is_non_backtracking_or_has_a_timeout()
    {
        // Vacuous while the pipeline uses no regex; it guards every regex added later.
        var regexes = RegexScanner.Find(Library.GetTypes(), Library);
        var unsafeOnes = regexes.Where(r => !RegexScanner.IsBounded(r.Regex)).Select(r => $"{r.Where}: /{r.Regex}/").ToList();
        Assert.That(unsafeOnes, Is.Empty, "use RegexOptions.NonBacktracking or a match timeout:\n" + string.Join("\n", unsafeOnes));
    }

    [Test]
    public void Scanner_finds_regexes_in_fields_properties_generated_methods_and_nested_objects()
    {
        var found = RegexScanner.Find([typeof(RegexFixture)], typeof(RegexFixture).Assembly);
        Assert.That(found.Select(f => f.Regex.ToString()), Is.EquivalentTo(new[] { "a+b", "(a+)+c", "x*y", "n+m", "(q+)+r", "g+h" }));
        Assert.That(found.Where(f => !RegexScanner.IsBounded(f.Regex)).Select(f => f.Regex.ToString()),
            Is.EquivalentTo(new[] { "(a+)+c", "(q+)+r" }));
    }

    [TestCaseSource(nameof(AdversarialInputs))]
    public void Every_library_regex_gets_through_adversarial_input(string input)
    {
        foreach (var (where, regex) in RegexScanner.Find(Library.GetTypes(), Library))
        {
            TimeLimit.Run(() =>
            {
                try { return regex.Count(input); }
                catch (RegexMatchTimeoutException) { return -1; } // bounded: the timeout did its job
            }, TimeSpan.FromSeconds(10), $"{where}: /{regex}/");
        }
    }

    [TestCaseSource(nameof(AdversarialInputs))]
    public void Whole_pipeline_gets_through_adversarial_input(string input)
    {
        var result = TimeLimit.Run(() => FrenchNewsExtractor.Shared.Extract(input), TimeLimit.PerDocument, "Extract");
        Assert.That(ResultInvariants.Check(input, result), Is.Empty);
    }

    [Test]
    public void Every_regex_in_the_library_source_is_non_backtracking_or_has_a_timeout()
    {
        // Complements the reflection scan: catches regexes built inside methods and static Regex.* calls.
        var source = Path.Combine(Support.RepoPaths.Root, "src", "Extraction");
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RegexSourceScanner.UnboundedUses(File.ReadAllText(f)).Select(u => $"{Path.GetRelativePath(source, f)}: {u}"))
            .ToList();
        Assert.That(offenders, Is.Empty, "use RegexOptions.NonBacktracking or a match timeout:\n" + string.Join("\n", offenders));
    }

    [TestCase("var r = new Regex(\"a+\");", 1)]
    [TestCase("var r = new Regex(\"a+\", RegexOptions.NonBacktracking);", 0)]
    [TestCase("var r = new Regex(\"a+\", RegexOptions.None, TimeSpan.FromSeconds(1));", 0)]
    [TestCase("var r = new Regex(\"a+\", RegexOptions.None, MatchTimeout);", 0)]
    [TestCase("Regex.IsMatch(text, \"(a+)+$\")", 1)]
    [TestCase("Regex.Replace(text, \"a\", \"b\", RegexOptions.None, Timeout)", 0)]
    [TestCase("[GeneratedRegex(\"a+\")] private static partial Regex A();", 1)]
    [TestCase("[GeneratedRegex(\"a+\", RegexOptions.IgnoreCase, 1000)] private static partial Regex A();", 0)]
    [TestCase("[GeneratedRegex(\"a(b)+\", RegexOptions.None, matchTimeoutMilliseconds: 500)]", 0)]
    [TestCase("Regex regex = new(\"x\");", 1)]
    [TestCase("// Regex is not used here; Regex.Escape(text) is harmless", 0)]
    [TestCase("private static readonly Regex Dates = new(\"[0-9]+\");", 1)]
    [TestCase("var m = pattern.Regex.Match(text, 0, 4);", 0)]
    [TestCase("private static Regex Dates { get; } = new(\"[0-9]+\", RegexOptions.NonBacktracking);", 0)]
    [TestCase("private static Regex? Dates { get; } = new(\"[0-9]+\");", 1)]
    public void Source_scanner_flags_unbounded_regexes(string code, int expected)
    {
        Assert.That(RegexSourceScanner.UnboundedUses(code), Has.Count.EqualTo(expected));
    }

    private static TestCaseData Case(string name, string text) => new TestCaseData(text).SetArgDisplayNames(name);
}

/// <summary>Finds regex constructions and static regex calls in C# source that carry neither NonBacktracking nor a timeout.</summary>
internal static class RegexSourceScanner
{
    // Where a regex is built or a static Regex method is called; each match ends at the argument list's "(".
    private static readonly Regex Opener = new(
        @"new\s+Regex\s*\(|\bRegex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(|\[GeneratedRegex\s*\(|\bRegex\??\s+\w+\s*(?:\{\s*get;\s*(?:init;\s*)?\}\s*)?=\s*new\s*\(",
        RegexOptions.NonBacktracking);

    public static List<string> UnboundedUses(string code)
    {
        var found = new List<string>();
        foreach (Match m in Opener.Matches(code))
        {
            var lineStart = code.LastIndexOf('\n', m.Index) + 1;
            if (code.AsSpan(lineStart, m.Index - lineStart).TrimStart().StartsWith("//")) continue;
            if (m.Index > 0 && code[m.Index - 1] == '.') continue; // "pattern.Regex.Match(...)": an instance call on a property named Regex
            var open = m.Index + m.Length - 1;
            var arguments = Arguments(code, open);
            var bounded = m.Value.StartsWith('[') ? GeneratedIsBounded(arguments) : IsBounded(arguments);
            if (!bounded) found.Add(code.Substring(m.Index, Math.Min(120, Math.Min(code.Length, open + arguments.Length + 2) - m.Index)));
        }
        return found;
    }

    private static bool IsBounded(string arguments) =>
        arguments.Contains("NonBacktracking", StringComparison.Ordinal) ||
        arguments.Contains("TimeSpan", StringComparison.Ordinal) ||
        arguments.Contains("Timeout", StringComparison.OrdinalIgnoreCase);

    // [GeneratedRegex(pattern, options, timeoutMs)]: a third positional argument or a named timeout.
    private static bool GeneratedIsBounded(string arguments) =>
        IsBounded(arguments) || TopLevelCommas(arguments) >= 2;

    private static string Arguments(string code, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < code.Length; i++)
        {
            var c = code[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return code.Substring(open + 1, i - open - 1);
        }
        return code[(open + 1)..];
    }

    private static int TopLevelCommas(string arguments)
    {
        var depth = 0;
        var inString = false;
        var commas = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0) commas++;
        }
        return commas;
    }
}

/// <summary>Finds <see cref="Regex"/> objects reachable from the static members of some types.</summary>
internal static class RegexScanner
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static bool IsBounded(Regex regex) =>
        (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout != Regex.InfiniteMatchTimeout;

    /// <summary>
    /// Regexes in static fields, static properties and parameterless static methods (<c>[GeneratedRegex]</c>) of
    /// <paramref name="types"/>, and in the fields of objects of <paramref name="home"/> reachable from them
    /// (collections and <see cref="Lazy{T}"/> included), a few levels deep.
    /// </summary>
    public static List<(string Where, Regex Regex)> Find(IEnumerable<Type> types, Assembly home)
    {
        var found = new List<(string, Regex)>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var type in types)
        {
            if (type.ContainsGenericParameters) continue;
            foreach (var f in type.GetFields(Static))
                Visit(Read(() => f.GetValue(null)), $"{type.FullName}.{f.Name}", 0);
            foreach (var p in type.GetProperties(Static))
                if (p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                    Visit(Read(() => p.GetValue(null)), $"{type.FullName}.{p.Name}", 0);
            foreach (var m in type.GetMethods(Static))
                if (m.GetParameters().Length == 0 && !m.ContainsGenericParameters && typeof(Regex).IsAssignableFrom(m.ReturnType) && !m.IsSpecialName)
                    Visit(Read(() => m.Invoke(null, null)), $"{type.FullName}.{m.Name}()", 0);
        }
        return found;

        void Visit(object? value, string where, int depth)
        {
            if (value is null || depth > 5 || value is string || value.GetType().IsPrimitive) return;
            if (!value.GetType().IsValueType && !seen.Add(value)) return;
            switch (value)
            {
                case Regex regex:
                    found.Add((where, regex));
                    return;
                case Lazy<Regex> lazy:
                    Visit(lazy.Value, where + ".Value", depth + 1);
                    return;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (i++ > 100_000) break;
                        if (item is Regex || (item is not null && (item.GetType().Assembly == home || item is IEnumerable)))
                            Visit(item, $"{where}[{i - 1}]", depth + 1);
                    }
                    return;
            }
            var t = value.GetType();
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Lazy<>))
            {
                Visit(Read(() => t.GetProperty("Value")!.GetValue(value)), where + ".Value", depth + 1);
                return;
            }
            if (t.Assembly != home) return;
            for (var c = t; c is not null && c.Assembly == home; c = c.BaseType)
                foreach (var f in c.GetFields(Instance | BindingFlags.DeclaredOnly))
                    Visit(Read(() => f.GetValue(value)), $"{where}.{f.Name}", depth + 1);
        }
    }

    private static object? Read(Func<object?> read)
    {
        try { return read(); }
        catch (TargetInvocationException) { return null; } // a member that cannot be read here holds no regex we can test
    }
}

/// <summary>Regexes in every place the scanner must look, two of them unbounded.</summary>
internal static partial class RegexFixture
{
    private static readonly Regex BoundedField = new("a+b", RegexOptions.NonBacktracking);

    private static readonly Regex UnboundedField = new("(a+)+c");

    private static Regex TimedProperty { get; } = new("x*y", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly Holder Nested = new([new Regex("n+m", RegexOptions.NonBacktracking)], new Lazy<Regex>(() => new Regex("(q+)+r")));

    [GeneratedRegex("g+h", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Generated();

    /// <summary>Keeps the private members used so the compiler does not warn.</summary>
    public static int Count() => BoundedField.GetHashCode() ^ UnboundedField.GetHashCode() ^ TimedProperty.GetHashCode() ^ Nested.GetHashCode() ^ Generated().GetHashCode();

    private sealed class Holder(Regex[] regexes, Lazy<Regex> lazy)
    {
        private readonly Regex[] _regexes = regexes;
        private readonly Lazy<Regex> _lazy = lazy;

        public override int GetHashCode() => _regexes.Length ^ _lazy.GetHashCode();

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    }
}
