using System.Buffers;
using System.Collections.Frozen;
using Extraction.Document;
using Extraction.Entities;
using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Attaches role phrases to the people they describe: "ROLE, NAME" and "ROLE NAME" (forward), "NAME, ROLE"
/// (backward), chains of appositions ("Vice-Premier ministre, ministre des Affaires étrangères, M. X"), plural
/// roles over name lists ("les présidents sénégalais et togolais, X et Y", "respectivement"), and
/// "son homologue (adjectif), NAME".
/// </summary>
/// <remarks>
/// The local sequences around a role and a name (the comma of an apposition, ", respectivement", "des deux pays", an
/// acronym in parentheses, a country complement after a name) are the rows of
/// <c>Resources/Patterns/patterns-appositions.tsv</c>; which person a role goes to (the people layer, apposition chains,
/// name lists, "son homologue") stays here. The pass returns a <see cref="RoleLinkLayer"/>, from which
/// <see cref="PersonLayers.Apply(PersonTable, RoleLinkLayer)"/> makes the people's first table. Immutable; safe to share across threads.
/// </remarks>
internal sealed class RoleLinker
{
    /// <summary>The embedded table of the word sets this linker reads (with the prepositions of <see cref="RoleMentionFinder.Table"/>).</summary>
    public const string Table = "Relations/role-links.tsv";

    /// <summary>The patterns file of the linker.</summary>
    public const string PatternsResource = "Patterns/patterns-appositions.tsv";

    private readonly TokenPattern[] _rows;
    private readonly int _countryAfterNameCapture, _countryInListCapture, _countryInParenthesesCapture, _commaCapture, _subjectCapture, _verbCapture;
    private readonly int _appositionNameCapture, _appositionCommaCapture, _listNamesCapture, _predicateNameCapture;
    private readonly (int Person, int Role) _singularNext, _pluralNext;
    private readonly FrozenSet<string> _successionVerbs;
    private readonly FrozenSet<string> _asWords;
    private readonly FrozenSet<string> _respectively;
    private readonly FrozenSet<string> _roleConjunctions;
    private readonly FrozenSet<string> _nameListFillers;
    private readonly FrozenSet<string> _titlePrepositions;
    private readonly IReadOnlyList<string> _elidedPrepositions;
    private readonly (string Suffix, string Replacement)[] _pluralRewrites;

    /// <summary>The rows of the patterns file the linker uses, by name (<c>RoleToName</c> is the row <c>role-to-name</c>).</summary>
    private enum Row { AppositionComma, RespectivelyAfterRole, CountryAfterName, CountryInNameList, PredicateRole, CountryInParentheses, CaptionPosition, CommaBeforeName, SuccessorSubject, RoleToName, PluralRoleToName, NamesBeforeRespectively, NameBeforeRole }

    /// <summary>A linker over the patterns of <see cref="PatternsResource"/> read over <paramref name="sets"/>.</summary>
    /// <param name="sets">Word sets holding those of <see cref="Table"/> and <see cref="RoleMentionFinder.Table"/>.</param>
    public RoleLinker(WordSets sets)
        : this(sets, PatternFile.LoadSet(PatternsResource, sets))
    {
    }

    /// <param name="sets">Word sets holding those of <see cref="Table"/> and <see cref="RoleMentionFinder.Table"/>.</param>
    /// <param name="patterns">The patterns of <see cref="PatternsResource"/>.</param>
    public RoleLinker(WordSets sets, PatternSet patterns)
    {
        // Fails here, at construction, when a row or a capture the code names is missing.
        _rows = PatternNames.ByMember<Row, TokenPattern>(name => patterns[name]);
        _countryAfterNameCapture = Capture(Row.CountryAfterName, Captures.Country);
        _countryInListCapture = Capture(Row.CountryInNameList, Captures.Country);
        _countryInParenthesesCapture = Capture(Row.CountryInParentheses, Captures.Country);
        _commaCapture = Capture(Row.CommaBeforeName, Captures.Comma);
        _subjectCapture = Capture(Row.SuccessorSubject, Captures.Subject);
        _verbCapture = Capture(Row.SuccessorSubject, Captures.Verb);
        (_appositionNameCapture, _appositionCommaCapture) = (Capture(Row.AppositionComma, Captures.Name), Capture(Row.AppositionComma, Captures.Comma));
        _listNamesCapture = Capture(Row.NamesBeforeRespectively, Captures.Names);
        _predicateNameCapture = Capture(Row.NameBeforeRole, Captures.Name);
        _singularNext = (Capture(Row.RoleToName, Captures.Person), Capture(Row.RoleToName, Captures.Role));
        _pluralNext = (Capture(Row.PluralRoleToName, Captures.Person), Capture(Row.PluralRoleToName, Captures.Role));
        _successionVerbs = sets["succession-verbs"];
        _asWords = sets["as-words"];
        _respectively = sets["respectively-adverbs"];
        _roleConjunctions = sets["role-conjunctions"];
        _nameListFillers = sets["name-list-fillers"];
        _titlePrepositions = sets["complement-prepositions"].Concat(sets["compound-prepositions"]).ToFrozenSet(StringComparer.Ordinal);
        _elidedPrepositions = sets.Ordered("elided-prepositions");
        _pluralRewrites = sets.Ordered("plural-rewrites").Select(e => e.Split(' ')).Select(p => (p[0], p[1])).ToArray();
    }

    /// <summary>The captures of the rows the linker reads (<c>Country</c> is the capture <c>country</c>).</summary>
    private enum Captures { Country, Comma, Subject, Verb, Name, Names, Person, Role }

    /// <summary>The index of a row's capture; fails at construction when the row lacks it.</summary>
    private int Capture(Row row, Captures capture)
    {
        var name = PatternNames.Of(capture);
        var index = _rows[(int)row].CaptureIndex(name);
        return index >= 0 ? index : throw new InvalidDataException($"{PatternsResource}: row '{PatternNames.Of(row)}' has no capture '{name}'.");
    }

    /// <summary>End of the row's match at <paramref name="start"/>, or -1 (also for a start before the first token).</summary>
    private int MatchEnd(Row row, PatternDocument document, int start)
    {
        if (start < 0) return -1;
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        return pattern.MatchAt(document, start, slots);
    }

    /// <summary>
    /// "d'Espagne", "(de la) Tunisie": the country a country row (<paramref name="row"/>) finds at <paramref name="start"/>,
    /// when a country name starts at the row's <c>country</c> capture; <paramref name="end"/> is the end of the row's match.
    /// </summary>
    private CountryRef? CountryComplement(Row row, int capture, PatternDocument document, int start, out int end)
    {
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        end = pattern.MatchAt(document, start, slots);
        if (end < 0) return null;
        return document.Context.CountryStartingAt(slots[2 * capture]) is { Kind: CountryMentionKind.Name } c ? c : null;
    }

    /// <summary>
    /// Links roles to people: each person's roles, their "son homologue" counterpart and the country a demonym or
    /// complement around the name states. A role that finds no person is dropped.
    /// </summary>
    /// <param name="document">The document's token facts.</param>
    /// <param name="roles">Its role phrases.</param>
    /// <param name="people">The clustered people, each at its <see cref="PersonEntity.Index"/>.</param>
    /// <param name="mainCountries">The document's countries, most referred to first.</param>
    public RoleLinkLayer Link(PatternDocument document, IReadOnlyList<RoleMention> roles, IReadOnlyList<PersonEntity> people, IReadOnlyList<string> mainCountries)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        using var index = new LinkIndex(tokens, people, roles);
        document = document.WithLayers(index.Layers); // the rows read where people and roles start
        // Right to left, so that a role followed by another role can take that role's person.
        var (forwardPeople, ownCountries) = (new List<PersonEntity>(), new List<string?>()); // Forward's, reused from role to role
        var links = new List<PersonRole>();
        var homologues = new (PersonEntity? Of, IReadOnlyList<string> Countries)?[people.Count]; // by person index
        List<(PersonEntity Person, NameMention Mention)>?[]? mentionsBySentence = null; // for "son homologue", built on first use
        // the two main countries in the order the story gives them, for "respectivement X et Y": one scan of the countries
        var storyOrder = new Lazy<string[]?>(() => mainCountries.Count >= 2 ? StoryOrder(context, mainCountries[0], mainCountries[1]) : null,
            LazyThreadSafetyMode.None);
        for (var k = roles.Count - 1; k >= 0; k--)
        {
            var role = roles[k];
            var backward = Backward(document, role, index);
            var forward = Forward(document, role, index, forwardPeople, ownCountries);
            var (listed, listedCountries) = (forwardPeople, ownCountries);
            if (role.Plural && listed.Count < 2 && BackwardList(document, role, index) is { Count: >= 2 } backwardPeople)
                (listed, listedCountries) = (backwardPeople, [.. new string?[backwardPeople.Count]]);
            if (role.Plural && listed.Count >= 2)
            {
                AssignPlural(document, role, listed, listedCountries, storyOrder, links);
                continue;
            }
            if (backward is null && forward is null && ShareOutRespectively(document, role, index, links)) continue;
            var person = role.Determiner < 0 && backward is not null ? backward : forward ?? backward;
            var predicate = person is null && !role.Plural && !role.Homologue ? PredicateSubject(document, role, index, people) : null;
            person ??= predicate;
            if (person is null) continue;
            index.SetTarget(k, person);
            if (role.Homologue)
            {
                // the first counterpart found (right to left) stays; the last phrase with countries gives them
                var (of, countries) = homologues[person.Index] ?? (null, []);
                of ??= Counterpart(context, person, role, mentionsBySentence ??= MentionsBySentence(tokens, people));
                homologues[person.Index] = (of, role.Countries.Count > 0 ? role.Countries : countries);
            }
            else
            {
                var title = role.Plural && role.Title is not null ? Singular(role.Title) : role.Title;
                var basis = predicate is not null ? RelationBases.Predicate : LinkBasis(document, role, person, backward);
                links.Add(new PersonRole(person, new LinkedRole(role, title, role.Countries.Count > 0 ? role.Countries[0] : null, basis)));
            }
        }

        var homologueLinks = new List<HomologueLink>();
        foreach (var p in people)
            if (homologues[p.Index] is { } h) homologueLinks.Add(new HomologueLink(p, h.Of, h.Countries));
        return new RoleLinkLayer(links, homologueLinks, StatedCountries(document, people, links));
    }

    /// <summary>
    /// "le Gambien Omar Alieu Touray": a capitalized demonym right before the name states the nationality;
    /// "le roi Felipe VI d'Espagne", "le président X du Ghana": a country right after a titled name does too
    /// (a person with a role in <paramref name="links"/>). The first a person's mentions state, in text order.
    /// </summary>
    private List<StatedCountry> StatedCountries(PatternDocument document, IReadOnlyList<PersonEntity> people, List<PersonRole> links)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        var titled = new bool[people.Count]; // by person index
        foreach (var link in links) titled[link.Person.Index] = true;
        var stated = new List<StatedCountry>();
        foreach (var p in people)
            foreach (var m in p.Mentions)
            {
                if (StatedAround(document, m, titled[p.Index]) is not { } code) continue;
                stated.Add(new StatedCountry(p, code));
                break;
            }
        return stated;
    }

    /// <summary>The country stated around one mention: a complement after a titled name, "(Gabon)", a demonym before.</summary>
    private string? StatedAround(PatternDocument document, NameMention m, bool titled)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        if (titled && m.EndToken < tokens.Count && CountryComplement(Row.CountryAfterName, _countryAfterNameCapture, document, m.EndToken, out _) is { } complement)
            return complement.Code;
        if (m.EndToken < tokens.Count && CountryComplement(Row.CountryInParentheses, _countryInParenthesesCapture, document, m.EndToken, out _) is { } own)
            return own.Code; // "Paul Mba (Gabon)"
        var before = m.Honorific >= 0 ? m.Honorific - 1 : m.FirstToken - 1;
        return before >= 0 && context.CountryAt[before] >= 0 && tokens.IsCapitalized(before)
            && context.Countries[context.CountryAt[before]].Kind == CountryMentionKind.Demonym
            ? context.Countries[context.CountryAt[before]].Code
            : null;
    }

    /// <summary>
    /// The person after the role ("ROLE, NAME", "ROLE NAME", through an apposition chain), or null; for a plural role,
    /// fills <paramref name="listed"/> with the name list and <paramref name="ownCountries"/> with each name's country.
    /// </summary>
    private PersonEntity? Forward(PatternDocument document, RoleMention role, LinkIndex index, List<PersonEntity> listed, List<string?> ownCountries)
    {
        listed.Clear();
        ownCountries.Clear();
        var i = role.EndToken;
        var (row, next) = role.Plural ? (Row.PluralRoleToName, _pluralNext) : (Row.RoleToName, _singularNext);
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        // the row steps over what stands between a role and its name, up to a person or the next role of a chain
        while (true)
        {
            if (i >= document.Tokens.Count || !document.Tokens.SameSentence(i, role.FirstToken) || pattern.MatchAt(document, i, slots) < 0) return null;
            if (slots[2 * next.Person] is >= 0 and var person) return ForwardList(document, role, index, person, listed, ownCountries);
            var at = slots[2 * next.Role];
            var chained = index.RoleAt(at)!;
            // "respectivement le général X": a rank is the listed person's own; else an apposition chain: this role
            // describes the same person as the next one, once that one has a person (roles are linked right to left)
            if (!(role.Plural && chained.Head.Kind == RoleKind.Rank) && index.TargetOfRoleAt(at) is { } target) return target;
            i = chained.EndToken;
        }
    }

    /// <summary>
    /// The first person after the role, its mention starting at <paramref name="i"/>; for a plural role, the name list
    /// that goes on from there, in <paramref name="listed"/>, with each name's country in <paramref name="ownCountries"/>.
    /// </summary>
    private PersonEntity ForwardList(PatternDocument document, RoleMention role, LinkIndex index, int i, List<PersonEntity> listed, List<string?> ownCountries)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        string? pendingCountry = null;
        var sentence = tokens.SentenceOf[role.FirstToken];
        var first = index.PersonAt(i)!.Value.Person;
        while (i < tokens.Count && tokens.SentenceOf[i] == sentence)
        {
            if (index.PersonAt(i) is { } hit)
            {
                listed.Add(hit.Item1);
                ownCountries.Add(pendingCountry);
                pendingCountry = null;
                if (!role.Plural) break;
                i = hit.Item2.EndToken;
                // a name list goes on with ",", "et", ranks ("le général X, le général Y et le capitaine Z"), stated
                // nationalities ("le Marocain X et l'Espagnol Y") and a country complement per name ("de Chine, M. X, et du Soudan, M. Y")
                while (i < tokens.Count && tokens.SentenceOf[i] == sentence)
                {
                    if (_nameListFillers.Contains(tokens.Folded[i]) || context.IsCapitalizedDemonym(i)) i++;
                    else if (index.RoleAt(i) is { Head.Kind: RoleKind.Rank } rank) i = rank.EndToken;
                    else if (CountryComplement(Row.CountryInNameList, _countryInListCapture, document, i, out _) is { } complement)
                        (pendingCountry, i) = (complement.Code, complement.EndToken);
                    else if (MatchEnd(Row.CaptionPosition, document, i) is > 0 and var positionEnd) i = positionEnd; // "X (à g.) et Y"
                    else if (CountryComplement(Row.CountryInParentheses, _countryInParenthesesCapture, document, i, out var ownEnd) is { } own)
                        (ownCountries[^1], i) = (ownCountries[^1] ?? own.Code, ownEnd); // "X (Gabon) et Y (Mali)"
                    else break;
                }
                continue;
            }
            if (index.RoleAt(i) is { } ownRank && role.Plural && ownRank.Head.Kind == RoleKind.Rank)
            {
                i = ownRank.EndToken; // "respectivement le général X": the rank is the person's own, the list goes on
                continue;
            }
            break;
        }
        return first;
    }

    /// <summary>
    /// "X, ROLE", "X d'Espagne, ROLE", "X, alors ROLE": the person before the apposition comma (the leftward row
    /// <c>apposition-comma</c>), or the person of a chain of appositions before it ("X, ROLE1, ROLE2").
    /// </summary>
    private PersonEntity? Backward(PatternDocument document, RoleMention role, LinkIndex index)
    {
        var pattern = _rows[(int)Row.AppositionComma];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        if (pattern.MatchBefore(document, role.PhraseStart, slots) < 0) return null;
        if (slots[2 * _appositionNameCapture] is >= 0 and var name) return index.PersonAt(name)!.Value.Person;
        // "NAME, ROLE1, ROLE2": the role before the comma is linked to the name; roles are linked right to left, so a
        // chain after the name ("X, ministre d'Etat, ministre de la Défense,") follows ROLE1 back to it
        var comma = slots[2 * _appositionCommaCapture];
        if (index.TargetOfRoleEndingAt(comma) is { } linked) return linked;
        return index.FirstRoleEndingAt(comma) is { } previous ? Backward(document, previous, index) : null;
    }

    /// <summary>
    /// "X a été nommé ministre de…", "X, réélu président…", "X est la nouvelle ministre…": the nearest person before the
    /// role, when the row <c>predicate-role</c> leads from the end of the name to the role.
    /// </summary>
    private PersonEntity? PredicateSubject(PatternDocument document, RoleMention role, LinkIndex index, IReadOnlyList<PersonEntity> people)
    {
        // the nearest person before the role, within ten tokens of its sentence (the leftward row name-before-role)
        var pattern = _rows[(int)Row.NameBeforeRole];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var start = role.PhraseStart;
        if (pattern.MatchBefore(document, start, slots) < 0) return null;
        var end = MatchEnd(Row.PredicateRole, document, slots[2 * _predicateNameCapture + 1]);
        return end == start || end == role.FirstToken ? index.PersonAt(slots[2 * _predicateNameCapture])!.Value.Person : SuccessorOf(document, role, index, people);
    }

    /// <summary>
    /// "X avait succédé au Mauritanien Y comme président en exercice de l'UA": the sentence's first person, when a
    /// succession verb follows that person and "comme" opens the role (the row <c>successor-subject</c>, over the people).
    /// </summary>
    private PersonEntity? SuccessorOf(PatternDocument document, RoleMention role, LinkIndex index, IReadOnlyList<PersonEntity> people)
    {
        var tokens = document.Tokens;
        var start = role.PhraseStart;
        if (start == 0 || !_asWords.Contains(tokens.Folded[start - 1])) return null;
        var pattern = _rows[(int)Row.SuccessorSubject];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var sentence = tokens.Sentences[tokens.SentenceOf[role.FirstToken]];
        if (pattern.MatchAt(index.WithPeople(document, people), sentence.FirstToken, slots) < 0) return null;
        // both before "comme"
        var (subject, verb) = (slots[2 * _subjectCapture], slots[2 * _verbCapture]);
        return subject < start - 1 && verb < start - 1 ? index.PersonAt(subject)?.Person : null;
    }

    /// <summary>
    /// The document with the people layer alone: each mention, its honorific included, is <c>InPerson</c> and starts
    /// with <c>PersonStart</c> (built only when a role follows "comme", so the linker's own layers are not reused).
    /// </summary>
    private static PatternDocument WithPeople(PatternDocument document, IReadOnlyList<PersonEntity> people)
    {
        var layers = new TokenFlags[document.Tokens.Count];
        foreach (var p in people)
            foreach (var m in p.Mentions)
                PatternDocument.Mark(layers, m.Honorific >= 0 ? m.Honorific : m.FirstToken, m.EndToken, TokenFlags.InPerson, TokenFlags.PersonStart);
        return document.WithLayers(layers);
    }

    private void AssignPlural(PatternDocument document, RoleMention role, List<PersonEntity> listed, List<string?> ownCountries,
        Lazy<string[]?> storyOrder, List<PersonRole> links)
    {
        var context = document.Context;
        var title = role.Title is null ? null : Singular(role.Title);
        // "X et Y, respectivement ministres de l'Intérieur et de la Défense": one portfolio each, in order
        var portfolios = role.Portfolios is { } listedPortfolios && listedPortfolios.Count == listed.Count && IsRespectively(document, role)
            ? listedPortfolios : null;
        // "les ministres de l'Intérieur des deux pays, respectivement X et Y": the two countries in the order the story gave
        // them (unless "respectivement" shares out portfolios: then it says nothing of the countries)
        var storyPair = portfolios is null && role.Countries.Count == 0 && listed.Count == 2 && IsRespectively(document, role) ? storyOrder.Value : null;
        for (var k = 0; k < listed.Count; k++)
        {
            var country = ownCountries[k]
                ?? (role.Countries.Count == listed.Count ? role.Countries[k]
                : role.Countries.Count == 1 && (k == 0 || ownCountries.All(c => c is null)) ? role.Countries[0]
                : storyPair?[k]);
            var own = portfolios is null ? title : Singular(portfolios[k]);
            if (own is not null) links.Add(new PersonRole(listed[k], new LinkedRole(role, own, country, RelationBases.PluralRole)));
        }
    }

    /// <summary>The construction that linked a singular role: after the name, or before it with or without a comma.</summary>
    private string LinkBasis(PatternDocument document, RoleMention role, PersonEntity person, PersonEntity? backward)
    {
        var tokens = document.Tokens;
        // the first of the person's mentions after the role (its honorific included), and whether one is in the role's
        // sentence: the mentions are in text order and do not overlap, so the first after the role answers both (a
        // search, not a scan: a person of a long document has many mentions)
        var (next, inSentence) = (-1, false);
        if (FirstMentionFrom(person.Mentions.AsSpan(), role.EndToken) is { } m)
            (next, inSentence) = (m.Honorific >= 0 ? m.Honorific : m.FirstToken, tokens.SameSentence(m.FirstToken, role.FirstToken));
        if (person == backward && (role.Determiner < 0 || !inSentence)) return RelationBases.AppositionAfter;
        if (next < 0) return RelationBases.AppositionAfter;
        return CommaBetween(document, role.EndToken, next) ? RelationBases.AppositionBefore : RelationBases.TitleBefore;
    }

    /// <summary>The first mention starting at or after <paramref name="token"/>, in mentions sorted by first token; null when none does.</summary>
    private static NameMention? FirstMentionFrom(ReadOnlySpan<NameMention> mentions, int token)
    {
        var at = Sorted.FirstAtLeast(mentions, token, static m => m.FirstToken);
        return at < mentions.Length ? mentions[at] : null;
    }

    /// <summary>
    /// True when a comma lies in [<paramref name="from"/>, <paramref name="before"/>): the row <c>comma-before-name</c>
    /// finds the first comma of a sentence from a token; a sentence without one passes the search to the next.
    /// </summary>
    private bool CommaBetween(PatternDocument document, int from, int before)
    {
        var tokens = document.Tokens;
        var pattern = _rows[(int)Row.CommaBeforeName];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        while (from < before)
        {
            if (pattern.MatchAt(document, from, slots) >= 0) return slots[2 * _commaCapture] < before;
            from = tokens.Sentences[tokens.SentenceOf[from]].EndToken;
        }
        return false;
    }

    /// <summary>
    /// "X et Y ont été nommés respectivement ministre de l'Intérieur et ministre de la Défense": singular roles joined by
    /// "et" after "respectivement", one per name listed before, in order. False when the counts differ.
    /// </summary>
    private bool ShareOutRespectively(PatternDocument document, RoleMention role, LinkIndex index, List<PersonRole> links)
    {
        if (role.Plural || role.Homologue) return false;
        var tokens = document.Tokens;
        var joined = new List<RoleMention> { role };
        for (var j = role.EndToken; j + 1 < tokens.Count && _roleConjunctions.Contains(tokens.Folded[j]) && index.RoleAt(j + 1) is { } next; j = next.EndToken)
            joined.Add(next);
        if (joined.Count < 2 || BackwardList(document, role, index) is not { } names || names.Count != joined.Count) return false;
        for (var n = 0; n < joined.Count; n++)
            if (joined[n].Title is { } title)
                links.Add(new PersonRole(names[n], new LinkedRole(joined[n], title, joined[n].Countries.Count > 0 ? joined[n].Countries[0] : null, RelationBases.PluralRole)));
        return true;
    }

    /// <summary>
    /// "X et (de) Y, respectivement ministres …", "X et Y sont nommés respectivement …": the people listed right before a
    /// role (the leftward row <c>names-before-respectively</c>), in text order, or null.
    /// </summary>
    private List<PersonEntity>? BackwardList(PatternDocument document, RoleMention role, LinkIndex index)
    {
        var pattern = _rows[(int)Row.NamesBeforeRespectively];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        if (pattern.MatchBefore(document, role.PhraseStart, slots) < 0) return null;
        var listed = new List<PersonEntity>();
        for (var k = slots[2 * _listNamesCapture]; k < slots[2 * _listNamesCapture + 1]; k++)
            if (index.StartsMention(k)) listed.Add(index.PersonAt(k)!.Value.Person);
        return listed;
    }

    /// <summary>"les ministres … des deux pays, respectivement X et Y", "X et Y, respectivement ministres…".</summary>
    private bool IsRespectively(PatternDocument document, RoleMention role)
    {
        var tokens = document.Tokens;
        if (tokens.SameSentence(role.EndToken, role.FirstToken) && MatchEnd(Row.RespectivelyAfterRole, document, role.EndToken) > 0) return true;
        var before = role.PhraseStart - 1;
        return before >= 0 && _respectively.Contains(tokens.Folded[before]);
    }

    /// <summary>The two countries ordered by their first mention.</summary>
    private static string[] StoryOrder(EntityContext context, string a, string b)
    {
        int firstA = int.MaxValue, firstB = int.MaxValue;
        foreach (var c in context.Countries)
        {
            if (c.Code == a) firstA = Math.Min(firstA, c.FirstToken);
            else if (c.Code == b) firstB = Math.Min(firstB, c.FirstToken);
        }
        return firstA <= firstB ? [a, b] : [b, a];
    }

    /// <summary>"chefs d'État" → "chef d'État", "ministres chargés de l'Énergie" → "ministre chargé de l'Énergie": the words before the complement.</summary>
    private string Singular(string title)
    {
        var words = title.Split(' ');
        // The head ends at its first complement; an elided compound ("d'état-major") is still the head: "chefs
        // d'état-major généraux" → "chef d'état-major général".
        for (var k = 0; k < words.Length && !_titlePrepositions.Contains(words[k])
                        && !(StartsWithAny(words[k], _elidedPrepositions) && !words[k].Contains('-')); k++)
            words[k] = SingularWord(words[k]);
        return string.Join(' ', words);
    }

    /// <summary>"généraux" → "général" (a rewritten ending, the word longer than it by two), "ministres" → "ministre".</summary>
    private string SingularWord(string w)
    {
        foreach (var (suffix, replacement) in _pluralRewrites)
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > suffix.Length + 1) return w[..^suffix.Length] + replacement;
        return w.EndsWith('s') && w.Length > 3 ? w[..^1] : w;
    }

    private static bool StartsWithAny(string word, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The person "son homologue" refers back to: the person it is coordinated with ("le ministre X, et son homologue
    /// Y"); else the first person of its sentence, the subject in news style ("Le président X a reçu le ministre Y,
    /// porteur d'un message de son homologue Z": Z is X's counterpart); else the nearest earlier person in the two
    /// sentences before; else, in a fronted clause, the first person after it.
    /// </summary>
    private PersonEntity? Counterpart(EntityContext context, PersonEntity person, RoleMention role,
        List<(PersonEntity Person, NameMention Mention)>?[] mentionsBySentence)
    {
        var sentence = context.Tokens.SentenceOf[role.FirstToken];
        PersonEntity? subject = null, nearest = null, later = null;
        int subjectToken = int.MaxValue, nearestToken = -1, laterToken = int.MaxValue;
        // only the mentions of this sentence and the two before can count; tied tokens lie in one sentence, whose list
        // keeps the people's order, so the first-found choice is the one a scan of every person would make
        for (var si = Math.Max(0, sentence - 2); si <= sentence; si++)
            foreach (var (p, m) in mentionsBySentence[si] ?? [])
            {
                if (p == person) continue;
                if (m.FirstToken >= role.FirstToken) continue;
                var distance = sentence - context.Tokens.SentenceOf[m.FirstToken];
                if (distance == 0 && m.FirstToken < subjectToken) (subject, subjectToken) = (p, m.FirstToken);
                if (distance <= 2 && m.FirstToken > nearestToken) (nearest, nearestToken) = (p, m.FirstToken);
            }
        // "…, le ministre X, et son homologue Y": coordinated with a person, the counterpart is that person, not the subject
        if (nearest is not null && IsCoordinated(context.Tokens, role)) return nearest;
        if (subject is not null || nearest is not null) return subject ?? nearest;
        // "Reçu par son homologue X, le président tunisien Y a salué…": a fronted clause refers to the subject after it
        foreach (var (p, m) in mentionsBySentence[sentence] ?? [])
            if (p != person && m.FirstToken > role.FirstToken && (later is null || m.FirstToken < laterToken)) (later, laterToken) = (p, m.FirstToken);
        return later;
    }

    /// <summary>"et son homologue": the counterpart phrase (from its determiner) follows a conjunction.</summary>
    private bool IsCoordinated(TokenText tokens, RoleMention role)
    {
        var start = role.PhraseStart;
        return start > 0 && _roleConjunctions.Contains(tokens.Folded[start - 1]);
    }

    /// <summary>Each sentence's person mentions (by first token), in people order then mention order.</summary>
    private static List<(PersonEntity Person, NameMention Mention)>?[] MentionsBySentence(TokenText tokens, IReadOnlyList<PersonEntity> people)
    {
        var bySentence = new List<(PersonEntity Person, NameMention Mention)>?[tokens.Sentences.Length];
        foreach (var p in people)
            foreach (var m in p.Mentions)
                (bySentence[tokens.SentenceOf[m.FirstToken]] ??= []).Add((p, m));
        return bySentence;
    }

    /// <summary>
    /// Per token, the person mention and the role phrase starting there, the roles ending there and the person each
    /// role was linked to: what the linker looks up around a role; and the people and role layers its rows match over
    /// (<see cref="Layers"/>). Its arrays come from the shared pool (a long document would otherwise allocate several
    /// arrays of its size per call); dispose it to give them back.
    /// </summary>
    private sealed class LinkIndex : IDisposable
    {
        private readonly (PersonEntity Person, NameMention Mention)[] _mentions;
        private readonly IReadOnlyList<RoleMention> _roles;
        // 1 + index into _mentions / _roles, 0 for none: the rented arrays are cleared to "none" in one call
        private readonly int[] _personAt, _roleAt, _firstEndingAt;
        private readonly int[] _nextEnding; // per role: 1 + the next role ending at the same token, in list order
        private readonly PersonEntity?[] _targets;
        private PatternDocument? _withPeople;

        /// <summary>
        /// The document with the people layer (see RoleLinker's <c>WithPeople</c>), built at the first call and kept:
        /// built per role, it made a long document's linking quadratic.
        /// </summary>
        public PatternDocument WithPeople(PatternDocument document, IReadOnlyList<PersonEntity> people) =>
            _withPeople ??= RoleLinker.WithPeople(document, people);
        private readonly TokenFlags[] _layers;

        public LinkIndex(TokenText tokens, IReadOnlyList<PersonEntity> people, IReadOnlyList<RoleMention> roles)
        {
            var count = tokens.Count;
            var mentions = 0;
            foreach (var p in people) mentions += p.Mentions.Length;
            _mentions = new (PersonEntity, NameMention)[mentions];
            _roles = roles;
            _personAt = Rent(count);
            _roleAt = Rent(count);
            _firstEndingAt = Rent(count + 1);
            _nextEnding = new int[roles.Count];
            _targets = new PersonEntity?[roles.Count];
            _layers = ArrayPool<TokenFlags>.Shared.Rent(count);
            Array.Clear(_layers, 0, count);
            var k = 0;
            foreach (var p in people)
                foreach (var m in p.Mentions)
                {
                    _mentions[k++] = (p, m);
                    _personAt[m.FirstToken] = k; // a later mention at the same token wins, as in list order
                    if (m.Honorific >= 0) _personAt[m.Honorific] = k;
                    PatternDocument.Mark(_layers, m.Honorific >= 0 ? m.Honorific : m.FirstToken, m.EndToken, TokenFlags.InPerson, TokenFlags.PersonStart, TokenFlags.PersonEnd);
                    // "M." ending a paragraph, the name opening the next sentence: a row matches inside one sentence,
                    // where the mention starts at its first token
                    if (m.Honorific >= 0 && !tokens.SameSentence(m.Honorific, m.FirstToken)) _layers[m.FirstToken] |= TokenFlags.PersonStart;
                }
            for (var r = 0; r < roles.Count; r++)
            {
                _roleAt[roles[r].FirstToken] = r + 1;
                PatternDocument.Mark(_layers, roles[r].FirstToken, roles[r].EndToken, TokenFlags.InRole, TokenFlags.RoleStart);
            }
            // right to left, so that each chain runs in list order
            for (var r = roles.Count - 1; r >= 0; r--)
            {
                _nextEnding[r] = _firstEndingAt[roles[r].EndToken];
                _firstEndingAt[roles[r].EndToken] = r + 1;
            }
        }

        private static int[] Rent(int size)
        {
            var array = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(array, 0, size);
            return array;
        }

        /// <summary>
        /// The people layer (each mention, its honorific included, is <c>InPerson</c>, starts with <c>PersonStart</c>
        /// and ends with <c>PersonEnd</c>) and the role layer (<c>InRole</c>, <c>RoleStart</c>), one mask per token (the array
        /// may be longer than the document: it comes from the pool).
        /// </summary>
        public TokenFlags[] Layers => _layers;

        /// <summary>True when a mention starts at <paramref name="token"/>: its honorific, else its first token.</summary>
        public bool StartsMention(int token) => (_layers[token] & TokenFlags.PersonStart) != 0;

        /// <summary>The person mention starting at <paramref name="token"/> (at its first token or its honorific), or null.</summary>
        public (PersonEntity Person, NameMention Mention)? PersonAt(int token) => _personAt[token] is > 0 and var k ? _mentions[k - 1] : null;

        /// <summary>The role phrase starting at <paramref name="token"/> (the last listed there), or null.</summary>
        public RoleMention? RoleAt(int token) => _roleAt[token] is > 0 and var r ? _roles[r - 1] : null;

        /// <summary>Links role number <paramref name="role"/> (of the roles list) to <paramref name="person"/>.</summary>
        public void SetTarget(int role, PersonEntity person) => _targets[role] = person;

        /// <summary>The person the role starting at <paramref name="token"/> was linked to, or null.</summary>
        public PersonEntity? TargetOfRoleAt(int token) => _roleAt[token] is > 0 and var r ? _targets[r - 1] : null;

        /// <summary>The person of the first role, in list order, that ends at <paramref name="end"/> and was linked, or null.</summary>
        public PersonEntity? TargetOfRoleEndingAt(int end)
        {
            for (var r = _firstEndingAt[end]; r > 0; r = _nextEnding[r - 1])
                if (_targets[r - 1] is { } person) return person;
            return null;
        }

        /// <summary>The first role, in list order, that ends at <paramref name="end"/>, or null.</summary>
        public RoleMention? FirstRoleEndingAt(int end) => _firstEndingAt[end] is > 0 and var r ? _roles[r - 1] : null;

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_personAt);
            ArrayPool<int>.Shared.Return(_roleAt);
            ArrayPool<int>.Shared.Return(_firstEndingAt);
            ArrayPool<TokenFlags>.Shared.Return(_layers);
        }
    }
}
