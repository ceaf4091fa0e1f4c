namespace Extraction.Patterns;

/// <summary>The kinds of lexeme of the pattern syntax.</summary>
internal enum LexemeKind : byte
{
    /// <summary><c>(</c> or <c>(?&lt;name&gt;</c>.</summary>
    Open,
    /// <summary><c>)</c>, maybe with a quantifier.</summary>
    Close,
    /// <summary>A lone <c>|</c>: the next alternative of the group.</summary>
    Bar,
    /// <summary><c>^</c>, the sentence start.</summary>
    Start,
    /// <summary><c>$</c>, the sentence end.</summary>
    End,
    /// <summary>A token predicate, maybe with a quantifier.</summary>
    Word,
}

/// <summary>One term of a predicate as written: its text, whether it is negated, and whether it had an escape (then it is a literal).</summary>
internal readonly record struct RawTerm(string Text, bool Negated, bool Escaped);

/// <summary>A lexeme: its kind, column (1-based), capture name, quantifier bounds and, for a word, its terms.</summary>
internal sealed record Lexeme(LexemeKind Kind, int Column, string Source, string? Name = null, int Min = 1, int Max = 1,
    IReadOnlyList<IReadOnlyList<RawTerm>>? Terms = null);

/// <summary>
/// Splits a pattern into lexemes. Whitespace separates pattern tokens; inside a predicate <c>|</c> and <c>&amp;</c>
/// join terms and <c>!</c> negates one; <c>\</c> escapes the next character (a literal <c>\(</c>, <c>\?</c>).
/// </summary>
internal static class PatternLexer
{
    /// <summary>Unbounded repetition.</summary>
    public const int Unbounded = int.MaxValue;

    /// <summary>The maximum of a possessive run (<c>*+</c>): every following token that passes, never fewer.</summary>
    public const int Possessive = -1;

    /// <summary>The lexemes of <paramref name="pattern"/>.</summary>
    /// <exception cref="FormatException">A bad quantifier or capture name, with its column.</exception>
    public static List<Lexeme> Lex(string pattern)
    {
        var lexemes = new List<Lexeme>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') lexemes.Add(Open(pattern, ref i));
            else if (c == ')')
            {
                i++;
                var (min, max) = Quantifier(pattern, ref i, column);
                lexemes.Add(new Lexeme(LexemeKind.Close, column, ")", Min: min, Max: max));
            }
            else if (c is '|' or '^' or '$' && IsLone(pattern, i))
            {
                lexemes.Add(new Lexeme(c == '|' ? LexemeKind.Bar : c == '^' ? LexemeKind.Start : LexemeKind.End, column, c.ToString()));
                i++;
            }
            else lexemes.Add(Word(pattern, ref i));
        }
        return lexemes;
    }

    private static bool IsLone(string pattern, int i) => i + 1 == pattern.Length || char.IsWhiteSpace(pattern[i + 1]) || pattern[i + 1] == ')';

    private static Lexeme Open(string pattern, ref int i)
    {
        var column = i + 1;
        i++;
        if (i + 1 >= pattern.Length || pattern[i] != '?' || pattern[i + 1] != '<') return new Lexeme(LexemeKind.Open, column, "(");
        var close = pattern.IndexOf('>', i);
        var name = close < 0 ? "" : pattern[(i + 2)..close];
        if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
            throw new FormatException($"column {column}: bad capture name (write (?<name> with lowercase letters, digits and '-')");
        i = close + 1;
        return new Lexeme(LexemeKind.Open, column, $"(?<{name}>", Name: name);
    }

    /// <summary>A predicate: terms split on unescaped <c>|</c> (alternatives) and <c>&amp;</c> (conjunction), then its quantifier.</summary>
    private static Lexeme Word(string pattern, ref int i)
    {
        var column = i + 1;
        var alternatives = new List<IReadOnlyList<RawTerm>>();
        var conjunction = new List<RawTerm>();
        var text = new System.Text.StringBuilder();
        bool negated = false, escaped = false;
        void EndTerm()
        {
            if (text.Length == 0) throw new FormatException($"column {column}: empty term (nothing around '|', '&' or '!')");
            conjunction.Add(new RawTerm(text.ToString(), negated, escaped));
            text.Clear();
            negated = escaped = false;
        }
        while (i < pattern.Length && !char.IsWhiteSpace(pattern[i]) && pattern[i] is not ('(' or ')'))
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length) { text.Append(pattern[i + 1]); escaped = true; i += 2; continue; }
            if (c is '?' or '+' or '*' or '{') break;
            if (c == '!' && text.Length == 0 && !negated) negated = true;
            else if (c is '|' or '&')
            {
                EndTerm();
                if (c == '|') { alternatives.Add(conjunction); conjunction = []; }
            }
            else text.Append(c);
            i++;
        }
        EndTerm();
        alternatives.Add(conjunction);
        var source = pattern[(column - 1)..i];
        var (min, max) = Quantifier(pattern, ref i, column);
        return new Lexeme(LexemeKind.Word, column, source, Min: min, Max: max, Terms: alternatives);
    }

    /// <summary>Reads <c>? + * *+ {m} {m,} {m,n}</c> at <paramref name="i"/>, if any; (1, 1) when there is none.</summary>
    private static (int Min, int Max) Quantifier(string pattern, ref int i, int column)
    {
        if (i >= pattern.Length) return (1, 1);
        switch (pattern[i])
        {
            case '?': i++; return (0, 1);
            case '+': i++; return (1, Unbounded);
            case '*' when i + 1 < pattern.Length && pattern[i + 1] == '+': i += 2; return (0, Possessive);
            case '*': i++; return (0, Unbounded);
            case '{': break;
            default: return (1, 1);
        }
        var close = pattern.IndexOf('}', i);
        var written = close < 0 ? pattern[i..] : pattern[i..(close + 1)];
        var parts = close < 0 ? [] : pattern[(i + 1)..close].Split(',');
        int min = 0, upper = 0;
        var ok = parts.Length is 1 or 2 && Bound(parts[0], out min)
            && (parts.Length == 1 ? (upper = min) >= 0 : parts[1].Length == 0 ? (upper = Unbounded) > 0 : Bound(parts[1], out upper));
        if (!ok) throw new FormatException($"column {column}: bad quantifier '{written}'");
        if (upper < min || upper == 0)
            throw new FormatException($"column {column}: bad quantifier '{written}' (need m <= n and n >= 1)");
        i = close + 1;
        return (min, upper);
    }

    private static bool Bound(string text, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
}
