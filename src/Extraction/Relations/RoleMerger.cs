using System.Collections.Frozen;
using Extraction.Entities;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>
/// Reduces a person's linked roles to distinct offices: the same wording once, equivalent wordings
/// ("chef de l'État" / "président", "chef de la diplomatie" / "ministre des Affaires étrangères") once under the
/// formal one, and a title whose words are all inside a longer title dropped for the longer one (but a rank is kept
/// beside a function, and a state's office beside the chair of an organization).
/// </summary>
internal sealed class RoleMerger
{
    private readonly FrozenSet<string> _stopWords;
    private readonly FrozenSet<string> _rotatingChairWords;

    /// <param name="sets">Word sets holding those of <see cref="RoleLinker.Table"/>.</param>
    public RoleMerger(WordSets sets)
    {
        _stopWords = sets["title-stop-words"];
        _rotatingChairWords = sets["rotating-chair-words"];
    }

    /// <summary>The distinct offices among <paramref name="roles"/> (those with a title), in first-seen order.</summary>
    public List<LinkedRole> Merge(IReadOnlyList<LinkedRole> roles)
    {
        // Each kept role with its title's words and its formal key, computed once per role (not once per comparison).
        var distinct = new List<Titled>();
        foreach (var role in roles)
        {
            if (role.Title is null) continue;
            var titled = new Titled(role, Words(role.Title));
            var key = FormalKey(titled);
            var index = distinct.FindIndex(d => d.Key == key);
            if (index < 0)
            {
                distinct.Add(titled with { Key = key });
                continue;
            }
            // keep the wording equal to the formal key, else the longer one
            var keyWords = Words(key);
            var kept = distinct[index];
            if (titled.Words.SetEquals(keyWords) && !kept.Words.SetEquals(keyWords)
                || kept.Role.Title!.Length < role.Title.Length && !kept.Words.SetEquals(keyWords))
                distinct[index] = new Titled(role with { Country = role.Country ?? kept.Role.Country }, titled.Words, key);
        }
        // drop titles contained in a longer one ("président" inside "président de la République")
        var merged = new List<LinkedRole>(distinct.Count);
        for (var r = 0; r < distinct.Count; r++)
        {
            var inside = false;
            for (var o = 0; o < distinct.Count && !inside; o++) inside = o != r && IsInside(distinct[r], distinct[o]);
            if (!inside) merged.Add(distinct[r].Role);
        }
        return merged;
    }

    /// <summary>A titled role, the words of its title and (once known) its formal key.</summary>
    private sealed record Titled(LinkedRole Role, HashSet<string> Words, string Key = "");

    private bool IsInside(Titled small, Titled large)
    {
        var (a, b) = (small.Words, large.Words);
        // A rank is a role of its own beside a function that names it ("le général X, chef d'état-major général").
        if (small.Role.Role.Head.Kind == RoleKind.Rank && large.Role.Role.Head.Kind != RoleKind.Rank) return false;
        // A state's office is not the same office as the chair of an organization ("le président mauritanien X,
        // président en exercice de l'Union africaine"), nor is an untold office a rotating chair: both are kept.
        if (b.Overlaps(_rotatingChairWords) && !a.Overlaps(_rotatingChairWords)) return false;
        if (small.Role.Country is not null && small.Role.Role.Organization is null && large.Role.Role.Organization is not null && large.Role.Country is null) return false;
        return a.Count < b.Count && a.IsSubsetOf(b) && (small.Role.Role.Organization is null || large.Role.Role.Organization is not null);
    }

    private string FormalKey(Titled titled)
    {
        var role = titled.Role;
        var bare = titled.Words.SetEquals(Words(role.Role.Head.Phrase));
        var words = bare && role.Role.FormalTitle is { } formal ? Words(formal) : titled.Words;
        var sorted = new string[words.Count];
        words.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(' ', sorted);
    }

    private HashSet<string> Words(string title)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var folded = LexiconText.FoldKey(title);
        foreach (var w in folded.Split([' ', '\'', '’', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (!_stopWords.Contains(w)) set.Add(w);
        return set;
    }
}
