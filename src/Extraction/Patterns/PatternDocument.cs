using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Tokenization;

namespace Extraction.Patterns;

/// <summary>
/// One document as the patterns see it: the entity context plus one <see cref="TokenFlags"/> mask per token, so that
/// matching only tests bits and compares folded strings. The pipeline builds one per document (stage
/// <c>patterns</c>) and every stage that matches patterns reads it, so a token's facts are computed once for all of them.
/// </summary>
/// <remarks>
/// The span layers of later stages (people, roles, instruments: <see cref="TokenFlags.Layers"/>) are not cached
/// facts: a stage that knows them matches over <see cref="WithLayers"/>, a view that shares the computed facts.
/// The facts are computed on the first test of a token, and the lexicon lookups (<see cref="TokenFlags.Lookups"/>) only
/// when a predicate tests them: a stage that matches at a few places pays for those only. Not thread-safe: it caches
/// flags and owns the matcher's scratch buffer. Build one per document and per thread.
/// </remarks>
internal sealed class PatternDocument
{
    private readonly TokenFlags[] _flags;
    private readonly PatternLexicon _lexicon;
    private readonly TokenFlags[]? _layers;
    private readonly Scratch _scratch;

    /// <param name="context">Tokens, POS, countries, organizations and dates of the document.</param>
    /// <param name="lexicon">Honorifics, particles, non-person heads, role heads and instrument nouns.</param>
    /// <param name="personNames">Per token, true inside a person name (the <c>InName</c> layer); may be null.</param>
    public PatternDocument(EntityContext context, PatternLexicon lexicon, bool[]? personNames = null)
    {
        Context = context;
        _flags = new TokenFlags[context.Tokens.Count];
        _lexicon = lexicon;
        _scratch = new Scratch();
        if (personNames is null) return;
        _layers = new TokenFlags[_flags.Length];
        for (var i = 0; i < Math.Min(personNames.Length, _layers.Length); i++)
            if (personNames[i]) _layers[i] = TokenFlags.PersonName;
    }

    private PatternDocument(PatternDocument facts, TokenFlags[] layers)
    {
        Context = facts.Context;
        (_flags, _lexicon, _layers, _scratch) = (facts._flags, facts._lexicon, layers, facts._scratch);
    }

    /// <summary>
    /// The same document with the span layers <paramref name="layers"/> (one mask of <see cref="TokenFlags.Layers"/>
    /// bits per token, see <see cref="Mark"/>): it shares the facts computed so far and computes the rest for both.
    /// The array may be longer than the document (a pooled one): the masks past its last token are not read.
    /// </summary>
    /// <exception cref="ArgumentException">The layers are fewer than the tokens, or hold other bits than layers.</exception>
    public PatternDocument WithLayers(TokenFlags[] layers)
    {
        if (layers.Length < _flags.Length) throw new ArgumentException($"{layers.Length} layer masks for {_flags.Length} tokens.", nameof(layers));
        for (var i = 0; i < _flags.Length; i++)
            if ((layers[i] & ~TokenFlags.Layers) != 0) throw new ArgumentException($"A layer mask holds {layers[i] & ~TokenFlags.Layers}, which is no layer.", nameof(layers));
        return new PatternDocument(this, layers);
    }

    /// <summary>
    /// Marks the span [<paramref name="first"/>, <paramref name="end"/>) with <paramref name="inside"/>, its first token
    /// with <paramref name="start"/> and its last with <paramref name="last"/>.
    /// </summary>
    public static void Mark(TokenFlags[] layers, int first, int end, TokenFlags inside, TokenFlags start = TokenFlags.None, TokenFlags last = TokenFlags.None)
    {
        for (var i = first; i < end; i++) layers[i] |= inside;
        if (first >= end) return;
        layers[first] |= start;
        layers[end - 1] |= last;
    }

    /// <summary>The entity context the flags were computed from.</summary>
    public EntityContext Context { get; }

    /// <summary>The token text of the document.</summary>
    public TokenText Tokens => Context.Tokens;

    /// <summary>Every fact of token <paramref name="i"/> (for debugging and tests; a predicate asks only for what it tests).</summary>
    public TokenFlags FlagsAt(int i) => FlagsAt(i, ~TokenFlags.None);

    /// <summary>
    /// The facts of token <paramref name="i"/>, with at least the lexicon lookups of <paramref name="tested"/> done: the
    /// other lookup bits may be unset even when they hold.
    /// </summary>
    internal TokenFlags FlagsAt(int i, TokenFlags tested)
    {
        var flags = _flags[i];
        if ((flags & TokenFlags.Computed) == 0) _flags[i] = flags = Compute(Context, i) | TokenFlags.Computed;
        // A lookup is done once: its "looked" bit (shifted by LookedShift) says it was, whatever its answer.
        var missing = tested & TokenFlags.Lookups & ~(TokenFlags)((ulong)(flags & TokenFlags.Looked) >> LookedShift);
        if (missing != 0) _flags[i] = flags |= Lookup(_lexicon, Context.Tokens, i, missing) | (TokenFlags)((ulong)missing << LookedShift);
        return _layers is null ? flags : flags | _layers[i];
    }

    /// <summary>How far the "looked" bits of <see cref="TokenFlags.Looked"/> sit above the lookup bits they mark.</summary>
    private const int LookedShift = 32;

    /// <summary>
    /// A cleared-by-stamp buffer of at least <paramref name="size"/> cells and the stamp that marks a cell as visited
    /// during one match attempt: a new stamp per attempt avoids clearing the buffer.
    /// </summary>
    internal int[] Visited(int size, out int stamp)
    {
        var scratch = _scratch;
        if (scratch.Visited.Length < size || scratch.Stamp == int.MaxValue)
        {
            scratch.Visited = new int[Math.Max(size, scratch.Visited.Length * 2)];
            scratch.Stamp = 0;
        }
        stamp = ++scratch.Stamp;
        return scratch.Visited;
    }

    /// <summary>The matcher's buffer, shared by a document and its views (one thread, one attempt at a time).</summary>
    private sealed class Scratch
    {
        public int[] Visited = [];
        public int Stamp;
    }

    /// <summary>The facts of the token that need no lexicon lookup: shape and the front layers.</summary>
    private static TokenFlags Compute(EntityContext context, int i)
    {
        var flags = Shape(context.Tokens, i);
        if (context.CountryAt[i] >= 0)
            flags |= TokenFlags.Country | context.Countries[context.CountryAt[i]].Kind switch
            {
                CountryMentionKind.Name => TokenFlags.CountryName,
                CountryMentionKind.Demonym => TokenFlags.Demonym,
                CountryMentionKind.Capital => TokenFlags.Capital,
                _ => TokenFlags.None,
            };
        if (context.OrganizationAt[i] >= 0) flags |= TokenFlags.Organization;
        if (context.DateAt[i] >= 0) flags |= TokenFlags.Date;
        return flags;
    }

    /// <summary>The lexicon facts of <paramref name="wanted"/> that hold at token <paramref name="i"/>.</summary>
    private static TokenFlags Lookup(PatternLexicon words, TokenText tokens, int i, TokenFlags wanted)
    {
        var flags = TokenFlags.None;
        var folded = tokens.Folded[i];
        var lexicon = words.Lexicon;
        if ((wanted & TokenFlags.Honorific) != 0 && words.FoldedHonorifics.Contains(folded) && lexicon.Honorifics.Contains(tokens.Surface(i)))
            flags |= TokenFlags.Honorific;
        if ((wanted & TokenFlags.Particle) != 0 && lexicon.NameParticles.Contains(folded)) flags |= TokenFlags.Particle;
        if ((wanted & TokenFlags.NonPersonHead) != 0 && lexicon.NonPersonHeads.Contains(folded)) flags |= TokenFlags.NonPersonHead;
        if ((wanted & TokenFlags.RoleHead) != 0
            && lexicon.RoleHeads.Match(tokens.Folded, i, Math.Min(tokens.Count, i + lexicon.RoleHeads.MaxTokens), out _) > 0)
            flags |= TokenFlags.RoleHead;
        if ((wanted & TokenFlags.Instrument) != 0
            && lexicon.AgreementNouns.Match(tokens.Folded, i, Math.Min(tokens.Count, i + lexicon.AgreementNouns.MaxTokens), out _) > 0)
            flags |= TokenFlags.Instrument;
        if ((wanted & TokenFlags.Signing) != 0 && lexicon.AgreementCue(folded) == AgreementStatus.Signed) flags |= TokenFlags.Signing;
        return flags;
    }

    /// <summary>Kind and letter case of the token.</summary>
    private static TokenFlags Shape(TokenText tokens, int i)
    {
        var kind = tokens.Tokens[i].Kind;
        var flags = kind switch
        {
            TokenKind.Word => TokenFlags.Word,
            TokenKind.Punctuation => TokenFlags.Punct,
            TokenKind.Elision => TokenFlags.Elision,
            TokenKind.Number => TokenFlags.Number,
            _ => TokenFlags.None,
        };
        var span = tokens.Span(i);
        if (span.Length > 0 && char.IsUpper(span[0])) flags |= TokenFlags.Cap;
        if (span.Length > 0 && char.IsLower(span[0])) flags |= TokenFlags.Lower;
        if (tokens.IsAllCaps(i)) flags |= TokenFlags.AllCaps;
        if (span.Length == 2 && char.IsUpper(span[0]) && span[1] == '.') flags |= TokenFlags.Initial;
        var letters = 0;
        var lower = false;
        foreach (var c in span)
        {
            lower |= char.IsLower(c);
            if (char.IsLetter(c)) letters++;
        }
        if (letters > 0 && !lower) flags |= TokenFlags.Upper;
        return flags;
    }
}
