using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Entities;

/// <summary>
/// Finds role noun phrases: a head from <c>role-heads.tsv</c>, then nationality adjectives, qualifiers
/// (délégué, adjoint, en exercice) and complements (de la Défense, chargé de…, auprès du…, de l'ONU).
/// Nationality adjectives and government complements ("de la RDC") give the role's country and leave the title.
/// </summary>
internal sealed class RoleMentionFinder
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
        { "le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une", "son", "sa", "ses", "leur", "leurs", "cette", "ce", "nouveau", "nouvelle" };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
        { "délégué", "déléguée", "délégués", "adjoint", "adjointe", "adjoints", "intérimaire", "sortant", "sortante", "désigné", "désignée", "honoraire", "fédéral", "fédérale", "plénipotentiaire", "extraordinaire", "élu", "élue" };

    private static readonly HashSet<string> FormerMarkers = new(StringComparer.Ordinal) { "ancien", "ancienne", "anciens", "ex", "ex-" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "de", "d'", "du", "des", "à", "au", "aux", "pour", "en" };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "la", "l'", "le", "les" };

    // Words that end a complement even when lowercase content words could follow.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "a", "ont", "est", "sont", "était", "avait", "avaient", "sera", "qui", "que", "qu'", "dont", "où", "et", "ou", "mais", "depuis",
        "lors", "pendant", "avant", "après", "selon", "avec", "sans", "sur", "par", "en", "dans", "vers", "chez", "entre", "il", "elle",
        "ils", "elles", "se", "s'", "ne", "n'", "y", "le", "la", "les", "l'", "un", "une", "ce", "cette", "son", "sa", "ses", "leur",
        "pays", "deux", "homologue", "homologues", "porteur", "porteuse", "venu", "venue", "reçu", "reçue", "arrivé", "arrivée",
    };

    private readonly EntityLexicon _lexicon;
    private readonly FrenchLexicon _words;

    public RoleMentionFinder(EntityLexicon lexicon, FrenchLexicon words)
    {
        _lexicon = lexicon;
        _words = words;
    }

    public IReadOnlyList<RoleMention> Find(EntityContext context)
    {
        var tokens = context.Tokens;
        var found = new List<RoleMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i) || context.CountryAt[i] >= 0 && !IsHomologue(tokens.Folded[i])) continue;
            var sentenceEnd = tokens.Sentences[tokens.SentenceOf[i]].EndToken;
            var role = IsHomologue(tokens.Folded[i]) ? ParseHomologue(context, i, sentenceEnd) : ParseRole(context, i, sentenceEnd);
            if (role is null) continue;
            found.Add(role);
            i = role.EndToken - 1;
        }
        return found;
    }

    private static bool IsHomologue(string folded) => folded is "homologue" or "homologues";

    private RoleMention ParseHomologue(EntityContext context, int i, int sentenceEnd)
    {
        var countries = new List<string>();
        var j = i + 1;
        while (j < sentenceEnd && context.IsDemonymAdjective(j))
        {
            countries.Add(context.Countries[context.CountryAt[j]].Code);
            j++;
        }
        var head = new RoleHead("homologue", RoleKind.Office, null);
        return new RoleMention(i, j, head, null, countries, null, context.Tokens.Folded[i].EndsWith('s'), true, Determiner(context.Tokens, i));
    }

    private RoleMention? ParseRole(EntityContext context, int i, int sentenceEnd)
    {
        var tokens = context.Tokens;
        var plural = false;
        var n = _lexicon.RoleHeads.Match(tokens.Folded, i, sentenceEnd, out var head);
        if (n == 0 && tokens.Folded[i].Length > 3 && tokens.Folded[i].EndsWith('s'))
        {
            n = _lexicon.RoleHeads.Match(tokens.Folded, i, sentenceEnd, tokens.Folded[i][..^1], out head);
            plural = n > 0;
        }
        if (n == 0) return null;

        var start = i;
        if (i > 0 && FormerMarkers.Contains(tokens.Folded[i - 1])) start = i - 1;

        // Ranks count only right before a name ("le général Tiani"), never as adjectives ("secrétaire général" is its own head).
        // A rank with a command complement is a function ("commandant des écoles militaires", "commandant de la Garde
        // nationale"), parsed like an office below; "le général de Gaulle" is neither.
        if (head.Kind == RoleKind.Rank && !HasCommandComplement(context, i + n, sentenceEnd))
        {
            var next = i + n;
            return next < sentenceEnd && tokens.IsCapitalized(next) && tokens.IsWord(next) && context.CountryAt[next] < 0
                ? new RoleMention(start, i + n, head, tokens.Surface(start, i + n), [], null, plural, false, Determiner(tokens, start))
                : null;
        }

        var kept = new List<(int First, int End)> { (start, i + n) };
        var countries = new List<string>();
        OrganizationRef? organization = null;
        var j = i + n;
        var lastContent = j;
        while (j < sentenceEnd)
        {
            var f = tokens.Folded[j];
            if (context.IsDemonymAdjective(j))
            {
                countries.Add(context.Countries[context.CountryAt[j]].Code);
                j++;
                // "sénégalais et togolais", "nigérien, malien et burkinabè"
                while (j + 1 < sentenceEnd && (f = tokens.Folded[j]) is "et" or "," && context.IsDemonymAdjective(j + 1))
                {
                    countries.Add(context.Countries[context.CountryAt[j + 1]].Code);
                    j += 2;
                }
                lastContent = j;
                continue;
            }
            // "PDG du groupe Sonatrach", "PDG du géant pétrolier saoudien Saudi Aramco": the company a complement introduces
            if (kept.Count > 1 && context.OrganizationStartingAt(j) is { } company)
            {
                kept.Add((j, company.EndToken));
                organization ??= company;
                lastContent = j = company.EndToken;
                continue;
            }
            if (Qualifiers.Contains(f))
            {
                kept.Add((j, j + 1));
                lastContent = ++j;
                continue;
            }
            if ((f == "par" && tokens.Is(j + 1, "intérim")) || (f == "en" && tokens.Is(j + 1, "exercice")) || (f == "pro" && tokens.Is(j + 1, "tempore")))
            {
                kept.Add((j, j + 2));
                lastContent = j += 2;
                continue;
            }
            // A comma or "et" continues the portfolio list only when a complement follows (", de l'Union européenne et de la Coopération").
            var complementStart = j;
            if (f is "," or "et" && j + 1 < sentenceEnd && StartsComplement(tokens, j + 1)) complementStart = j + 1;
            else if (!StartsComplement(tokens, j)) break;

            var end = ParseComplement(context, complementStart, sentenceEnd, out var country, out var org);
            if (end <= complementStart) break;
            if (country is not null && tokens.Folded[complementStart] is not ("à" or "au" or "aux" or "en"))
            {
                countries.Add(country.Code); // the government the role belongs to: kept out of the title
            }
            else
            {
                kept.Add((j, end));
                // a minister's portfolio may name a body ("ministre … de l'Union européenne"): only other roles belong to it
                if (!head.Phrase.StartsWith("ministre", StringComparison.Ordinal)) organization ??= org;
            }
            lastContent = j = end;
        }

        if (countries.Count == 0 && head.Country is { } implied) countries.Add(implied); // "le nonce apostolique" serves the Holy See
        var title = Join(tokens, kept);
        return new RoleMention(start, lastContent, head, title, countries, organization, plural, false, Determiner(tokens, start));
    }

    /// <summary>"de la Garde nationale", "des écoles militaires", "de l'Armée": a preposition, an article and a common noun.</summary>
    private bool HasCommandComplement(EntityContext context, int j, int sentenceEnd)
    {
        var tokens = context.Tokens;
        if (j >= sentenceEnd || tokens.Folded[j] is not ("de" or "d'" or "du" or "des")) return false;
        var k = j + 1;
        if (k < sentenceEnd && Articles.Contains(tokens.Folded[k])) k++;
        if (k >= sentenceEnd || !tokens.IsWord(k) || context.CountryAt[k] >= 0 || Stops.Contains(tokens.Folded[k])) return false;
        return context.OrganizationAt[k] >= 0 || _words.IsCommonWord(tokens.Span(k)) && !_words.IsFirstName(tokens.Span(k));
    }

    private static bool StartsComplement(TokenText tokens, int j) =>
        Prepositions.Contains(tokens.Folded[j]) || tokens.Folded[j] is "chargé" or "chargée" or "chargés" or "auprès";

    /// <summary>Parses "de la Défense nationale", "chargé de l'Administration…", "auprès du chef de gouvernement".</summary>
    private int ParseComplement(EntityContext context, int j, int sentenceEnd, out CountryRef? country, out OrganizationRef? organization)
    {
        var tokens = context.Tokens;
        country = null;
        organization = null;
        var k = j;
        if (tokens.Folded[k] is "chargé" or "chargée" or "chargés" or "auprès") k++;
        if (k < sentenceEnd && Prepositions.Contains(tokens.Folded[k])) k++;
        else if (k == j) return j;
        if (k < sentenceEnd && Articles.Contains(tokens.Folded[k])) k++;
        if (k >= sentenceEnd) return j;

        if (context.CountryStartingAt(k) is { Kind: CountryMentionKind.Name } c)
        {
            country = c;
            return c.EndToken;
        }
        if (context.OrganizationStartingAt(k) is { } o)
        {
            organization = o;
            return o.EndToken;
        }
        // The complement's own head: a capitalized portfolio word, or a lowercase noun ("de la défense", "du gouvernement").
        if (!tokens.IsWord(k) || Stops.Contains(tokens.Folded[k])) return j;
        // "directeur de cabinet de Jacques Delors": a person's name ends the title, it is not a portfolio.
        if (tokens.IsCapitalized(k) && k + 1 < sentenceEnd && tokens.IsCapitalized(k + 1) && tokens.IsWord(k + 1)
            && _words.IsFirstName(tokens.Span(k)) && !_words.IsCommonWord(tokens.Span(k + 1)))
            return j;
        var roleHead = _lexicon.RoleHeads.Match(tokens.Folded, k, sentenceEnd, out _);
        // "…, du colonel Sidi Bara": a role head before a name opens the next person's title, not this complement.
        if (roleHead > 0 && k + roleHead < sentenceEnd && tokens.IsCapitalized(k + roleHead) && tokens.IsWord(k + roleHead)) return j;
        k += roleHead > 0 ? roleHead : 1;
        // Following lowercase adjectives ("Affaires étrangères", "Défense nationale", "Intégration africaine"), or a
        // capitalized common adjective ("Éducation Nationale").
        var extra = 0;
        while (k < sentenceEnd && tokens.IsWord(k)
               && (!tokens.IsCapitalized(k) || context.Pos[k] == Tagging.UposTag.ADJ && _words.IsCommonWord(tokens.Span(k)) && !_words.IsFirstName(tokens.Span(k)))
               && !Stops.Contains(tokens.Folded[k])
               && !Prepositions.Contains(tokens.Folded[k]) && !Articles.Contains(tokens.Folded[k])
               && context.Pos[k] is Tagging.UposTag.ADJ or Tagging.UposTag.NOUN
               && context.CountryAt[k] < 0 && extra < 2 && !_lexicon.RoleHeads.Contains(tokens.Folded[k]))
        {
            k++;
            extra++;
        }
        return k;
    }

    private static int Determiner(TokenText tokens, int start) =>
        start > 0 && Determiners.Contains(tokens.Folded[start - 1]) ? start - 1 : -1;

    private static string Join(TokenText tokens, List<(int First, int End)> parts)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var (first, end) in parts)
        {
            if (end <= first) continue;
            if (builder.Length > 0 && tokens.Folded[first] != ",") builder.Append(' ');
            builder.Append(tokens.Surface(first, end));
        }
        return builder.ToString();
    }
}
