using System.Collections.Frozen;
using Extraction.Tagging;

namespace Extraction.Patterns;

/// <summary>What one term of a token predicate tests.</summary>
internal enum TermKind : byte
{
    /// <summary>Every bit of a <see cref="TokenFlags"/> mask is set (<c>Cap</c>, <c>Country</c>…); an empty mask is <c>_</c>, any token.</summary>
    Flags,
    /// <summary>The folded form equals a literal (<c>signé</c>).</summary>
    Form,
    /// <summary>The folded form is in a word set (<c>@signing-participles</c>).</summary>
    Set,
    /// <summary>The tagger's universal POS tag (<c>POS=PROPN</c>).</summary>
    Pos,
}

/// <summary>One test on one token, possibly negated (<c>!Cap</c>).</summary>
internal readonly record struct PredicateTerm(TermKind Kind, bool Negated, TokenFlags Mask, string? Form, FrozenSet<string>? Set, UposTag Pos)
{
    /// <summary>True when the token at <paramref name="i"/> passes the test.</summary>
    public bool Test(PatternDocument document, int i)
    {
        var result = Kind switch
        {
            TermKind.Flags => (document.FlagsAt(i, Mask) & Mask) == Mask,
            TermKind.Form => string.Equals(document.Tokens.Folded[i], Form, StringComparison.Ordinal),
            TermKind.Set => Set!.Contains(document.Tokens.Folded[i]),
            _ => document.Context.Pos[i] == Pos,
        };
        return result != Negated;
    }
}

/// <summary>
/// The test of one pattern position: alternatives (<c>|</c>) of conjunctions (<c>&amp;</c>) of terms, so
/// <c>signé|signée</c> and <c>Cap&amp;!Honorific</c>. Immutable; evaluation allocates nothing.
/// </summary>
internal sealed class TokenPredicate
{
    private readonly PredicateTerm[][] _anyOf;

    /// <param name="anyOf">The alternatives; each is a conjunction of terms.</param>
    /// <param name="source">The predicate as written, for messages and <c>Explain</c>.</param>
    public TokenPredicate(PredicateTerm[][] anyOf, string source)
    {
        _anyOf = anyOf;
        Source = source;
    }

    /// <summary>The predicate as written in the pattern.</summary>
    public string Source { get; }

    /// <summary>True when the token at <paramref name="i"/> passes one of the alternatives.</summary>
    public bool Test(PatternDocument document, int i)
    {
        foreach (var all in _anyOf)
        {
            var ok = true;
            foreach (var term in all)
                if (!term.Test(document, i)) { ok = false; break; }
            if (ok) return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Source;
}
