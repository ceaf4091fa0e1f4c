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
    public List<LinkedRole> Merge(IEnumerable<LinkedRole> roles)
    {
        var distinct = new List<LinkedRole>();
        foreach (var role in roles.Where(r => r.Title is not null))
        {
            var key = FormalKey(role);
            var index = distinct.FindIndex(d => FormalKey(d) == key);
            if (index >= 0)
            {
                // keep the wording equal to the formal key, else the longer one
                if (Words(role.Title!) .SetEquals(Words(key)) && !Words(distinct[index].Title!).SetEquals(Words(key))
                    || distinct[index].Title!.Length < role.Title!.Length && !Words(distinct[index].Title!).SetEquals(Words(key)))
                    distinct[index] = role with { Country = role.Country ?? distinct[index].Country };
                continue;
            }
            distinct.Add(role);
        }
        // drop titles contained in a longer one ("président" inside "président de la République")
        return distinct.Where(r => !distinct.Any(o => o != r && IsInside(r, o))).ToList();
    }

    private bool IsInside(LinkedRole small, LinkedRole large)
    {
        var a = Words(small.Title!);
        var b = Words(large.Title!);
        // A rank is a role of its own beside a function that names it ("le général X, chef d'état-major général").
        if (small.Role.Head.Kind == RoleKind.Rank && large.Role.Head.Kind != RoleKind.Rank) return false;
        // A state's office is not the same office as the chair of an organization ("le président mauritanien X,
        // président en exercice de l'Union africaine"), nor is an untold office a rotating chair: both are kept.
        if (b.Overlaps(_rotatingChairWords) && !a.Overlaps(_rotatingChairWords)) return false;
        if (small.Country is not null && small.Role.Organization is null && large.Role.Organization is not null && large.Country is null) return false;
        return a.Count < b.Count && a.IsSubsetOf(b) && (small.Role.Organization is null || large.Role.Organization is not null);
    }

    private string FormalKey(LinkedRole role)
    {
        var bare = Words(role.Title!).SetEquals(Words(role.Role.Head.Phrase));
        return string.Join(' ', Words(bare && role.Role.FormalTitle is { } formal ? formal : role.Title!).Order(StringComparer.Ordinal));
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
