using System.Collections.Frozen;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Records;

namespace Extraction.Entities;

/// <summary>
/// Finds role noun phrases: a head from <c>role-heads.tsv</c>, then nationality adjectives, qualifiers
/// (délégué, adjoint, en exercice) and complements (de la Défense, chargé de…, auprès du…, de l'ONU).
/// Nationality adjectives and government complements ("de la RDC") give the role's country and leave the title.
/// </summary>
/// <remarks>
/// The local sequences of a phrase (qualifiers, nationality lists, a complement's opening, a rank's command complement,
/// the name after a rank, "son homologue" and its adjectives) are the rows of <c>Resources/Patterns/patterns-roles.tsv</c>,
/// matched where the finder has got to; what needs the lexicons (a portfolio word against a person's name, a role head
/// opening the next title, a portfolio's adjectives) stays here. Immutable; safe to share across threads.
/// </remarks>
internal sealed class RoleMentionFinder
{
    /// <summary>The embedded table of the word sets this finder reads.</summary>
    public const string Table = "Entities/role-phrases.tsv";

    /// <summary>The patterns file of the finder.</summary>
    public const string PatternsResource = "Patterns/patterns-roles.tsv";

    private readonly EntityLexicon _lexicon;
    private readonly FrenchLexicon _words;
    private readonly TokenPattern[] _rows;
    private readonly int _demonymsCapture, _counterpartCapture, _complementCapture, _listedComplementCapture, _commandHeadCapture, _rankNameCapture, _namedBodyCapture;
    private readonly FrozenSet<string> _determiners;
    private readonly FrozenSet<string> _formerMarkers;
    private readonly FrozenSet<string> _prepositions;
    private readonly FrozenSet<string> _articles;
    private readonly FrozenSet<string> _locationPrepositions;
    private readonly IReadOnlyList<string> _portfolioHeads;
    private readonly FrozenSet<string> _counterparts;
    private readonly FrozenSet<string> _institutionNouns;
    private readonly FrozenSet<string> _republicTitles;
    private readonly FrozenSet<string> _stateFormNouns;
    private readonly FrozenSet<string> _ofPrepositions;
    private readonly FrozenSet<string> _stateBodyTypes;
    private readonly RoleHead _counterpartHead;
    // Words that end a complement even when lowercase content words could follow.
    private readonly FrozenSet<string> _stops;

    /// <summary>The rows of the patterns file the finder uses, by name (<c>RoleQualifier</c> is the row <c>role-qualifier</c>).</summary>
    private enum Row
    {
        RoleQualifier, DemonymList, CounterpartDemonyms, ComplementOpening, ListedComplementOpening, CommandComplement, NameAfterRank,
        NameInComplement, NameAfterHead, PortfolioAdjectives, WorkplaceComplement, NamedBody,
    }

    /// <param name="lexicon">Role heads.</param>
    /// <param name="words">Common words and first names, which tell a portfolio from a person's name.</param>
    /// <param name="sets">Word sets holding those of <see cref="Table"/>.</param>
    /// <remarks>Reads the patterns of <see cref="PatternsResource"/> over <paramref name="sets"/>.</remarks>
    public RoleMentionFinder(EntityLexicon lexicon, FrenchLexicon words, WordSets sets)
        : this(lexicon, words, sets, PatternFile.LoadSet(PatternsResource, sets))
    {
    }

    /// <param name="lexicon">Role heads.</param>
    /// <param name="words">Common words and first names, which tell a portfolio from a person's name.</param>
    /// <param name="sets">Word sets holding those of <see cref="Table"/>.</param>
    /// <param name="patterns">The patterns of <see cref="PatternsResource"/>.</param>
    public RoleMentionFinder(EntityLexicon lexicon, FrenchLexicon words, WordSets sets, PatternSet patterns)
    {
        _lexicon = lexicon;
        _words = words;
        // Fails here, at construction, when a row the code names is missing.
        _rows = PatternNames.ByMember<Row, TokenPattern>(name => patterns[name]);
        _demonymsCapture = Capture(Row.DemonymList, Captures.Demonyms);
        _counterpartCapture = Capture(Row.CounterpartDemonyms, Captures.Demonyms);
        _complementCapture = Capture(Row.ComplementOpening, Captures.Complement);
        _listedComplementCapture = Capture(Row.ListedComplementOpening, Captures.Complement);
        _rankNameCapture = Capture(Row.NameAfterRank, Captures.Name);
        _namedBodyCapture = Capture(Row.NamedBody, Captures.Name);
        _commandHeadCapture = Capture(Row.CommandComplement, Captures.Head);
        _determiners = sets["role-determiners"];
        _formerMarkers = sets["former-markers"];
        _prepositions = sets["complement-prepositions"];
        _articles = sets["complement-articles"];
        _locationPrepositions = sets["location-prepositions"];
        _portfolioHeads = sets.Ordered("portfolio-heads");
        _counterparts = sets["counterpart-nouns"];
        _institutionNouns = sets["institution-nouns"];
        _republicTitles = sets["republic-titles"];
        _stateFormNouns = sets["state-form-nouns"];
        _ofPrepositions = sets["of-prepositions"];
        _stateBodyTypes = sets["state-body-types"];
        _counterpartHead = new RoleHead(sets.Ordered("counterpart-nouns")[0], RoleKind.Office, null);
        _stops = sets["complement-stops"];
    }

    /// <summary>The captures of the rows the finder reads (<c>Demonyms</c> is the capture <c>demonyms</c>).</summary>
    private enum Captures { Demonyms, Complement, Head, Name }

    /// <summary>The index of a row's capture; fails at construction when the row lacks it.</summary>
    private int Capture(Row row, Captures capture)
    {
        var name = PatternNames.Of(capture);
        var index = _rows[(int)row].CaptureIndex(name);
        return index >= 0 ? index : throw new InvalidDataException($"{PatternsResource}: row '{PatternNames.Of(row)}' has no capture '{name}'.");
    }

    /// <summary>End of the row's match at <paramref name="start"/>, or -1.</summary>
    private int MatchEnd(Row row, PatternDocument document, int start)
    {
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        return pattern.MatchAt(document, start, slots);
    }

    /// <summary>End of the row's match at <paramref name="start"/>, or -1; and the token range of its capture <paramref name="capture"/>.</summary>
    private int MatchEnd(Row row, PatternDocument document, int start, int capture, out int first, out int last)
    {
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var end = pattern.MatchAt(document, start, slots);
        (first, last) = (slots[2 * capture], slots[2 * capture + 1]);
        return end;
    }

    public IReadOnlyList<RoleMention> Find(PatternDocument document)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        var found = new List<RoleMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i) || context.CountryAt[i] >= 0 && !IsHomologue(tokens.Folded[i])) continue;
            var sentenceEnd = tokens.Sentences[tokens.SentenceOf[i]].EndToken;
            var role = IsHomologue(tokens.Folded[i]) ? ParseHomologue(document, i) : ParseRole(document, i, sentenceEnd);
            if (role is null) continue;
            found.Add(role);
            i = role.EndToken - 1;
        }
        return found;
    }

    private bool IsHomologue(string folded) => _counterparts.Contains(folded);

    /// <summary>"son homologue malien": the counterpart noun at <paramref name="i"/> and the nationality adjectives after it.</summary>
    private RoleMention ParseHomologue(PatternDocument document, int i)
    {
        var context = document.Context;
        var countries = new List<string>();
        if (MatchEnd(Row.CounterpartDemonyms, document, i, _counterpartCapture, out var first, out var end) < 0) (first, end) = (i + 1, i + 1);
        for (var j = first; j < end; j++) countries.Add(context.Countries[context.CountryAt[j]].Code);
        return new RoleMention(i, end, _counterpartHead, null, countries, null, context.Tokens.Folded[i].EndsWith('s'), true, Determiner(context.Tokens, i));
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
        /// <summary>A kept complement named an institution ("de la Banque centrale"): what follows is part of its name.</summary>
        public bool InInstitutionName { get; set; }
        /// <summary>The portfolio complements kept, without their joiner, when the title is the head and these only.</summary>
        public List<(int First, int End)> Portfolios { get; } = [];
        /// <summary>A part other than a portfolio was kept (a qualifier, a company): the title is no plain list of portfolios.</summary>
        public bool KeptOtherParts { get; set; }
    }

    private RoleMention? ParseRole(PatternDocument document, int i, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var n = MatchHead(tokens, i, sentenceEnd, out var head, out var plural);
        if (n == 0) return null;
        // "président du Conseil européen": a head may not end inside an organization's name; the shorter head then
        // takes the organization as its complement
        if (OrganizationCut(document.Context, i, n) is var orgStart and > 0) n = MatchHead(tokens, i, orgStart, out head, out plural);
        if (n == 0) return null;
        var start = i > 0 && _formerMarkers.Contains(tokens.Folded[i - 1]) ? i - 1 : i;

        // Ranks count only right before a name ("le général Tiani"), never as adjectives ("secrétaire général" is its own head).
        // A rank with a command complement is a function ("commandant des écoles militaires", "commandant de la Garde
        // nationale"), parsed like an office below; "le général de Gaulle" is neither.
        if (head.Kind == RoleKind.Rank && !HasCommandComplement(document, i + n, sentenceEnd))
            return RankBeforeName(document, start, i + n, head, plural, sentenceEnd);

        var parts = new PhraseParts(start, i + n);
        while (parts.Next < sentenceEnd
               && (TakeDemonyms(document, parts) || TakeCompany(document.Context, parts) || TakeQualifier(document, parts)
                   || TakeWorkplace(document, parts) || TakeComplement(document, head, parts, sentenceEnd)))
        {
        }
        if (parts.Countries.Count == 0 && head.Country is { } implied) parts.Countries.Add(implied); // "le nonce apostolique" serves the Holy See
        // "le porte-parole du Kremlin": an institution of one state serves that state (a company does not)
        if (parts.Countries.Count == 0 && parts.Organization is { Country: { } served } body && _stateBodyTypes.Contains(body.Type)) parts.Countries.Add(served);
        var title = Join(tokens, parts.Kept);
        var portfolios = parts.Portfolios.Count >= 2 && !parts.KeptOtherParts ? PortfolioTitles(tokens, parts) : null;
        var former = start < i || _formerMarkers.Contains(head.Phrase[..Math.Max(0, head.Phrase.IndexOf(' '))]) || FormerPrefixLength(tokens.Folded[i]) > 0;
        return new RoleMention(start, parts.LastContent, head, title, parts.Countries, parts.Organization, plural, false, Determiner(tokens, start), portfolios, former);
    }

    /// <summary>"ministres de l'Intérieur et de la Défense": the head with each portfolio. (A loop, not a lambda: a closure
    /// over this method's locals would be allocated at every token <see cref="ParseRole"/> is called at.)</summary>
    private static string[] PortfolioTitles(TokenText tokens, PhraseParts parts)
    {
        var titles = new string[parts.Portfolios.Count];
        for (var k = 0; k < titles.Length; k++) titles[k] = Join(tokens, [parts.Kept[0], parts.Portfolios[k]]);
        return titles;
    }

    /// <summary>Where an organization starts that a head of <paramref name="n"/> tokens at <paramref name="i"/> would cut, or -1.</summary>
    private static int OrganizationCut(EntityContext context, int i, int n)
    {
        var last = i + n - 1;
        if (context.OrganizationAt[last] < 0) return -1;
        var org = context.Organizations[context.OrganizationAt[last]];
        return org.FirstToken > i && org.EndToken > last + 1 ? org.FirstToken : -1;
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
        // "l'ex-ministre", "l'ex-Premier ministre": a former marker glued to the head's first word
        if (n == 0 && FormerPrefixLength(tokens.Folded[i]) is > 0 and var prefix)
            n = _lexicon.RoleHeads.Match(tokens.Folded, i, sentenceEnd, tokens.Folded[i][prefix..], out head);
        return n;
    }

    /// <summary>The length of a hyphenated former marker ("ex-") that opens <paramref name="folded"/> before a word, else 0.</summary>
    private int FormerPrefixLength(string folded)
    {
        var hyphen = folded.IndexOf('-');
        return hyphen > 0 && hyphen < folded.Length - 1 && _formerMarkers.Contains(folded[..(hyphen + 1)]) ? hyphen + 1 : 0;
    }

    /// <summary>
    /// "le général Tiani", "le général à la retraite X": a rank (and its qualifier) is a role only right before a
    /// capitalized word that is no country.
    /// </summary>
    private RoleMention? RankBeforeName(PatternDocument document, int start, int next, RoleHead head, bool plural, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (next >= sentenceEnd || MatchEnd(Row.NameAfterRank, document, next, _rankNameCapture, out var name, out _) <= next) return null;
        return new RoleMention(start, name, head, tokens.Surface(start, name), [], null, plural, false, Determiner(tokens, start));
    }

    /// <summary>Nationality adjectives: "sénégalais et togolais", "nigérien, malien et burkinabè".</summary>
    private bool TakeDemonyms(PatternDocument document, PhraseParts parts)
    {
        var context = document.Context;
        if (MatchEnd(Row.DemonymList, document, parts.Next, _demonymsCapture, out var first, out var end) < 0) return false;
        // adjectives and joiners alternate: every other token is an adjective
        for (var j = first; j < end; j += 2) parts.Countries.Add(context.Countries[context.CountryAt[j]].Code);
        if (parts.InInstitutionName) Keep(parts, parts.Next, end); // "des Forces armées angolaises"
        parts.LastContent = parts.Next = end;
        return true;
    }

    /// <summary>"PDG du groupe Sonatrach", "PDG du géant pétrolier saoudien Saudi Aramco": the company a complement introduces.</summary>
    private static bool TakeCompany(EntityContext context, PhraseParts parts)
    {
        if (parts.Kept.Count <= 1 || context.OrganizationStartingAt(parts.Next) is not { } company) return false;
        Keep(parts, parts.Next, company.EndToken);
        parts.Organization ??= company;
        parts.LastContent = parts.Next = company.EndToken;
        return true;
    }

    /// <summary>A qualifier of the title: "délégué", "adjoint", "par intérim", "en exercice".</summary>
    private bool TakeQualifier(PatternDocument document, PhraseParts parts)
    {
        var j = parts.Next;
        var end = MatchEnd(Row.RoleQualifier, document, j);
        if (end < 0) return false;
        Keep(parts, j, end);
        parts.LastContent = parts.Next = end;
        return true;
    }

    /// <summary>A part of the title other than a portfolio.</summary>
    private static void Keep(PhraseParts parts, int first, int end)
    {
        parts.Kept.Add((first, end));
        parts.KeptOtherParts = true;
    }

    /// <summary>"de l'ambassade": where the role is held, read past but left out of the title ("… de l'ambassade du Ghana").</summary>
    private bool TakeWorkplace(PatternDocument document, PhraseParts parts)
    {
        var end = MatchEnd(Row.WorkplaceComplement, document, parts.Next);
        if (end < 0) return false;
        parts.LastContent = parts.Next = end;
        return true;
    }

    /// <summary>
    /// A complement: a portfolio kept in the title, or the government the role belongs to ("de la RDC"), kept out of it.
    /// A comma or "et" continues the portfolio list only when a complement follows (", de l'Union européenne et de la Coopération").
    /// </summary>
    private bool TakeComplement(PatternDocument document, RoleHead head, PhraseParts parts, int sentenceEnd)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        var j = parts.Next;
        // the opening (participle or compound preposition, preposition, article) after an optional list joiner
        var opened = MatchEnd(Row.ComplementOpening, document, j, _complementCapture, out var complementStart, out _);
        if (opened < 0) opened = MatchEnd(Row.ListedComplementOpening, document, j, _listedComplementCapture, out complementStart, out _);
        if (opened < 0) return false;

        var end = ParseComplement(document, complementStart, opened, sentenceEnd, out var country, out var org);
        if (end <= complementStart) return false;
        if (country is not null && !_locationPrepositions.Contains(tokens.Folded[complementStart]))
        {
            parts.Countries.Add(country.Code); // the government the role belongs to: kept out of the title
            if (parts.InInstitutionName) Keep(parts, j, end); // "de la Banque centrale de Tunisie": also part of the name
            else if (IsRepublicOffice(tokens, head, country))
                Keep(parts, j, country.FirstToken + 1); // "Président de la République de Côte d'Ivoire": the office is "président de la République"
        }
        else
        {
            parts.Kept.Add((j, end));
            // a complement without a joiner goes on with the portfolio before it ("en charge des Infrastructures")
            if (complementStart == j && parts.Portfolios.Count > 0) parts.Portfolios[^1] = (parts.Portfolios[^1].First, end);
            else parts.Portfolios.Add((complementStart, end));
            if (opened < end && tokens.IsCapitalized(opened) && _institutionNouns.Contains(tokens.Folded[opened])) parts.InInstitutionName = true;
            // "ministre … des Sénégalais de l'Extérieur": a portfolio for a state's nationals names the state
            for (var k = opened; k < end && parts.Countries.Count == 0; k++)
                if (context.IsCapitalizedDemonym(k)) parts.Countries.Add(context.Countries[context.CountryAt[k]].Code);
            // a minister's portfolio may name a body ("ministre … de l'Union européenne"): only other roles belong to it
            if (!IsPortfolioHead(head.Phrase)) parts.Organization ??= org;
        }
        parts.LastContent = parts.Next = end;
        return true;
    }

    /// <summary>
    /// "président de la République du Congo": the official name is the state form and the country ("République" + "du
    /// Congo"), not a name that starts with it ("la République démocratique du Congo", the RDC's own name).
    /// </summary>
    private bool IsRepublicOffice(TokenText tokens, RoleHead head, CountryRef country) =>
        _republicTitles.Contains(head.Phrase) && _stateFormNouns.Contains(tokens.Folded[country.FirstToken])
        && country.FirstToken + 1 < country.EndToken && _ofPrepositions.Contains(tokens.Folded[country.FirstToken + 1]);

    private bool IsPortfolioHead(string phrase)
    {
        foreach (var prefix in _portfolioHeads)
            if (phrase.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"de la Garde nationale", "des écoles militaires", "de l'Armée": a preposition, an article and a common noun.</summary>
    private bool HasCommandComplement(PatternDocument document, int j, int sentenceEnd)
    {
        if (j >= sentenceEnd || MatchEnd(Row.CommandComplement, document, j, _commandHeadCapture, out var k, out _) < 0) return false;
        var context = document.Context;
        return context.OrganizationAt[k] >= 0 || IsCommonNonName(context.Tokens, k);
    }

    /// <summary>
    /// Parses "de la Défense nationale", "chargé de l'Administration…", "auprès du chef de gouvernement" from its head
    /// <paramref name="k"/>, after the opening that starts at <paramref name="j"/>; returns <paramref name="j"/> when there is none.
    /// </summary>
    private int ParseComplement(PatternDocument document, int j, int k, int sentenceEnd, out CountryRef? country, out OrganizationRef? organization)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        country = null;
        organization = null;
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
        // The complement's own head: a capitalized portfolio word, or a lowercase noun ("de la défense", "du gouvernement");
        // a date ("nommé ministre en mars") is no portfolio.
        if (!tokens.IsWord(k) || _stops.Contains(tokens.Folded[k]) || context.DateAt[k] >= 0) return j;
        // "directeur de cabinet de Jacques Delors": a person's name ends the title, it is not a portfolio.
        if (MatchEnd(Row.NameInComplement, document, k) > 0 && _words.IsFirstName(tokens.Span(k)) && !_words.IsCommonWord(tokens.Span(k + 1)))
            return j;
        var roleHead = _lexicon.RoleHeads.Match(tokens.Folded, k, sentenceEnd, out _);
        // "…, du colonel Sidi Bara": a role head before a name opens the next person's title, not this complement.
        if (roleHead > 0 && k + roleHead < sentenceEnd && MatchEnd(Row.NameAfterHead, document, k + roleHead) > 0) return j;
        return PortfolioEnd(document, k + (roleHead > 0 ? roleHead : 1), sentenceEnd);
    }

    /// <summary>
    /// After a complement's head at <paramref name="k"/>: up to two adjectives or nouns ("Affaires étrangères", "Défense
    /// nationale", "Intégration africaine") as the row <c>portfolio-adjectives</c> reads them, up to the first that is a
    /// role head or a capitalized word other than a common adjective ("Éducation Nationale" keeps its adjective).
    /// </summary>
    private int PortfolioEnd(PatternDocument document, int k, int sentenceEnd)
    {
        if (k >= sentenceEnd) return k;
        var context = document.Context;
        var tokens = context.Tokens;
        // "chef du mouvement Amal": a lowercase body and its name (one word, or words that do not open with a first name:
        // "du parti Paul Mba" names a person)
        if (MatchEnd(Row.NamedBody, document, k - 1, _namedBodyCapture, out var nameStart, out var nameEnd) > 0 && nameStart == k
            && (nameEnd == k + 1 || !_words.IsFirstName(tokens.Span(k))))
            return nameEnd;
        var end = MatchEnd(Row.PortfolioAdjectives, document, k);
        while (k < end
               && (!tokens.IsCapitalized(k) || IsCommonNonName(tokens, k) && (context.Pos[k] == Tagging.UposTag.ADJ || AfterCapitalizedAdjective(document, k)))
               && !OpensTitle(document, k, sentenceEnd))
            k++;
        return k;
    }

    /// <summary>
    /// A role head inside a portfolio opens the next title, except a rank that no name follows: after a noun it is an
    /// adjective ("de la Confédération générale du travail", "la Direction générale des douanes").
    /// </summary>
    private bool OpensTitle(PatternDocument document, int k, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (!_lexicon.RoleHeads.Contains(tokens.Folded[k])) return false;
        if (_lexicon.RoleHeads.Match(tokens.Folded, k, k + 1, out var head) == 0 || head.Kind != RoleKind.Rank) return true;
        return k + 1 < sentenceEnd && MatchEnd(Row.NameAfterHead, document, k + 1) > 0;
    }

    private bool IsCommonNonName(TokenText tokens, int k) => _words.IsCommonWord(tokens.Span(k)) && !_words.IsFirstName(tokens.Span(k));

    /// <summary>"des Anciens Combattants": a capitalized common noun after a capitalized adjective of the same portfolio.</summary>
    private bool AfterCapitalizedAdjective(PatternDocument document, int k) =>
        k > 0 && document.Tokens.IsCapitalized(k - 1) && document.Context.Pos[k - 1] == Tagging.UposTag.ADJ && IsCommonNonName(document.Tokens, k - 1);

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
