using System.Collections.Immutable;

namespace Extraction.Entities;

/// <summary>A role attached to a person, as the rules resolved it.</summary>
/// <param name="Role">The role phrase.</param>
/// <param name="Title">Title to report (singular, without adjective), or null for a bare homologue.</param>
/// <param name="Country">Country of this role, or null.</param>
/// <param name="Basis">The linking construction (a <see cref="Records.RelationBases"/> holds_role value).</param>
internal sealed record LinkedRole(RoleMention Role, string? Title, string? Country, string Basis = Records.RelationBases.RoleMention);

/// <summary>
/// One person of a document while the rules run: its name mentions, in text order. Made by
/// <see cref="PersonResolver.Cluster"/> and never changed afterwards: what the later passes decide about the person
/// (roles, counterpart, country, knowledge) is in the document's person tables (<see cref="Document.PersonTable"/>),
/// looked up by <see cref="Index"/>.
/// </summary>
internal sealed class PersonEntity
{
    /// <param name="index">The person's position in the clustered people (<see cref="Document.ExtractionDocument.Clusters"/>).</param>
    /// <param name="mentions">Its name mentions, in text order; at least one.</param>
    public PersonEntity(int index, ImmutableArray<NameMention> mentions)
    {
        Index = index;
        Mentions = mentions;
        var longest = mentions[0];
        var evidence = mentions[0].Evidence;
        for (var i = 1; i < mentions.Length; i++)
        {
            if (IsLonger(mentions[i], longest)) longest = mentions[i];
            if (mentions[i].Evidence > evidence) evidence = mentions[i].Evidence;
        }
        (Longest, Evidence) = (longest, evidence);
    }

    /// <summary>The person's position in the clustered people: the person tables are arrays in that order.</summary>
    public int Index { get; }

    public ImmutableArray<NameMention> Mentions { get; }

    /// <summary>The mention with the most tokens, the earliest among equals (the first in list order among full ties).</summary>
    public NameMention Longest { get; }

    /// <summary>True when <paramref name="a"/> should be the <see cref="Longest"/> rather than <paramref name="b"/> listed before it.</summary>
    public static bool IsLonger(NameMention a, NameMention b) =>
        a.TokenCount > b.TokenCount || a.TokenCount == b.TokenCount && a.FirstToken < b.FirstToken;

    public int FirstToken => Mentions[0].FirstToken;

    /// <summary>The strongest evidence among the mentions.</summary>
    public NameEvidence Evidence { get; }

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
