using System.Collections.Frozen;
using Extraction.Entities;
using Extraction.Tagging;

namespace Extraction.Patterns;

/// <summary>
/// Compiles the text of a pattern (syntax: see <see cref="PatternSet"/>) into a <see cref="TokenPattern"/>: parses the
/// lexemes into a tree, then emits a program of <see cref="Instruction"/>s. Word sets are resolved here, once.
/// </summary>
/// <remarks>Stateless between calls apart from the word-set resolver; a new instance per pattern is cheap.</remarks>
internal sealed class PatternCompiler
{
    private static readonly FrozenDictionary<string, TokenFlags> Keywords = new Dictionary<string, TokenFlags>(StringComparer.Ordinal)
    {
        ["Word"] = TokenFlags.Word, ["Punct"] = TokenFlags.Punct, ["Cap"] = TokenFlags.Cap, ["ALLCAPS"] = TokenFlags.AllCaps,
        ["Upper"] = TokenFlags.Upper, ["Lower"] = TokenFlags.Lower, ["Initial"] = TokenFlags.Initial,
        ["Elision"] = TokenFlags.Elision, ["Number"] = TokenFlags.Number, ["Country"] = TokenFlags.Country,
        ["CountryName"] = TokenFlags.CountryName, ["Demonym"] = TokenFlags.Demonym, ["Capital"] = TokenFlags.Capital,
        ["Org"] = TokenFlags.Organization, ["InDate"] = TokenFlags.Date, ["InName"] = TokenFlags.PersonName,
        ["RoleHead"] = TokenFlags.RoleHead, ["Instrument"] = TokenFlags.Instrument, ["Honorific"] = TokenFlags.Honorific,
        ["Particle"] = TokenFlags.Particle, ["NonPersonHead"] = TokenFlags.NonPersonHead, ["Signing"] = TokenFlags.Signing,
        ["InPerson"] = TokenFlags.InPerson, ["PersonStart"] = TokenFlags.PersonStart, ["InRole"] = TokenFlags.InRole,
        ["InAgreement"] = TokenFlags.InAgreement, ["RoleStart"] = TokenFlags.RoleStart, ["PersonEnd"] = TokenFlags.PersonEnd,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Func<string, FrozenSet<string>?> _sets;
    private readonly List<string> _captures = [];
    private List<Lexeme> _lexemes = [];
    private int _next;

    /// <param name="sets">Resolves a word-set name (without <c>@</c>) to its set, or null when there is none.</param>
    public PatternCompiler(Func<string, FrozenSet<string>?> sets) => _sets = sets;

    /// <summary>Compiles one pattern.</summary>
    /// <exception cref="FormatException">The pattern is malformed; the message names the column and the reason.</exception>
    public TokenPattern Compile(string name, PatternKind produces, string source)
    {
        _captures.Clear();
        // "< …": matched right to left from an anchor; the marker becomes a space so that columns stay those written
        var leftward = source.Length > 1 && source[0] == '<' && char.IsWhiteSpace(source[1]);
        _lexemes = PatternLexer.Lex(leftward ? " " + source[1..] : source);
        _next = 0;
        var tree = Alternatives();
        if (_next < _lexemes.Count)
            throw new FormatException($"column {_lexemes[_next].Column}: unbalanced parenthesis: ')' has no '('");
        if (tree.CanBeEmpty) throw new FormatException("the pattern can match no token; it needs at least one token that is not optional");
        var program = new List<Instruction>();
        tree.Emit(program, leftward);
        program.Add(new Instruction(OpCode.Match, 0, 0, null));
        return new TokenPattern(name, produces, source, program.ToArray(), _captures.ToArray(), leftward);
    }

    private Node Alternatives()
    {
        var options = new List<Node> { Sequence() };
        while (_next < _lexemes.Count && _lexemes[_next].Kind == LexemeKind.Bar)
        {
            _next++;
            options.Add(Sequence());
        }
        return options.Count == 1 ? options[0] : new AltNode(options);
    }

    private Node Sequence()
    {
        var items = new List<Node>();
        while (_next < _lexemes.Count && _lexemes[_next].Kind is not (LexemeKind.Bar or LexemeKind.Close)) items.Add(Item());
        if (items.Count == 0)
        {
            var column = _next < _lexemes.Count ? _lexemes[_next].Column : 0;
            throw new FormatException($"column {column}: empty sequence (nothing before '|' or ')', or an empty pattern)");
        }
        return items.Count == 1 ? items[0] : new SeqNode(items);
    }

    private Node Item()
    {
        var lexeme = _lexemes[_next++];
        switch (lexeme.Kind)
        {
            case LexemeKind.Start: return new AssertNode(OpCode.SentenceStart);
            case LexemeKind.End: return new AssertNode(OpCode.SentenceEnd);
            case LexemeKind.Word: return Quantified(new TestNode(Predicate(lexeme)), lexeme);
        }
        var slot = -1;
        if (lexeme.Name is not null)
        {
            if (_captures.Contains(lexeme.Name)) throw new FormatException($"column {lexeme.Column}: capture '{lexeme.Name}' defined twice");
            slot = _captures.Count;
            _captures.Add(lexeme.Name);
        }
        var inner = Alternatives();
        if (_next >= _lexemes.Count) throw new FormatException($"column {lexeme.Column}: unbalanced parenthesis: '(' is not closed");
        var close = _lexemes[_next++];
        return Quantified(slot >= 0 ? new CaptureNode(slot, inner) : inner, close);
    }

    private static Node Quantified(Node node, Lexeme lexeme) => lexeme switch
    {
        { Min: 1, Max: 1 } => node,
        { Max: PatternLexer.Possessive } => node is TestNode test
            ? new RunNode(test.Predicate)
            : throw new FormatException($"column {lexeme.Column}: '*+' (a possessive run) follows one token predicate, not a group"),
        _ => new RepeatNode(node, lexeme.Min, lexeme.Max),
    };

    private TokenPredicate Predicate(Lexeme lexeme)
    {
        var anyOf = lexeme.Terms!.Select(all => all.Select(t => Term(t, lexeme.Column)).ToArray()).ToArray();
        return new TokenPredicate(anyOf, lexeme.Source);
    }

    private PredicateTerm Term(RawTerm raw, int column)
    {
        var text = raw.Text;
        if (raw.Escaped) return new PredicateTerm(TermKind.Form, raw.Negated, 0, TokenText.Fold(text), null, default);
        if (text == "_") return new PredicateTerm(TermKind.Flags, raw.Negated, TokenFlags.None, null, null, default);
        if (text[0] == '@')
            return _sets(text[1..]) is { } set
                ? new PredicateTerm(TermKind.Set, raw.Negated, 0, null, set, default)
                : throw new FormatException($"column {column}: unknown word set '{text}'");
        if (text.StartsWith("POS=", StringComparison.Ordinal))
            return Enum.TryParse<UposTag>(text[4..], ignoreCase: false, out var tag) && Enum.IsDefined(tag) && !char.IsAsciiDigit(text[4])
                ? new PredicateTerm(TermKind.Pos, raw.Negated, 0, null, null, tag)
                : throw new FormatException($"column {column}: unknown POS tag '{text[4..]}'");
        if (char.IsUpper(text[0]))
            return Keywords.TryGetValue(text, out var flag)
                ? new PredicateTerm(TermKind.Flags, raw.Negated, flag, null, null, default)
                : throw new FormatException($"column {column}: unknown predicate '{text}' (keywords: {string.Join(", ", Keywords.Keys.Order(StringComparer.Ordinal))})");
        if (text != TokenText.Fold(text)) throw new FormatException($"column {column}: literal '{text}' is not folded (write it lowercase)");
        return new PredicateTerm(TermKind.Form, raw.Negated, 0, text, null, default);
    }
}
