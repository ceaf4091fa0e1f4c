using Extraction.Entities;
using Extraction.Internal;
using Extraction.Patterns;

namespace Extraction.Relations;

/// <summary>
/// The people's name mentions in text order, as the agreement rules search them: the people named between two tokens,
/// the most recent people before a token. What a search asks of a person's roles (a woman's title, the words of its role
/// heads) is computed once per person: a person of a long document has many roles, and reading them all at every search
/// made such documents quadratic.
/// </summary>
/// <remarks>Built for one document inside one call; not shared between threads.</remarks>
internal sealed class PersonMentions
{
    /// <summary>How many mentions back "les deux ministres" looks for two of that title: a story's, not a whole document's.</summary>
    private const int MaxTitledLookback = 256;

    private readonly List<(PersonEntity Person, NameMention Mention)> _spans;
    private readonly Document.PersonTable _facts;
    private readonly RoleWords?[] _roleWords; // by person index, filled on first use

    /// <param name="people">The document's people; each mention is one span.</param>
    /// <param name="facts">Their roles.</param>
    public PersonMentions(IEnumerable<PersonEntity> people, Document.PersonTable facts)
    {
        _spans = people.SelectMany(p => p.Mentions.Select(m => (Person: p, Mention: m))).OrderBy(x => x.Mention.FirstToken).ToList();
        _facts = facts;
        _roleWords = new RoleWords?[facts.Count];
    }

    /// <summary>The people layer of the patterns: every mention of a person, its first token marked.</summary>
    public TokenFlags[] Layer(int tokenCount)
    {
        var layers = new TokenFlags[tokenCount];
        foreach (var (_, m) in _spans) PatternDocument.Mark(layers, m.FirstToken, m.EndToken, TokenFlags.InPerson, TokenFlags.PersonStart);
        return layers;
    }

    /// <summary>Adds to <paramref name="result"/>, in text order and once each, the people with a mention starting after
    /// token <paramref name="after"/> and before token <paramref name="before"/>.</summary>
    public void AddPeopleBetween(int after, int before, List<PersonEntity> result)
    {
        for (var j = FirstAfter(after); j < _spans.Count && _spans[j].Mention.FirstToken < before; j++)
            if (!result.Contains(_spans[j].Person)) result.Add(_spans[j].Person);
    }

    /// <summary>The <paramref name="count"/> most recent distinct people before <paramref name="before"/>, in text order;
    /// with <paramref name="headWord"/>, only people whose role head has that word, within <see cref="MaxTitledLookback"/>
    /// mentions; with <paramref name="excludeWomen"/>, no person holding a feminine title.</summary>
    public List<PersonEntity> Recent(int before, int count, bool excludeWomen, string? headWord)
    {
        var result = new List<PersonEntity>();
        // spans starting at or after the token are never taken: begin at the last one before it
        var last = FirstAfter(before - 1) - 1;
        var stop = headWord is null ? 0 : Math.Max(0, last - MaxTitledLookback + 1);
        for (var k = last; k >= stop && result.Count < count; k--)
        {
            var (p, m) = _spans[k];
            if ((excludeWomen || headWord is not null) && WordsOf(p) is var words
                && (excludeWomen && words.Feminine || headWord is not null && !words.HeadWords.Contains(headWord))) continue;
            if (m.FirstToken < before && !result.Contains(p)) result.Add(p);
        }
        result.Reverse();
        return result;
    }

    /// <summary>The index of the first span starting after <paramref name="token"/> (or the count).</summary>
    private int FirstAfter(int token) =>
        Sorted.FirstAbove(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_spans), token, static s => s.Mention.FirstToken);

    private RoleWords WordsOf(PersonEntity person)
    {
        var words = _roleWords[person.Index];
        if (words is null)
        {
            // "chef de la diplomatie": "chef", "de", "la", "diplomatie" are each a word of the head
            var roles = _facts[person].Roles;
            var heads = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in roles) heads.UnionWith(r.Role.Head.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            _roleWords[person.Index] = words = new RoleWords(roles.Any(r => r.Role.Head.Feminine), heads);
        }
        return words;
    }

    /// <summary>Whether a person holds a feminine title, and every word of its role heads.</summary>
    private sealed record RoleWords(bool Feminine, HashSet<string> HeadWords);
}
