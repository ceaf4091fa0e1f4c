using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Attaches role phrases to the people they describe: "ROLE, NAME" and "ROLE NAME" (forward), "NAME, ROLE"
/// (backward), chains of appositions ("Vice-Premier ministre, ministre des Affaires étrangères, M. X"), plural
/// roles over name lists ("les présidents sénégalais et togolais, X et Y", "respectivement"), and
/// "son homologue (adjectif), NAME".
/// </summary>
internal static class RoleLinker
{
    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal) { ",", "le", "la", "l'", "les", "alors", "respectivement", ":" };

    /// <summary>Links roles to people; returns the role phrases that found no person.</summary>
    public static void Link(EntityContext context, IReadOnlyList<RoleMention> roles, List<PersonEntity> people, EntityLexicon lexicon)
    {
        var tokens = context.Tokens;
        var personAt = new (PersonEntity Person, NameMention Mention)?[tokens.Count];
        foreach (var p in people)
            foreach (var m in p.Mentions)
            {
                personAt[m.FirstToken] = (p, m);
                if (m.Honorific >= 0) personAt[m.Honorific] = (p, m);
            }
        var roleAt = new RoleMention?[tokens.Count];
        foreach (var r in roles) roleAt[r.FirstToken] = r;

        // Right to left, so that a role followed by another role can take that role's person.
        var target = new Dictionary<RoleMention, PersonEntity>();
        for (var k = roles.Count - 1; k >= 0; k--)
        {
            var role = roles[k];
            var backward = Backward(tokens, role, personAt, roles, target);
            var forward = Forward(context, tokens, role, personAt, roleAt, target, out var forwardPeople);
            if (role.Plural && forwardPeople.Count >= 2)
            {
                AssignPlural(role, forwardPeople);
                continue;
            }
            var person = role.Determiner < 0 && backward is not null ? backward : forward ?? backward;
            if (person is null) continue;
            target[role] = person;
            if (role.Homologue)
            {
                person.HomologueOf ??= Counterpart(context, person, role, people);
                if (role.Countries.Count > 0) person.HomologueCountries = role.Countries;
            }
            else
            {
                person.Roles.Add(new LinkedRole(role, role.Title, role.Countries.Count > 0 ? role.Countries[0] : null));
            }
        }

        // "le Gambien Omar Alieu Touray": a capitalized demonym right before the name states the nationality.
        foreach (var p in people)
            foreach (var m in p.Mentions)
            {
                var before = m.Honorific >= 0 ? m.Honorific - 1 : m.FirstToken - 1;
                if (before >= 0 && context.CountryAt[before] >= 0 && tokens.IsCapitalized(before)
                    && context.Countries[context.CountryAt[before]].Kind == CountryMentionKind.Demonym)
                    p.StatedCountry ??= context.Countries[context.CountryAt[before]].Code;
            }
        _ = lexicon;
    }

    private static PersonEntity? Forward(EntityContext context, TokenText tokens, RoleMention role, (PersonEntity, NameMention)?[] personAt,
        RoleMention?[] roleAt, Dictionary<RoleMention, PersonEntity> target, out List<PersonEntity> listed)
    {
        listed = [];
        var sentence = tokens.SentenceOf[role.FirstToken];
        var i = role.EndToken;
        PersonEntity? first = null;
        while (i < tokens.Count && tokens.SentenceOf[i] == sentence)
        {
            if (personAt[i] is { } hit)
            {
                first ??= hit.Item1;
                listed.Add(hit.Item1);
                if (!role.Plural) break;
                i = hit.Item2.EndToken;
                // a name list goes on with ",", "et" and ranks ("le général X, le général Y et le capitaine Z")
                while (i < tokens.Count && (tokens.Folded[i] is "," or "et" or "le" or "la" or "l'" || roleAt[i] is { Head.Kind: RoleKind.Rank }))
                    i = roleAt[i] is { } rank ? rank.EndToken : i + 1;
                continue;
            }
            if (roleAt[i] is { } ownRank && role.Plural && ownRank.Head.Kind == RoleKind.Rank)
            {
                i = ownRank.EndToken; // "respectivement le général X": the rank is the person's own, the list goes on
                continue;
            }
            if (first is null && context.IsCapitalizedDemonym(i)) { i++; continue; } // "le Gambien Omar Alieu Touray"
            if (roleAt[i] is { } next && first is null)
            {
                // an apposition chain: this role describes the same person as the next one
                if (target.TryGetValue(next, out var chained)) return chained;
                i = next.EndToken;
                continue;
            }
            if (first is null && Skippable.Contains(tokens.Folded[i])) { i++; continue; }
            if (first is null && tokens.IsPunct(i, '(') && tokens.IsPunct(i + 2, ')')) { i += 3; continue; } // "(OIF)"
            break;
        }
        return first;
    }

    private static PersonEntity? Backward(TokenText tokens, RoleMention role, (PersonEntity, NameMention)?[] personAt,
        IReadOnlyList<RoleMention> roles, Dictionary<RoleMention, PersonEntity> target)
    {
        var start = role.Determiner >= 0 ? role.Determiner : role.FirstToken;
        if (start > 0 && tokens.Folded[start - 1] == "alors") start--; // "X, alors ministre de…"
        if (start - 1 < 0 || !tokens.IsPunct(start - 1, ',') || !tokens.SameSentence(start - 1, role.FirstToken)) return null;
        var before = start - 2;
        if (before < 0) return null;
        for (var i = before; i >= 0 && i >= before - 8; i--)
        {
            if (personAt[i] is { } hit && hit.Item2.EndToken == before + 1) return hit.Item1;
        }
        // "NAME, ROLE1, ROLE2": the role before the comma is linked to the name
        foreach (var r in roles)
            if (r.EndToken == before + 1 && target.TryGetValue(r, out var p)) return p;
        return null;
    }

    private static void AssignPlural(RoleMention role, List<PersonEntity> listed)
    {
        var title = role.Title is null ? null : Singular(role.Title);
        for (var k = 0; k < listed.Count; k++)
        {
            var country = role.Countries.Count == listed.Count ? role.Countries[k] : role.Countries.Count == 1 ? role.Countries[0] : null;
            if (title is not null) listed[k].Roles.Add(new LinkedRole(role, title, country));
        }
    }

    /// <summary>"chefs d'État" → "chef d'État", "présidents" → "président".</summary>
    private static string Singular(string title)
    {
        var space = title.IndexOf(' ');
        var firstWord = space < 0 ? title : title[..space];
        if (firstWord.EndsWith('s') && firstWord.Length > 3) firstWord = firstWord[..^1];
        return space < 0 ? firstWord : firstWord + title[space..];
    }

    /// <summary>
    /// The person "son homologue" refers back to: the first person of its sentence, the subject in news style
    /// ("Le président X a reçu le ministre Y, porteur d'un message de son homologue Z": Z is X's counterpart);
    /// else the nearest earlier person in the two sentences before.
    /// </summary>
    private static PersonEntity? Counterpart(EntityContext context, PersonEntity person, RoleMention role, List<PersonEntity> people)
    {
        var sentence = context.Tokens.SentenceOf[role.FirstToken];
        PersonEntity? subject = null, nearest = null;
        int subjectToken = int.MaxValue, nearestToken = -1;
        foreach (var p in people)
        {
            if (p == person) continue;
            foreach (var m in p.Mentions)
            {
                if (m.FirstToken >= role.FirstToken) continue;
                var distance = sentence - context.Tokens.SentenceOf[m.FirstToken];
                if (distance == 0 && m.FirstToken < subjectToken) (subject, subjectToken) = (p, m.FirstToken);
                if (distance <= 2 && m.FirstToken > nearestToken) (nearest, nearestToken) = (p, m.FirstToken);
            }
        }
        return subject ?? nearest;
    }
}
