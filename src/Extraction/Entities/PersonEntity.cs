namespace Extraction.Entities;

/// <summary>A role attached to a person, as the rules resolved it.</summary>
/// <param name="Role">The role phrase.</param>
/// <param name="Title">Title to report (singular, without adjective), or null for a bare homologue.</param>
/// <param name="Country">Country of this role, or null.</param>
/// <param name="Basis">The linking construction (a <see cref="Records.RelationBases"/> holds_role value).</param>
internal sealed record LinkedRole(RoleMention Role, string? Title, string? Country, string Basis = Records.RelationBases.RoleMention);

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

    /// <summary>The kind of evidence <see cref="Country"/> came from (a <see cref="Records.RelationBases"/> value), or null.</summary>
    public string? CountryBasis { get; set; }

    /// <summary>The head of state or government the person matches in the embedded knowledge base, or null.</summary>
    public Records.LeaderKnowledge? Knowledge { get; set; }

    /// <summary>The mention with the most tokens, the earliest among equals (the first in list order among full ties).</summary>
    public NameMention Longest
    {
        get
        {
            var best = Mentions[0];
            for (var i = 1; i < Mentions.Count; i++)
                if (IsLonger(Mentions[i], best)) best = Mentions[i];
            return best;
        }
    }

    /// <summary>True when <paramref name="a"/> should be the <see cref="Longest"/> rather than <paramref name="b"/> listed before it.</summary>
    public static bool IsLonger(NameMention a, NameMention b) =>
        a.TokenCount > b.TokenCount || a.TokenCount == b.TokenCount && a.FirstToken < b.FirstToken;

    public int FirstToken => Mentions[0].FirstToken;

    public NameEvidence Evidence => Mentions.Max(m => m.Evidence);

    /// <summary>
    /// True when <paramref name="mention"/>'s parts fit a person whose <see cref="Longest"/> mention is
    /// <paramref name="longest"/> (same surname, compatible given names).
    /// </summary>
    public static bool Accepts(NameMention longest, NameMention mention)
    {
        var keys = longest.Keys;
        if (mention.Keys.Count == 0 || keys.Count == 0) return false;
        if (mention.Keys.Count == 1) return Contains(keys, mention.Keys[0]);
        // Same last part and the other parts included on one side, or one key set contains the other.
        return ContainsAll(keys, mention.Keys) || ContainsAll(mention.Keys, keys)
            || keys[^1] == mention.Keys[^1] && keys[0][0] == mention.Keys[0][0];
    }

    private static bool Contains(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Set inclusion (every key of <paramref name="subset"/> is in <paramref name="keys"/>), on these short lists without allocating.</summary>
    private static bool ContainsAll(IReadOnlyList<string> keys, IReadOnlyList<string> subset)
    {
        for (var i = 0; i < subset.Count; i++)
            if (!Contains(keys, subset[i])) return false;
        return true;
    }
}
