namespace Extraction.Entities;

/// <summary>A role attached to a person, as the rules resolved it.</summary>
/// <param name="Role">The role phrase.</param>
/// <param name="Title">Title to report (singular, without adjective), or null for a bare homologue.</param>
/// <param name="Country">Country of this role, or null.</param>
internal sealed record LinkedRole(RoleMention Role, string? Title, string? Country);

/// <summary>
/// One person of a document while the rules run: its name mentions, linked roles and inferred country.
/// Built and completed inside one <c>Extract</c> call, then turned into an immutable <see cref="Records.Person"/>.
/// </summary>
internal sealed class PersonEntity
{
    public PersonEntity(NameMention first) => Mentions.Add(first);

    public List<NameMention> Mentions { get; } = [];

    public List<LinkedRole> Roles { get; } = [];

    /// <summary>The person this one is "son homologue" of, with the adjective countries of that phrase.</summary>
    public PersonEntity? HomologueOf { get; set; }

    public IReadOnlyList<string> HomologueCountries { get; set; } = [];

    /// <summary>Country stated by a capitalized demonym before the name ("le Gambien X") or "la partie marocaine".</summary>
    public string? StatedCountry { get; set; }

    public string? Country { get; set; }

    /// <summary>Alternative codes when the country came from an ambiguous word ("congolais").</summary>
    public IReadOnlyList<string> CountryAlternatives { get; set; } = [];

    public NameMention Longest => Mentions.OrderByDescending(m => m.TokenCount).ThenBy(m => m.FirstToken).First();

    public int FirstToken => Mentions[0].FirstToken;

    public NameEvidence Evidence => Mentions.Max(m => m.Evidence);

    /// <summary>True when this mention's parts fit the person (same surname, compatible given names).</summary>
    public bool Accepts(NameMention mention)
    {
        var keys = Longest.Keys;
        if (mention.Keys.Count == 0 || keys.Count == 0) return false;
        if (mention.Keys.Count == 1) return keys.Contains(mention.Keys[0]);
        // Same last part and the other parts included on one side, or one key set contains the other.
        var mine = keys.ToHashSet(StringComparer.Ordinal);
        var theirs = mention.Keys.ToHashSet(StringComparer.Ordinal);
        return mine.IsSupersetOf(theirs) || theirs.IsSupersetOf(mine)
            || keys[^1] == mention.Keys[^1] && keys[0][0] == mention.Keys[0][0];
    }
}
