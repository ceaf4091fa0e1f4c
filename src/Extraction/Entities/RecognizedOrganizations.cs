using System.Collections.Frozen;
using Extraction.Lexicons;
using Extraction.Tagging;

namespace Extraction.Entities;

/// <summary>
/// Organizations the gazetteer does not know, from the recognizer's spans: a span an organization word opens or
/// closes ("Fondation …", "… Aerospace"), a span after an organization context ("le groupe public chinois …", "la
/// compagnie …"), or an acronym the recognizer calls an organization ("KEPCO"). A company name may start with a
/// country word the span left out ("China Copper Mining"), and its acronym in parentheses is kept with it.
/// </summary>
internal sealed class RecognizedOrganizations
{
    /// <summary>The embedded table of the word sets this finder reads (with the of-prepositions of <see cref="RoleMentionFinder.Table"/>).</summary>
    public const string Table = "Entities/recognized-organizations.tsv";

    /// <summary>Lowercase words allowed between an organization context and the name ("public", "pétrolier", "chinois").</summary>
    private const int MaxAdjectives = 3;

    private readonly EntityCues _cues;
    private readonly FrozenSet<string> _institutionHeads;
    private readonly FrenchLexicon _words;
    private readonly FrozenSet<string> _nameBreakers;
    private readonly FrozenSet<string> _partyConjunctions;
    private readonly FrozenSet<string> _nextPartyDeterminers;
    private readonly FrozenSet<string> _ofPrepositions;
    private readonly IReadOnlyList<string> _infinitiveEndings;
    private readonly IReadOnlyList<string> _participleEndings;

    /// <param name="cues">Organization heads, tails and contexts.</param>
    /// <param name="lexicon">Institution heads ("université", "fondation").</param>
    /// <param name="words">Word categories, which tell the adjectives between a context and a name.</param>
    /// <param name="sets">Word sets holding those of <see cref="Table"/> and <see cref="RoleMentionFinder.Table"/>.</param>
    public RecognizedOrganizations(EntityCues cues, EntityLexicon lexicon, FrenchLexicon words, WordSets sets)
    {
        _cues = cues;
        _institutionHeads = lexicon.InstitutionHeads;
        _words = words;
        _nameBreakers = sets["institution-name-breakers"];
        _partyConjunctions = sets["party-conjunctions"];
        _nextPartyDeterminers = sets["next-party-determiners"];
        _ofPrepositions = sets["of-prepositions"];
        _infinitiveEndings = sets.Ordered("infinitive-endings");
        _participleEndings = sets.Ordered("participle-endings");
    }

    /// <summary>The organizations the recognizer's spans and the institution heads name where <paramref name="known"/> is false.</summary>
    public List<OrganizationRef> Find(TokenText tokens, IReadOnlyList<EntitySpan> entities, bool[] known)
    {
        var cues = _cues;
        var text = tokens.Text;
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal); // acronym -> full name
        var found = InstitutionNames(tokens, known, acronyms).ToList();
        var taken = (bool[])known.Clone();
        foreach (var o in found)
            for (var k = o.FirstToken; k < o.EndToken; k++) taken[k] = true;
        foreach (var entity in entities)
        {
            var first = entity.FirstToken;
            var end = entity.EndToken;
            if (Touches(taken, first, end)) continue;
            var opened = cues.IsWord(text, tokens.Tokens, first, EntityCueKind.OrgHead) || cues.IsWord(text, tokens.Tokens, end - 1, EntityCueKind.OrgTail);
            var introduced = AfterOrganizationContext(tokens, first);
            var acronym = entity.Type == EntityType.ORG && end - first == 1 && IsAcronym(tokens.Surface(first));
            // The model's bare ORG guesses of several words are too often people or places in news text.
            var keep = entity.Type == EntityType.ORG && end - first >= 2 && opened || introduced || acronym && !IsInsideParentheses(tokens, first);
            if (!keep) continue;
            if (opened || introduced)
                while (first > 0 && tokens.IsCapitalized(first - 1) && tokens.IsWord(first - 1) && !taken[first - 1] && !IsSentenceStart(tokens, first - 1)
                       && !AfterOrganizationContext(tokens, first))
                    first--;
            if (end < tokens.Count && NameMentionFinder.IsRegnalNumber(tokens.Surface(end))) end++;
            // "Hyundai Engineering & Construction": an ampersand joins capitalized words of one name
            while (tokens.IsPunct(end, '&') && tokens.IsCapitalized(end + 1) && tokens.IsWord(end + 1) && !taken[end + 1]) end += 2;
            var name = tokens.Surface(first, end);
            string? shortName = null;
            if (tokens.IsPunct(end, '(') && end + 2 < tokens.Count && tokens.IsPunct(end + 2, ')') && IsAcronym(tokens.Surface(end + 1)))
            {
                shortName = tokens.Surface(end + 1);
                acronyms.TryAdd(shortName, name);
            }
            else if (acronym && acronyms.TryGetValue(name, out var full))
            {
                (shortName, name) = (name, full);
            }
            found.Add(new OrganizationRef(first, end, name, shortName, null, "recognized"));
        }
        // "China Copper Mining (CCM)": the acronym in parentheses names the same body.
        foreach (var entity in entities)
            if (entity.EndToken - entity.FirstToken == 1 && IsInsideParentheses(tokens, entity.FirstToken) && !Touches(taken, entity.FirstToken, entity.EndToken)
                && acronyms.TryGetValue(tokens.Surface(entity.FirstToken), out var full))
                found.Add(new OrganizationRef(entity.FirstToken, entity.EndToken, full, tokens.Surface(entity.FirstToken), null, "recognized"));
        return found;
    }

    /// <summary>Longest span of a body's name: "l'Université Joseph Ki-Zerbo", "le Musée national du Prado".</summary>
    private const int MaxInstitutionName = 8;

    /// <summary>
    /// Bodies named by an institution head ("Université Félix Houphouët-Boigny", "Fondation nationale des musées"), or by any
    /// wording between such a head and the body's acronym ("l'université des sciences et technologies du Roi-Abdallah (KAUST)").
    /// </summary>
    private IEnumerable<OrganizationRef> InstitutionNames(TokenText tokens, bool[] known, Dictionary<string, string> acronyms)
    {
        var heads = _institutionHeads;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!heads.Contains(tokens.Folded[i]) || known[i]) continue;
            var limit = Math.Min(tokens.Sentences[tokens.SentenceOf[i]].EndToken, i + MaxInstitutionName + 1);
            var end = -1;
            string? acronym = null;
            for (var k = i + 1; k < limit && !known[k]; k++)
            {
                if (tokens.IsPunct(k, '(') && tokens.IsPunct(k + 2, ')') && IsAcronym(tokens.Surface(k + 1)))
                {
                    (end, acronym) = (k, tokens.Surface(k + 1));
                    break;
                }
                // "sciences et technologies" goes on; "et l'Institut…" starts the next party
                if (!tokens.IsWord(k) && tokens.Tokens[k].Kind != Tokenization.TokenKind.Elision || _nameBreakers.Contains(tokens.Folded[k])
                    || _partyConjunctions.Contains(tokens.Folded[k]) && k + 1 < tokens.Count && _nextPartyDeterminers.Contains(tokens.Folded[k + 1])) break;
            }
            // without an acronym, a capitalized head and the capitalized words and complements after it
            if (end < 0 && tokens.IsCapitalized(i))
            {
                var k = i + 1;
                while (k < limit && !known[k] && (tokens.IsCapitalized(k) && tokens.IsWord(k)
                       || _ofPrepositions.Contains(tokens.Folded[k]) && k + 1 < limit && tokens.IsWord(k + 1)
                       || !tokens.IsCapitalized(k) && tokens.IsWord(k) && (k == i + 1 || _ofPrepositions.Contains(tokens.Folded[k - 1]))
                          && tokens.Folded[k].Length > 3 && !IsVerbLike(tokens.Folded[k])))
                    k++;
                while (k > i + 1 && _ofPrepositions.Contains(tokens.Folded[k - 1])) k--;
                if (k > i + 1 && (tokens.IsCapitalized(k - 1) || k - i >= 3)) end = k;
            }
            if (end < 0) continue;
            var name = tokens.Surface(i, end);
            if (acronym is not null) acronyms.TryAdd(acronym, name);
            yield return new OrganizationRef(i, end, name, acronym, null, "recognized");
            i = end - 1;
        }
    }

    private bool IsVerbLike(string folded) => EndsWithAny(folded, _infinitiveEndings) && folded.Length > 6 || EndsWithAny(folded, _participleEndings);

    private static bool EndsWithAny(string word, IReadOnlyList<string> suffixes)
    {
        foreach (var suffix in suffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool Touches(bool[] known, int first, int end) => known.AsSpan(first, end - first).Contains(true);

    private static bool IsSentenceStart(TokenText tokens, int i) => tokens.Sentences[tokens.SentenceOf[i]].FirstToken == i;

    private static bool IsInsideParentheses(TokenText tokens, int i) => tokens.IsPunct(i - 1, '(') && tokens.IsPunct(i + 1, ')');

    /// <summary>"KEPCO", "CNMC", "PDVSA": three or more capitals, no lowercase letter.</summary>
    private static bool IsAcronym(string word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) capitals++;
        }
        return capitals >= 3;
    }

    /// <summary>True when an organization context ends before <paramref name="first"/>, possibly across a few lowercase adjectives.</summary>
    private bool AfterOrganizationContext(TokenText tokens, int first)
    {
        var cues = _cues;
        var floor = tokens.Sentences[tokens.SentenceOf[first]].FirstToken;
        var at = first;
        for (var skipped = 0; skipped <= MaxAdjectives && at > floor; skipped++)
        {
            if (cues.PhraseCue(tokens.Text, tokens.Tokens, at, floor, at, EntityCueKind.OrgContext, endingAt: true) > 0) return true;
            if (!_words.IsLowercaseAdjective(tokens.Span(at - 1))) return false;
            at--;
        }
        return false;
    }
}
