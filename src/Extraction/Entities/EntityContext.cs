using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Entities;

/// <summary>A country reference found by the gazetteer, with the tokens it covers.</summary>
internal sealed record CountryRef(int FirstToken, int EndToken, string Code, CountryMentionKind Kind, IReadOnlyList<string> Alternatives);

/// <summary>An organization reference found by the gazetteer.</summary>
internal sealed record OrganizationRef(int FirstToken, int EndToken, string Name, string? Acronym, string? Country, string Type);

/// <summary>
/// Everything the entity rules read about one document: tokens, and which tokens are country, organization and
/// date references. The view of the front layers of an <see cref="Document.ExtractionDocument"/>, built once per
/// document by its <c>context</c> stage; read-only afterwards.
/// </summary>
internal sealed class EntityContext
{
    public EntityContext(TokenText tokens, IReadOnlyList<CountryRef> countries, IReadOnlyList<OrganizationRef> organizations,
        IReadOnlyList<DateRef> dates, Tagging.UposTag[] pos)
    {
        Tokens = tokens;
        Countries = countries;
        Organizations = organizations;
        Dates = dates;
        CountryAt = Fill(tokens.Count, countries.Select(c => (c.FirstToken, c.EndToken)));
        OrganizationAt = Fill(tokens.Count, organizations.Select(o => (o.FirstToken, o.EndToken)));
        DateAt = Fill(tokens.Count, dates.Select(d => (d.FirstToken, d.EndToken)));
        Pos = pos;
    }

    public TokenText Tokens { get; }

    public IReadOnlyList<CountryRef> Countries { get; }

    public IReadOnlyList<OrganizationRef> Organizations { get; }

    public IReadOnlyList<DateRef> Dates { get; }

    /// <summary>Index into <see cref="Countries"/> of the reference covering each token, or -1.</summary>
    public int[] CountryAt { get; }

    /// <summary>Index into <see cref="Organizations"/> of the reference covering each token, or -1.</summary>
    public int[] OrganizationAt { get; }

    /// <summary>Index into <see cref="Dates"/> of the date covering each token, or -1.</summary>
    public int[] DateAt { get; }

    /// <summary>Universal POS tag of each token.</summary>
    public Tagging.UposTag[] Pos { get; }

    /// <summary>True when the tagger reads the token as a verb or auxiliary.</summary>
    public bool IsVerb(int token) => (uint)token < (uint)Pos.Length && Pos[token] is Tagging.UposTag.VERB or Tagging.UposTag.AUX;

    public CountryRef? CountryStartingAt(int token) =>
        (uint)token < (uint)CountryAt.Length && CountryAt[token] >= 0 && Countries[CountryAt[token]].FirstToken == token
            ? Countries[CountryAt[token]] : null;

    public OrganizationRef? OrganizationStartingAt(int token) =>
        (uint)token < (uint)OrganizationAt.Length && OrganizationAt[token] >= 0 && Organizations[OrganizationAt[token]].FirstToken == token
            ? Organizations[OrganizationAt[token]] : null;

    /// <summary>True when the token is a lowercase nationality adjective ("marocain", "israéliennes").</summary>
    public bool IsDemonymAdjective(int token) =>
        (uint)token < (uint)CountryAt.Length && CountryAt[token] >= 0
        && Countries[CountryAt[token]].Kind == CountryMentionKind.Demonym && !Tokens.IsCapitalized(token);

    /// <summary>True when the token is a capitalized demonym noun ("le Gambien", "les Marocains").</summary>
    public bool IsCapitalizedDemonym(int token) =>
        (uint)token < (uint)CountryAt.Length && CountryAt[token] >= 0
        && Countries[CountryAt[token]].Kind == CountryMentionKind.Demonym && Tokens.IsCapitalized(token);

    private static int[] Fill(int count, IEnumerable<(int First, int End)> ranges)
    {
        var at = new int[count];
        Array.Fill(at, -1);
        var index = 0;
        foreach (var (first, end) in ranges)
        {
            for (var i = first; i < end && i < count; i++) at[i] = index;
            index++;
        }
        return at;
    }
}

/// <summary>A resolved date expression with the tokens it covers.</summary>
internal sealed record DateRef(int FirstToken, int EndToken, Temporal.PartialDate? Value, DateModifier? Modifier, Text.TextSpan Span);
