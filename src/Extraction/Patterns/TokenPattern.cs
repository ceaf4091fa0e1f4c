namespace Extraction.Patterns;

/// <summary>An instruction of a compiled pattern (a small backtracking program, as regex engines compile to).</summary>
internal enum OpCode : byte
{
    /// <summary>The token at the position passes <see cref="Instruction.Predicate"/>: advance one token.</summary>
    Test,
    /// <summary>Try <see cref="Instruction.A"/> first, then <see cref="Instruction.B"/>.</summary>
    Split,
    /// <summary>Continue at <see cref="Instruction.A"/>.</summary>
    Jump,
    /// <summary>
    /// Advance over every token that passes <see cref="Instruction.Predicate"/>, to the sentence end at most, and never
    /// give any back (<c>P*+</c>): a search across a clause, linear in its length.
    /// </summary>
    Run,
    /// <summary>Record the position in capture slot <see cref="Instruction.A"/>.</summary>
    Save,
    /// <summary>The position is the first token of the sentence (<c>^</c>).</summary>
    SentenceStart,
    /// <summary>The position is past the last token of the sentence (<c>$</c>).</summary>
    SentenceEnd,
    /// <summary>A match ends here.</summary>
    Match,
}

/// <summary>One instruction: its code, two operands and, for <see cref="OpCode.Test"/>, the token predicate.</summary>
internal readonly record struct Instruction(OpCode Op, int A, int B, TokenPredicate? Predicate);

/// <summary>
/// A compiled token pattern: an immutable program of <see cref="Instruction"/>s plus its capture names. See
/// <see cref="PatternSet"/> for the syntax and the rule of which match wins.
/// </summary>
/// <remarks>Immutable; safe to share across threads. Matching keeps its state in the <see cref="PatternDocument"/>.</remarks>
internal sealed class TokenPattern
{
    /// <summary>
    /// A match spans at most this many tokens: patterns describe local constructions, and the bound keeps the cost of
    /// an attempt (and the matcher's recursion depth) independent of the sentence length on hostile input. A pattern
    /// with a possessive run (<c>P*+</c>, <see cref="ScansClause"/>) may reach the end of its sentence instead: a run
    /// neither backtracks nor recurses, so the attempt stays linear in the sentence.
    /// </summary>
    public const int MaxMatchTokens = 64;

    private readonly Instruction[] _program;

    internal TokenPattern(string name, PatternKind produces, string source, Instruction[] program, string[] captureNames, bool leftward = false)
    {
        Leftward = leftward;
        Name = name;
        Produces = produces;
        Source = source;
        _program = program;
        CaptureNames = captureNames;
        ScansClause = program.Any(i => i.Op == OpCode.Run);
        _firstTests = FirstTests(program);
    }

    // The predicates one of which the first token a match consumes must pass, when every path of the program tests a
    // token before it can match (else null): most attempts fail there, and rejecting them before an attempt's state is
    // set up is a tenth of the cost.
    private readonly TokenPredicate[]? _firstTests;

    /// <summary>The Test predicates reachable from the start without consuming a token; null when a Run or the end can be reached first.</summary>
    private static TokenPredicate[]? FirstTests(Instruction[] program)
    {
        var tests = new List<TokenPredicate>();
        var seen = new bool[program.Length];
        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.Count > 0)
        {
            var pc = pending.Pop();
            if (pc >= program.Length || seen[pc]) continue;
            seen[pc] = true;
            var instruction = program[pc];
            switch (instruction.Op)
            {
                case OpCode.Test:
                    if (!tests.Contains(instruction.Predicate!)) tests.Add(instruction.Predicate!);
                    break;
                case OpCode.Split:
                    pending.Push(instruction.B);
                    pending.Push(instruction.A);
                    break;
                case OpCode.Jump:
                    pending.Push(instruction.A);
                    break;
                case OpCode.Save or OpCode.SentenceStart:
                    pending.Push(pc + 1);
                    break;
                default: // Run (may consume nothing), SentenceEnd, Match: a match without a tested first token
                    return null;
            }
        }
        return tests.Count == 0 ? null : tests.ToArray();
    }

    /// <summary>True when the pattern has a possessive run (<c>P*+</c>), so its match may span its whole sentence.</summary>
    public bool ScansClause { get; }

    /// <summary>
    /// True for a pattern written <c>&lt; …</c>: it is matched right to left from an anchor (<see cref="MatchBefore"/>,
    /// <see cref="MatchEndingAt"/>), so that a stage finds what stands before a token ("X et Y, respectivement").
    /// </summary>
    public bool Leftward { get; }

    /// <summary>The pattern's name (unique in its file).</summary>
    public string Name { get; }

    /// <summary>What a match of this pattern stands for.</summary>
    public PatternKind Produces { get; }

    /// <summary>The pattern as written.</summary>
    public string Source { get; }

    /// <summary>Names of the captures; capture <c>k</c> uses slots <c>2k</c> (first token) and <c>2k+1</c> (end).</summary>
    public IReadOnlyList<string> CaptureNames { get; }

    /// <summary>Number of capture slots a caller passes to <see cref="MatchAt"/>.</summary>
    public int SlotCount => CaptureNames.Count * 2;

    /// <summary>Index of a capture by name, or -1.</summary>
    public int CaptureIndex(string name)
    {
        for (var k = 0; k < CaptureNames.Count; k++)
            if (CaptureNames[k] == name) return k;
        return -1;
    }

    /// <summary>
    /// The longest match starting at token <paramref name="start"/> and staying inside its sentence (and within
    /// <see cref="MaxMatchTokens"/> tokens unless <see cref="ScansClause"/>); among matches of
    /// that length, the first in priority order (greedy quantifiers, left alternative first).
    /// </summary>
    /// <param name="document">The document; its scratch buffer is used.</param>
    /// <param name="start">First token of the match.</param>
    /// <param name="captures">At least <see cref="SlotCount"/> cells; filled with token positions (-1 when a capture did not take part).</param>
    /// <returns>One past the last token of the match, or -1 when the pattern does not match at <paramref name="start"/>.</returns>
    /// <exception cref="InvalidOperationException">The pattern is <see cref="Leftward"/>.</exception>
    public int MatchAt(PatternDocument document, int start, Span<int> captures)
    {
        if (Leftward) throw new InvalidOperationException($"Pattern '{Name}' is matched leftwards: call MatchBefore or MatchEndingAt.");
        var tokens = document.Tokens;
        if ((uint)start >= (uint)tokens.Count) return -1;
        var sentence = tokens.Sentences[tokens.SentenceOf[start]];
        return Match(document, start, sentence, captures);
    }

    /// <summary>
    /// For a <see cref="Leftward"/> pattern: the longest match that ends right before token <paramref name="anchor"/>
    /// and lies in the anchor's sentence (none when the anchor opens its sentence); among matches of that length, the
    /// first in priority order, as <see cref="MatchAt"/>.
    /// </summary>
    /// <param name="document">The document; its scratch buffer is used.</param>
    /// <param name="anchor">The token the match ends before.</param>
    /// <param name="captures">At least <see cref="SlotCount"/> cells; filled as by <see cref="MatchAt"/>.</param>
    /// <returns>The first token of the match, or -1.</returns>
    /// <exception cref="InvalidOperationException">The pattern is not <see cref="Leftward"/>.</exception>
    public int MatchBefore(PatternDocument document, int anchor, Span<int> captures)
    {
        RequireLeftward();
        var tokens = document.Tokens;
        if ((uint)anchor >= (uint)tokens.Count) return -1;
        return MatchInSentence(document, anchor, tokens.Sentences[tokens.SentenceOf[anchor]], captures);
    }

    /// <summary>
    /// For a <see cref="Leftward"/> pattern: the longest match that ends at <paramref name="end"/> (one past its last
    /// token) and lies in the sentence of token <c>end - 1</c>.
    /// </summary>
    /// <returns>The first token of the match, or -1.</returns>
    /// <exception cref="InvalidOperationException">The pattern is not <see cref="Leftward"/>.</exception>
    public int MatchEndingAt(PatternDocument document, int end, Span<int> captures)
    {
        RequireLeftward();
        var tokens = document.Tokens;
        if (end <= 0 || end > tokens.Count) return -1;
        return MatchInSentence(document, end, tokens.Sentences[tokens.SentenceOf[end - 1]], captures);
    }

    private int MatchInSentence(PatternDocument document, int end, Tokenization.Sentence sentence, Span<int> captures)
    {
        if (end <= sentence.FirstToken || end > sentence.EndToken) return -1;
        return Match(document, end, sentence, captures);
    }

    private void RequireLeftward()
    {
        if (!Leftward) throw new InvalidOperationException($"Pattern '{Name}' is matched rightwards: call MatchAt.");
    }

    private int Match(PatternDocument document, int from, Tokenization.Sentence sentence, Span<int> captures)
    {
        if (_firstTests is { } tests && !FirstTokenPasses(tests, document, from, sentence))
        {
            captures.Fill(-1);
            return -1;
        }
        var run = new Run(this, document, from, sentence, captures);
        Span<int> current = stackalloc int[SlotCount];
        current.Fill(-1);
        run.Step(0, from, current);
        return run.Best;
    }

    /// <summary>Whether the token a match would consume first (at <paramref name="from"/>, or before it leftwards) is in the sentence and passes one of <paramref name="tests"/>.</summary>
    private bool FirstTokenPasses(TokenPredicate[] tests, PatternDocument document, int from, Tokenization.Sentence sentence)
    {
        var at = Leftward ? from - 1 : from;
        if (Leftward ? at < sentence.FirstToken : at >= sentence.EndToken) return false;
        foreach (var test in tests)
            if (test.Test(document, at)) return true;
        return false;
    }

    /// <summary>The state of one match attempt: the best end (or start, leftwards) so far and the (instruction, token) pairs already tried.</summary>
    private ref struct Run
    {
        private readonly TokenPattern _pattern;
        private readonly PatternDocument _document;
        private readonly int _from, _sentenceStart, _sentenceEnd, _limit, _width, _stamp;
        private readonly bool _leftward;
        private readonly int[] _visited;
        private readonly Span<int> _best;

        // from: the first token of the match, or for a leftward pattern its end
        public Run(TokenPattern pattern, PatternDocument document, int from, Tokenization.Sentence sentence, Span<int> best)
        {
            _pattern = pattern;
            _document = document;
            _leftward = pattern.Leftward;
            (_from, _sentenceStart, _sentenceEnd) = (from, sentence.FirstToken, sentence.EndToken);
            _limit = _leftward
                ? pattern.ScansClause ? sentence.FirstToken : Math.Max(sentence.FirstToken, from - MaxMatchTokens)
                : pattern.ScansClause ? sentence.EndToken : Math.Min(sentence.EndToken, from + MaxMatchTokens);
            _width = Math.Abs(_limit - from) + 1;
            _visited = document.Visited(pattern._program.Length * _width, out _stamp);
            _best = best;
            _best.Fill(-1);
            Best = -1;
        }

        /// <summary>One past the last token of the best match, or for a leftward pattern its first token; -1 for none.</summary>
        public int Best { get; private set; }

        // A state reached a second time cannot give a longer match than its first visit did, and a tie keeps the first
        // (higher priority) path: skipping it keeps the search linear in instructions × tokens.
        public void Step(int pc, int pos, scoped Span<int> captures)
        {
            while (true)
            {
                ref var seen = ref _visited[pc * _width + (_leftward ? _from - pos : pos - _from)];
                if (seen == _stamp) return;
                seen = _stamp;
                var instruction = _pattern._program[pc];
                switch (instruction.Op)
                {
                    case OpCode.Test:
                        if (_leftward)
                        {
                            if (pos <= _limit || !instruction.Predicate!.Test(_document, pos - 1)) return;
                            pos--;
                        }
                        else
                        {
                            if (pos >= _limit || !instruction.Predicate!.Test(_document, pos)) return;
                            pos++;
                        }
                        pc++; break;
                    case OpCode.Run:
                        if (_leftward)
                            while (pos > _limit && instruction.Predicate!.Test(_document, pos - 1)) pos--;
                        else
                            while (pos < _limit && instruction.Predicate!.Test(_document, pos)) pos++;
                        pc++; break;
                    case OpCode.Jump: pc = instruction.A; break;
                    case OpCode.Split:
                        Step(instruction.A, pos, captures);
                        pc = instruction.B; break;
                    case OpCode.Save:
                        var old = captures[instruction.A];
                        captures[instruction.A] = pos;
                        Step(pc + 1, pos, captures);
                        captures[instruction.A] = old;
                        return;
                    case OpCode.SentenceStart:
                        if (pos != _sentenceStart) return;
                        pc++; break;
                    case OpCode.SentenceEnd:
                        if (pos != _sentenceEnd) return;
                        pc++; break;
                    default:
                        if (Best < 0 || (_leftward ? pos < Best : pos > Best)) { Best = pos; captures.CopyTo(_best); }
                        return;
                }
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Source}";
}
