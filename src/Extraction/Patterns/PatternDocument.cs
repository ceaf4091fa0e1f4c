using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Tokenization;

namespace Extraction.Patterns;

/// <summary>
/// One document as the patterns see it: the entity context plus one <see cref="TokenFlags"/> mask per token,
/// computed once (on the first test of the token, so a stage that matches at a few places pays for those only) so that
/// matching only tests bits and compares folded strings.
/// </summary>
/// <remarks>Not thread-safe: it owns the matcher's scratch buffer. Build one per document and per thread.</remarks>
internal sealed class PatternDocument
{
    private readonly TokenFlags[] _flags;
    private readonly PatternLexicon _lexicon;
    private readonly bool[]? _personNames;
    private readonly TokenFlags _needed;
    private int[] _visited = [];
    private int _stamp;

    /// <param name="context">Tokens, POS, countries, organizations and dates of the document.</param>
    /// <param name="lexicon">Honorifics, particles, non-person heads, role heads and instrument nouns.</param>
    /// <param name="personNames">Per token, true inside a person name (the <c>InName</c> layer); may be null.</param>
    /// <param name="needed">Flags a pattern tests; the costly ones (<see cref="TokenFlags.Costly"/>) are left out when not needed.</param>
    public PatternDocument(EntityContext context, PatternLexicon lexicon, bool[]? personNames = null, TokenFlags needed = ~TokenFlags.None)
    {
        Context = context;
        _flags = new TokenFlags[context.Tokens.Count];
        (_lexicon, _personNames, _needed) = (lexicon, personNames, needed);
    }

    /// <summary>The entity context the flags were computed from.</summary>
    public EntityContext Context { get; }

    /// <summary>The token text of the document.</summary>
    public TokenText Tokens => Context.Tokens;

    /// <summary>The facts of token <paramref name="i"/>, computed on the first call for that token.</summary>
    public TokenFlags FlagsAt(int i)
    {
        var flags = _flags[i];
        if ((flags & TokenFlags.Computed) == 0) _flags[i] = flags = Compute(Context, _lexicon, _personNames, i, _needed) | TokenFlags.Computed;
        return flags;
    }

    /// <summary>
    /// A cleared-by-stamp buffer of at least <paramref name="size"/> cells and the stamp that marks a cell as visited
    /// during one match attempt: a new stamp per attempt avoids clearing the buffer.
    /// </summary>
    internal int[] Visited(int size, out int stamp)
    {
        if (_visited.Length < size || _stamp == int.MaxValue)
        {
            _visited = new int[Math.Max(size, _visited.Length * 2)];
            _stamp = 0;
        }
        stamp = ++_stamp;
        return _visited;
    }

    private static TokenFlags Compute(EntityContext context, PatternLexicon words, bool[]? personNames, int i, TokenFlags needed)
    {
        var tokens = context.Tokens;
        var flags = Shape(tokens, i);
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
        if (personNames is not null && i < personNames.Length && personNames[i]) flags |= TokenFlags.PersonName;
        var folded = tokens.Folded[i];
        var lexicon = words.Lexicon;
        if ((needed & TokenFlags.Honorific) != 0 && words.FoldedHonorifics.Contains(folded) && lexicon.Honorifics.Contains(tokens.Surface(i)))
            flags |= TokenFlags.Honorific;
        if ((needed & TokenFlags.Particle) != 0 && lexicon.NameParticles.Contains(folded)) flags |= TokenFlags.Particle;
        if ((needed & TokenFlags.NonPersonHead) != 0 && lexicon.NonPersonHeads.Contains(folded)) flags |= TokenFlags.NonPersonHead;
        if ((needed & TokenFlags.RoleHead) != 0
            && lexicon.RoleHeads.Match(tokens.Folded, i, Math.Min(tokens.Count, i + lexicon.RoleHeads.MaxTokens), out _) > 0)
            flags |= TokenFlags.RoleHead;
        if ((needed & TokenFlags.Instrument) != 0
            && lexicon.AgreementNouns.Match(tokens.Folded, i, Math.Min(tokens.Count, i + lexicon.AgreementNouns.MaxTokens), out _) > 0)
            flags |= TokenFlags.Instrument;
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
