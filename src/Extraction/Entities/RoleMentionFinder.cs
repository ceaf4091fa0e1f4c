using System.Collections.Frozen;
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
    /// <summary>The embedded table of the word sets this finder reads.</summary>
    public const string Table = "Entities/role-phrases.tsv";

    private readonly EntityLexicon _lexicon;
    private readonly FrenchLexicon _words;
    private readonly FrozenSet<string> _determiners;
    private readonly FrozenSet<string> _qualifiers;
    private readonly WordSequences _qualifierPhrases;
    private readonly FrozenSet<string> _formerMarkers;
    private readonly FrozenSet<string> _prepositions;
    private readonly FrozenSet<string> _complementOpeners;
    private readonly FrozenSet<string> _articles;
    private readonly FrozenSet<string> _ofPrepositions;
    private readonly FrozenSet<string> _locationPrepositions;
    private readonly FrozenSet<string> _listJoiners;
    private readonly IReadOnlyList<string> _portfolioHeads;
    private readonly FrozenSet<string> _counterparts;
    private readonly RoleHead _counterpartHead;
    // Words that end a complement even when lowercase content words could follow.
    private readonly FrozenSet<string> _stops;

    /// <param name="lexicon">Role heads.</param>
    /// <param name="words">Common words and first names, which tell a portfolio from a person's name.</param>
    /// <param name="sets">Word sets holding those of <see cref="Table"/>.</param>
    public RoleMentionFinder(EntityLexicon lexicon, FrenchLexicon words, WordSets sets)
    {
        _lexicon = lexicon;
        _words = words;
        _determiners = sets["role-determiners"];
        _qualifiers = sets["role-qualifiers"];
        _qualifierPhrases = new WordSequences(sets.Ordered("role-qualifier-phrases"));
        _formerMarkers = sets["former-markers"];
        _prepositions = sets["complement-prepositions"];
        _complementOpeners = sets["complement-participles"].Concat(sets["compound-prepositions"]).ToFrozenSet(StringComparer.Ordinal);
        _articles = sets["complement-articles"];
        _ofPrepositions = sets["of-prepositions"];
        _locationPrepositions = sets["location-prepositions"];
        _listJoiners = sets["list-joiners"];
        _portfolioHeads = sets.Ordered("portfolio-heads");
        _counterparts = sets["counterpart-nouns"];
        _counterpartHead = new RoleHead(sets.Ordered("counterpart-nouns")[0], RoleKind.Office, null);
        _stops = sets["complement-stops"];
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

    private bool IsHomologue(string folded) => _counterparts.Contains(folded);

    private RoleMention ParseHomologue(EntityContext context, int i, int sentenceEnd)
    {
        var countries = new List<string>();
        var j = i + 1;
        while (j < sentenceEnd && context.IsDemonymAdjective(j))
        {
            countries.Add(context.Countries[context.CountryAt[j]].Code);
            j++;
        }
        return new RoleMention(i, j, _counterpartHead, null, countries, null, context.Tokens.Folded[i].EndsWith('s'), true, Determiner(context.Tokens, i));
    }

    /// <summary>What a role phrase has gathered so far: the title's parts, its countries and body, and where it stands.</summary>
    private sealed class PhraseParts(int start, int headEnd)
    {
        public List<(int First, int End)> Kept { get; } = [(start, headEnd)];
        public List<string> Countries { get; } = [];
        public OrganizationRef? Organization { get; set; }
        /// <summary>The next token to read.</summary>
        public int Next { get; set; } = headEnd;
        /// <summary>One past the last token that belongs to the phrase.</summary>
        public int LastContent { get; set; } = headEnd;
    }

    private RoleMention? ParseRole(EntityContext context, int i, int sentenceEnd)
    {
        var tokens = context.Tokens;
        var n = MatchHead(tokens, i, sentenceEnd, out var head, out var plural);
        if (n == 0) return null;
        var start = i > 0 && _formerMarkers.Contains(tokens.Folded[i - 1]) ? i - 1 : i;

        // Ranks count only right before a name ("le général Tiani"), never as adjectives ("secrétaire général" is its own head).
        // A rank with a command complement is a function ("commandant des écoles militaires", "commandant de la Garde
        // nationale"), parsed like an office below; "le général de Gaulle" is neither.
        if (head.Kind == RoleKind.Rank && !HasCommandComplement(context, i + n, sentenceEnd))
            return RankBeforeName(context, start, i + n, head, plural, sentenceEnd);

        var parts = new PhraseParts(start, i + n);
        while (parts.Next < sentenceEnd
               && (TakeDemonyms(context, parts, sentenceEnd) || TakeCompany(context, parts) || TakeQualifier(tokens, parts)
                   || TakeComplement(context, head, parts, sentenceEnd)))
        {
        }
        if (parts.Countries.Count == 0 && head.Country is { } implied) parts.Countries.Add(implied); // "le nonce apostolique" serves the Holy See
        var title = Join(tokens, parts.Kept);
        return new RoleMention(start, parts.LastContent, head, title, parts.Countries, parts.Organization, plural, false, Determiner(tokens, start));
    }

    /// <summary>The head at <paramref name="i"/> (a plural in -s read as its singular), and its token count (0: none).</summary>
    private int MatchHead(TokenText tokens, int i, int sentenceEnd, out RoleHead head, out bool plural)
    {
        plural = false;
        var n = _lexicon.RoleHeads.Match(tokens.Folded, i, sentenceEnd, out head);
        if (n == 0 && tokens.Folded[i].Length > 3 && tokens.Folded[i].EndsWith('s'))
        {
            n = _lexicon.RoleHeads.Match(tokens.Folded, i, sentenceEnd, tokens.Folded[i][..^1], out head);
            plural = n > 0;
        }
        return n;
    }

    /// <summary>"le général Tiani": a rank is a role only right before a capitalized word that is no country.</summary>
    private RoleMention? RankBeforeName(EntityContext context, int start, int next, RoleHead head, bool plural, int sentenceEnd)
    {
        var tokens = context.Tokens;
        return next < sentenceEnd && tokens.IsCapitalized(next) && tokens.IsWord(next) && context.CountryAt[next] < 0
            ? new RoleMention(start, next, head, tokens.Surface(start, next), [], null, plural, false, Determiner(tokens, start))
            : null;
    }

    /// <summary>Nationality adjectives: "sénégalais et togolais", "nigérien, malien et burkinabè".</summary>
    private bool TakeDemonyms(EntityContext context, PhraseParts parts, int sentenceEnd)
    {
        var j = parts.Next;
        if (!context.IsDemonymAdjective(j)) return false;
        parts.Countries.Add(context.Countries[context.CountryAt[j]].Code);
        j++;
        while (j + 1 < sentenceEnd && _listJoiners.Contains(context.Tokens.Folded[j]) && context.IsDemonymAdjective(j + 1))
        {
            parts.Countries.Add(context.Countries[context.CountryAt[j + 1]].Code);
            j += 2;
        }
        parts.LastContent = parts.Next = j;
        return true;
    }

    /// <summary>"PDG du groupe Sonatrach", "PDG du géant pétrolier saoudien Saudi Aramco": the company a complement introduces.</summary>
    private static bool TakeCompany(EntityContext context, PhraseParts parts)
    {
        if (parts.Kept.Count <= 1 || context.OrganizationStartingAt(parts.Next) is not { } company) return false;
        parts.Kept.Add((parts.Next, company.EndToken));
        parts.Organization ??= company;
        parts.LastContent = parts.Next = company.EndToken;
        return true;
    }

    /// <summary>A qualifier of the title: "délégué", "adjoint", "par intérim", "en exercice".</summary>
    private bool TakeQualifier(TokenText tokens, PhraseParts parts)
    {
        var j = parts.Next;
        var length = _qualifiers.Contains(tokens.Folded[j]) ? 1
            : _qualifierPhrases.MatchAt(tokens, j);
        if (length == 0) return false;
        parts.Kept.Add((j, j + length));
        parts.LastContent = parts.Next = j + length;
        return true;
    }

    /// <summary>
    /// A complement: a portfolio kept in the title, or the government the role belongs to ("de la RDC"), kept out of it.
    /// A comma or "et" continues the portfolio list only when a complement follows (", de l'Union européenne et de la Coopération").
    /// </summary>
    private bool TakeComplement(EntityContext context, RoleHead head, PhraseParts parts, int sentenceEnd)
    {
        var tokens = context.Tokens;
        var j = parts.Next;
        var complementStart = j;
        if (_listJoiners.Contains(tokens.Folded[j]) && j + 1 < sentenceEnd && StartsComplement(tokens, j + 1)) complementStart = j + 1;
        else if (!StartsComplement(tokens, j)) return false;

        var end = ParseComplement(context, complementStart, sentenceEnd, out var country, out var org);
        if (end <= complementStart) return false;
        if (country is not null && !_locationPrepositions.Contains(tokens.Folded[complementStart]))
        {
            parts.Countries.Add(country.Code); // the government the role belongs to: kept out of the title
        }
        else
        {
            parts.Kept.Add((j, end));
            // a minister's portfolio may name a body ("ministre … de l'Union européenne"): only other roles belong to it
            if (!IsPortfolioHead(head.Phrase)) parts.Organization ??= org;
        }
        parts.LastContent = parts.Next = end;
        return true;
    }

    private bool IsPortfolioHead(string phrase)
    {
        foreach (var prefix in _portfolioHeads)
            if (phrase.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"de la Garde nationale", "des écoles militaires", "de l'Armée": a preposition, an article and a common noun.</summary>
    private bool HasCommandComplement(EntityContext context, int j, int sentenceEnd)
    {
        var tokens = context.Tokens;
        if (j >= sentenceEnd || !_ofPrepositions.Contains(tokens.Folded[j])) return false;
        var k = j + 1;
        if (k < sentenceEnd && _articles.Contains(tokens.Folded[k])) k++;
        if (k >= sentenceEnd || !tokens.IsWord(k) || context.CountryAt[k] >= 0 || _stops.Contains(tokens.Folded[k])) return false;
        return context.OrganizationAt[k] >= 0 || _words.IsCommonWord(tokens.Span(k)) && !_words.IsFirstName(tokens.Span(k));
    }

    private bool StartsComplement(TokenText tokens, int j) =>
        _prepositions.Contains(tokens.Folded[j]) || _complementOpeners.Contains(tokens.Folded[j]);

    /// <summary>Parses "de la Défense nationale", "chargé de l'Administration…", "auprès du chef de gouvernement".</summary>
    private int ParseComplement(EntityContext context, int j, int sentenceEnd, out CountryRef? country, out OrganizationRef? organization)
    {
        var tokens = context.Tokens;
        country = null;
        organization = null;
        var k = j;
        if (_complementOpeners.Contains(tokens.Folded[k])) k++;
        if (k < sentenceEnd && _prepositions.Contains(tokens.Folded[k])) k++;
        else if (k == j) return j;
        if (k < sentenceEnd && _articles.Contains(tokens.Folded[k])) k++;
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
        if (!tokens.IsWord(k) || _stops.Contains(tokens.Folded[k])) return j;
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
               && !_stops.Contains(tokens.Folded[k])
               && !_prepositions.Contains(tokens.Folded[k]) && !_articles.Contains(tokens.Folded[k])
               && context.Pos[k] is Tagging.UposTag.ADJ or Tagging.UposTag.NOUN
               && context.CountryAt[k] < 0 && extra < 2 && !_lexicon.RoleHeads.Contains(tokens.Folded[k]))
        {
            k++;
            extra++;
        }
        return k;
    }

    private int Determiner(TokenText tokens, int start) =>
        start > 0 && _determiners.Contains(tokens.Folded[start - 1]) ? start - 1 : -1;

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

/// <summary>
/// Short token sequences of a word set whose entries hold several words ("par intérim", "des deux pays"), tested in
/// table order at a token. Interim: such sequences move to the pattern rows of the token-pattern layer.
/// </summary>
internal sealed class WordSequences
{
    private readonly string[][] _sequences;

    /// <param name="entries">Folded entries, tokens separated by spaces.</param>
    public WordSequences(IEnumerable<string> entries) =>
        _sequences = entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>The token count of the first sequence that starts at <paramref name="i"/>, or 0.</summary>
    public int MatchAt(TokenText tokens, int i)
    {
        foreach (var sequence in _sequences)
        {
            var k = 0;
            while (k < sequence.Length && tokens.Is(i + k, sequence[k])) k++;
            if (k == sequence.Length) return k;
        }
        return 0;
    }
}
