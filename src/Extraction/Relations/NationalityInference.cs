using System.Collections.Frozen;
using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Gives each person a country: from their roles' adjectives and complements, a stated nationality
/// ("le Gambien X", "la partie marocaine"), the "son homologue" link (the other country of a two-country
/// story), and for roles held in an organization, only an explicit nationality.
/// </summary>
/// <remarks>
/// The passes read the people's facts from the table they are given and return what they decide as layers
/// (<see cref="PersonCountry"/>, <see cref="NationalityLayer"/>); the pipeline makes the next table from them
/// (<see cref="PersonLayers"/>). Inside a pass the steps read the countries the earlier steps gave, so they work on a
/// private <see cref="CountryBook"/>.
/// </remarks>
internal sealed class NationalityInference
{
    /// <summary>The embedded table of the word sets this pass reads.</summary>
    public const string Table = "Relations/nationality-cues.tsv";

    private readonly EntityLexicon _lexicon;
    private readonly FrozenSet<string> _possessives;
    private readonly FrozenSet<string> _scopingSideNouns;
    private readonly FrozenSet<string> _sideNouns;
    private readonly FrozenSet<string> _delegationNouns;
    private readonly FrozenSet<string> _compositionVerbs;
    private readonly FrozenSet<string> _agentPrepositions;
    private readonly FrozenSet<string> _pairConjunctions;
    private readonly FrozenSet<string> _visitNouns;
    private readonly FrozenSet<string> _visitPrepositions;
    private readonly FrozenSet<string> _headlineSeparators;
    private readonly FrozenSet<string> _destinationPrepositions;
    private readonly FrozenSet<string> _nameComplementPrepositions;

    /// <param name="lexicon">Government nouns and meeting cues.</param>
    /// <param name="sets">Word sets holding those of <see cref="Table"/>.</param>
    public NationalityInference(EntityLexicon lexicon, WordSets sets)
    {
        _lexicon = lexicon;
        _possessives = sets["possessive-determiners"];
        _scopingSideNouns = sets["scoping-side-nouns"];
        _sideNouns = sets["side-nouns"];
        _delegationNouns = sets["delegation-nouns"];
        _compositionVerbs = sets["delegation-composition-verbs"];
        _agentPrepositions = sets["agent-prepositions"];
        _pairConjunctions = sets["pair-conjunctions"];
        _visitNouns = sets["visit-nouns"];
        _visitPrepositions = sets["visit-prepositions"];
        _headlineSeparators = sets["headline-separators"];
        _destinationPrepositions = sets["destination-prepositions"];
        _nameComplementPrepositions = sets["name-complement-prepositions"];
    }

    /// <summary>The countries the text's cues give people, the strongest first: the person's own, then counterparts,
    /// elimination and order. Public knowledge comes after (<see cref="AfterKnowledge"/>): it only fills what the text left open.</summary>
    /// <param name="context">The document's entities.</param>
    /// <param name="people">The kept people.</param>
    /// <param name="facts">Their roles, counterparts and stated countries (<see cref="ExtractionDocument.LinkedFacts"/>).</param>
    /// <param name="mainCountries">The document's countries, most referred to first.</param>
    public IReadOnlyList<PersonCountry> FromText(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts, IReadOnlyList<string> mainCountries)
    {
        var book = new CountryBook(facts.Count);
        FromOwnCues(context, people, facts, book);
        Mark(people, book, RelationBases.Side);
        AvoidCounterpartCountry(context, people, facts, book);
        var twoSided = IsTwoSided(context, mainCountries);
        if (twoSided) FromCounterparts(people, facts, mainCountries, book);
        Mark(people, book, RelationBases.Elimination);
        FromCountryBeforeOffice(context, people, facts, book);
        Mark(people, book, RelationBases.Order);
        if (twoSided)
        {
            FromMeetings(context, people, facts, mainCountries, book);
            FromPairsAndVisits(context, people, facts, mainCountries, book);
        }
        Mark(people, book, RelationBases.Elimination);
        return book.ToLayer();
    }

    /// <summary>
    /// The text's countries with the knowledge base's where the text gave none, then a counterpart of a known leader
    /// ("Justin Trudeau a reçu son homologue Y"), filled only where the text left a gap, and the counterpart titles.
    /// </summary>
    public static NationalityLayer AfterKnowledge(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts,
        IReadOnlyList<string> mainCountries, IReadOnlyList<PersonCountry> textCountries, IReadOnlyList<KnowledgeMatch> knowledge)
    {
        var book = CountryBook.From(textCountries, facts.Count);
        foreach (var k in knowledge)
            if (k.Country is not null) book.Set(k.Person, k.Country, RelationBases.Knowledge);
        if (IsTwoSided(context, mainCountries)) FromCounterparts(people, facts, mainCountries, book);
        Mark(people, book, RelationBases.Elimination);
        var titles = CounterpartTitles(people, facts, book);
        return new NationalityLayer(book.ToLayer(), titles);
    }

    /// <summary>The person's own cues: a role's adjective or complement, a stated nationality, the "homologue" adjective, a side.</summary>
    private void FromOwnCues(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts, CountryBook book)
    {
        var solePerson = SolePersonBySentence(context, people);
        bool[]? mentionStarts = null;
        var sideCues = new List<int>?[context.Tokens.Sentences.Length];
        foreach (var p in people)
        {
            var f = facts[p];
            var national = f.Roles.FirstOrDefault(r => r.Country is not null);
            var country = national?.Country ?? f.StatedCountry ?? (f.HomologueCountries.Count > 0 ? f.HomologueCountries[0] : null);
            var basis = national is not null ? RoleBasis(context, national.Role)
                : f.StatedCountry is not null ? RelationBases.Stated
                : country is not null ? RelationBases.RoleAdjective : null;
            country ??= AgentOfSide(context, p, mentionStarts ??= MentionStarts(context, people)) ?? SideOf(context, p, solePerson, sideCues);
            book.Set(p, country, basis);
        }
    }

    /// <summary>Ambiguous adjectives ("congolais"): the counterpart's country is not this person's.</summary>
    private static void AvoidCounterpartCountry(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts, CountryBook book)
    {
        foreach (var p in people)
        {
            if (book.Country(p) is not { } own || facts[p].HomologueOf is not { } q || book.Country(q) is not { } other || other != own) continue;
            var alternatives = Alternatives(context, p, facts[p], own);
            var switched = alternatives.FirstOrDefault(a => a != other);
            if (switched is not null) book.SetCountry(p, switched);
        }
    }

    /// <summary>"X et son homologue Y": in a story about two countries, Y belongs to the other one (and vice versa).</summary>
    private static void FromCounterparts(IReadOnlyList<PersonEntity> people, PersonTable facts, IReadOnlyList<string> mainCountries, CountryBook book)
    {
        for (var pass = 0; pass < 2; pass++)
            foreach (var p in people)
            {
                if (facts[p].HomologueOf is not { } q) continue;
                if (book.Country(p) is null && book.Country(q) is { } qc) book.SetCountry(p, Other(mainCountries, qc));
                if (book.Country(q) is null && book.Country(p) is { } pc) book.SetCountry(q, Other(mainCountries, pc));
            }
    }

    /// <summary>
    /// "la présidence algérienne, le président X": a national office with the country named just before it;
    /// "L'Algérie (…), a réagi son ministre X": a possessive office belongs to the country named before it.
    /// </summary>
    private void FromCountryBeforeOffice(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts, CountryBook book)
    {
        bool[]? inLinkedRole = null, afterName = null;
        foreach (var p in people)
            if (book.Country(p) is null && facts[p].Roles.FirstOrDefault(r => r.Title is not null && r.Role.Organization is null) is { } role)
            {
                var start = role.Role.PhraseStart;
                book.SetCountry(p, (role.Role.Determiner >= 0 && In(context.Tokens, role.Role.Determiner, _possessives) ? PossessorCountry(context, start) : null)
                    ?? CountryJustBefore(context, start, inLinkedRole ??= InLinkedRole(context, people, facts), afterName ??= AfterName(context, people)));
            }
    }

    /// <summary>
    /// The counterpart's title "son homologue" refers to: the nearest before the person's first mention ("le ministre de
    /// l'Énergie X et son homologue Y", not a title X gets later), else X's first, or a fuller wording of it; titles of
    /// organizations aside.
    /// </summary>
    private static LinkedRole? CounterpartRole(PersonEntity person, PersonFacts counterpart)
    {
        var at = person.FirstToken; // the mentions are in text order, and a person has one at least
        var titled = counterpart.Roles.Where(r => r.Title is not null && r.Role.Organization is null).ToList();
        var nearest = titled.Where(r => r.Role.FirstToken < at).MaxBy(r => r.Role.FirstToken) ?? titled.MinBy(r => r.Role.FirstToken);
        // "La ministre X … son homologue Y … X, ministre des Affaires étrangères": a fuller wording of the same title wins
        return nearest is null ? null
            : titled.Where(r => r.Title!.StartsWith(nearest.Title + " ", StringComparison.OrdinalIgnoreCase)).MinBy(r => r.Role.FirstToken) ?? nearest;
    }

    /// <summary>
    /// A person with no title of their own who is "son homologue" takes the counterpart's title, the one the
    /// counterpart took itself when it had none (people in order, as if each title were added at once).
    /// </summary>
    private static List<CounterpartTitle> CounterpartTitles(IReadOnlyList<PersonEntity> people, PersonTable facts, CountryBook book)
    {
        var titles = new List<CounterpartTitle>();
        LinkedRole?[]? taken = null; // by person index
        foreach (var p in people)
        {
            if (facts[p].HomologueOf is not { } q || facts[p].Roles.Any(r => r.Title is not null)) continue;
            var title = CounterpartRole(p, facts[q]) ?? taken?[q.Index];
            if (title is null) continue;
            var role = new LinkedRole(title.Role, title.Title, book.Country(p), RelationBases.Homologue);
            (taken ??= new LinkedRole?[facts.Count])[p.Index] = role;
            titles.Add(new CounterpartTitle(p, role));
        }
        return titles;
    }

    /// <summary>
    /// A story about one country ("Tunis : le ministre de l'Intérieur X a annoncé…"): office holders with no cue of their
    /// own, outside international bodies, are that country's. One country dominates when it is referred to at least
    /// twice as often as any other. The weakest inference: it runs last, after the agreements' signatories. Returns
    /// the countries it gives and the countries without a basis it marks (those the agreements gave), with the
    /// domestic basis.
    /// </summary>
    /// <param name="context">The document's entities.</param>
    /// <param name="people">The kept people.</param>
    /// <param name="facts">Their facts once the agreements' countries are in (<see cref="ExtractionDocument.SignatoryFacts"/>).</param>
    public IReadOnlyList<PersonCountry> FromDomesticStory(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in context.Countries) counts[c.Code] = counts.GetValueOrDefault(c.Code) + 1;
        string home;
        if (counts.Count == 0)
        {
            // "Le président X a procédé à un remaniement. Le ministre de l'Économie, Y, …": no country named, but the
            // known leaders of the story all lead one
            var led = people.Select(p => facts[p]).Where(f => f.Knowledge is not null && f.Country is not null).Select(f => f.Country!).Distinct().ToList();
            if (led.Count != 1) return [];
            home = led[0];
        }
        else
        {
            var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            var dominant = ranked[0].Value >= 2 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value);
            // "Liban : le chef de l'armée élu président": the headline's country, when no other is named as often
            var headed = HeadlineCountry(context) == ranked[0].Key && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value);
            if (!dominant && !headed) return [];
            home = ranked[0].Key;
        }
        var decided = new List<PersonCountry>();
        foreach (var p in people)
        {
            var f = facts[p];
            var country = f.Country;
            if (country is null && f.Roles.Any(r => r.Title is not null) && f.Roles.All(r => r.Role.Organization is not { Country: not null } o || o.Country == home)
                && !f.Roles.Any(r => r.Role.Organization is { Type: "intergovernmental" }))
                country = home;
            if (country is not null && f.CountryBasis is null) decided.Add(new PersonCountry(p, country, RelationBases.Domestic));
        }
        return decided;
    }

    /// <summary>The country a headline opens with, followed by a headline separator ("Liban : …"), or null.</summary>
    private string? HeadlineCountry(EntityContext context)
    {
        var tokens = context.Tokens;
        if (tokens.Sentences.Length == 0) return null;
        var first = tokens.Sentences[0].FirstToken;
        while (first < tokens.Sentences[0].EndToken && !tokens.IsWord(first)) first++;
        if (context.CountryStartingAt(first) is not { Kind: CountryMentionKind.Name } c || c.EndToken >= tokens.Count
            || !_headlineSeparators.Contains(tokens.Folded[c.EndToken])) return null;
        // "Maroc-Espagne :" names two countries in one word: no one country heads the story
        foreach (var other in context.Countries)
            if (other.FirstToken == first && other.Code != c.Code) return null;
        return c.Code;
    }

    /// <summary>Records <paramref name="basis"/> for the people who got a country in the step just run.</summary>
    private static void Mark(IReadOnlyList<PersonEntity> people, CountryBook book, string basis)
    {
        foreach (var p in people)
            if (book.Country(p) is not null && book.Basis(p) is null) book.SetBasis(p, basis);
    }

    /// <summary>A nationality adjective inside the role ("le ministre marocain"), else its government complement.</summary>
    private static string RoleBasis(EntityContext context, RoleMention role)
    {
        for (var i = role.FirstToken; i < role.EndToken; i++)
            if (context.CountryAt[i] >= 0 && context.Countries[context.CountryAt[i]].Kind == CountryMentionKind.Demonym)
                return RelationBases.RoleAdjective;
        return RelationBases.RoleComplement;
    }

    /// <summary>Per token, whether it lies inside a role linked to some person: built once rather than per token.</summary>
    private static bool[] InLinkedRole(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts)
    {
        var inRole = new bool[context.Tokens.Count];
        foreach (var p in people)
            foreach (var r in facts[p].Roles)
                for (var k = r.Role.FirstToken; k < r.Role.EndToken; k++) inRole[k] = true;
        return inRole;
    }

    /// <summary>Per token, whether a country starting there complements the name just before it ("le roi X d'Espagne", "l'émir X du Qatar").</summary>
    private bool[] AfterName(EntityContext context, IReadOnlyList<PersonEntity> people)
    {
        var after = new bool[context.Tokens.Count + 1];
        foreach (var p in people)
            foreach (var m in p.Mentions)
                if (In(context.Tokens, m.EndToken, _nameComplementPrepositions)) after[m.EndToken + 1] = true;
        return after;
    }

    /// <summary>The country of an office from the text just before it: the nearest reference within four tokens, the
    /// only country referred to in the twelve tokens before, or the one a government noun carries.</summary>
    private string? CountryJustBefore(EntityContext context, int start, bool[] inLinkedRole, bool[] afterName)
    {
        var tokens = context.Tokens;
        var codes = new List<(string Code, int Distance, bool OnGovernmentNoun)>();
        var governmentNouns = _lexicon.GovernmentNouns;
        for (var k = start - 1; k >= Math.Max(0, start - 12) && tokens.SameSentence(k, start); k--)
        {
            // The first country only across a verb is another clause's ("la délégation malienne a été reçue par le ministre X").
            if (codes.Count == 0 && context.IsVerb(k) && context.CountryAt[k] < 0) break;
            if (context.CountryAt[k] < 0) continue;
            var c = context.Countries[context.CountryAt[k]];
            if (c.Kind == CountryMentionKind.Capital || inLinkedRole[k] || afterName[c.FirstToken]) return null;
            codes.Add((c.Code, start - k, c.Kind == CountryMentionKind.Demonym && c.FirstToken > 0 && governmentNouns.Contains(tokens.Folded[c.FirstToken - 1])));
            k = c.FirstToken;
        }
        if (codes.Count == 0) return null;
        var government = codes.Where(c => c.OnGovernmentNoun).Select(c => c.Code).Distinct().ToList();
        if (government.Count == 1 && codes.Any(c => c.Code != government[0])) return government[0];
        return codes[0].Distance <= 4 || codes.All(c => c.Code == codes[0].Code) ? codes[0].Code : null;
    }

    /// <summary>The country named (not an adjective) nearest before <paramref name="start"/> in its sentence: the "son" of "son ministre".</summary>
    private static string? PossessorCountry(EntityContext context, int start)
    {
        var tokens = context.Tokens;
        for (var k = start - 1; k >= 0 && tokens.SameSentence(k, start); k--)
            if (context.CountryAt[k] >= 0 && context.Countries[context.CountryAt[k]] is { Kind: CountryMentionKind.Name } c)
                return c.Code;
        return null;
    }

    /// <summary>
    /// "Représentant la partie marocaine, Mme X", "Côté nigérian, le texte a été signé par X", "une délégation libyenne
    /// conduite par X": a side named in the sentence of the only person it can be.
    /// </summary>
    private string? SideOf(EntityContext context, PersonEntity p, PersonEntity?[] solePerson, List<int>?[] sideCues)
    {
        var tokens = context.Tokens;
        foreach (var m in p.Mentions)
        {
            var sentenceIndex = tokens.SentenceOf[m.FirstToken];
            var s = tokens.Sentences[sentenceIndex];
            var alone = solePerson[sentenceIndex] == p; // p is mentioned here, so it is alone when it is the sentence's only person
            string? scoped = null; // "Côté mauritanien, on notait X, Y et Z": a side named first covers the sentence up to the next side
            // Only a side or delegation noun before a demonym can be a cue: the sentence is scanned for them once, not per mention.
            foreach (var i in sideCues[sentenceIndex] ??= SideCues(context, s))
            {
                if (_scopingSideNouns.Contains(tokens.Folded[i]) && context.IsDemonymAdjective(i + 1) && i < m.FirstToken
                    && (i <= s.FirstToken + 1 || tokens.IsPunct(i - 1, ',') || tokens.IsPunct(i - 1, ';')) && tokens.IsPunct(i + 2, ','))
                    scoped = context.Countries[context.CountryAt[i + 1]].Code;
                if (_delegationNouns.Contains(tokens.Folded[i]) && context.IsDemonymAdjective(i + 1) && i < m.FirstToken && i <= s.FirstToken + 1
                    && In(tokens, i + 2, _compositionVerbs))
                    scoped = context.Countries[context.CountryAt[i + 1]].Code;
                if (_sideNouns.Contains(tokens.Folded[i]) && context.IsDemonymAdjective(i + 1) && (alone || Math.Abs(i - m.FirstToken) <= 6))
                    return context.Countries[context.CountryAt[i + 1]].Code;
                if (_delegationNouns.Contains(tokens.Folded[i]) && context.IsDemonymAdjective(i + 1) && i + 4 >= m.FirstToken - 2 && i < m.FirstToken
                    && In(tokens, m.FirstToken - 1, _agentPrepositions) && m.FirstToken - i <= 5)
                    return context.Countries[context.CountryAt[i + 1]].Code;
            }
            if (scoped is not null) return scoped;
        }
        return null;
    }

    /// <summary>The tokens of a sentence where a side or delegation noun precedes a demonym ("côté marocain"), in order.</summary>
    private List<int> SideCues(EntityContext context, Tokenization.Sentence s)
    {
        var cues = new List<int>();
        var folded = context.Tokens.Folded;
        for (var i = s.FirstToken; i + 1 < s.EndToken; i++)
            if ((_scopingSideNouns.Contains(folded[i]) || _sideNouns.Contains(folded[i]) || _delegationNouns.Contains(folded[i])) && context.IsDemonymAdjective(i + 1))
                cues.Add(i);
        return cues;
    }

    /// <summary>
    /// "signé côté polonais par le directeur de l'Agence, le général X, et côté coréen par Y": the first person named
    /// after a side's agent preposition, before any other side, is that side's, however long the title between.
    /// </summary>
    private const int MaxSideToAgent = 32;

    private string? AgentOfSide(EntityContext context, PersonEntity p, bool[] mentionStarts)
    {
        var tokens = context.Tokens;
        foreach (var m in p.Mentions)
        {
            var s = tokens.Sentences[tokens.SentenceOf[m.FirstToken]];
            // A title runs a few dozen tokens at most; the bound keeps a sentence of many mentions linear.
            for (var k = m.FirstToken - 1; k >= Math.Max(s.FirstToken + 2, m.FirstToken - MaxSideToAgent); k--)
            {
                if (k < m.FirstToken - 1 && mentionStarts[k]) break; // another person comes first after the side
                if (_sideNouns.Contains(tokens.Folded[k])) break;
                if (In(tokens, k, _agentPrepositions) && context.IsDemonymAdjective(k - 1) && _sideNouns.Contains(tokens.Folded[k - 2]))
                    return context.Countries[context.CountryAt[k - 1]].Code;
            }
        }
        return null;
    }

    /// <summary>Per token, whether a person's mention starts there.</summary>
    private static bool[] MentionStarts(EntityContext context, IReadOnlyList<PersonEntity> people)
    {
        var starts = new bool[context.Tokens.Count];
        foreach (var p in people)
            foreach (var m in p.Mentions)
                starts[m.FirstToken] = true;
        return starts;
    }

    /// <summary>
    /// Per sentence, the only person mentioned in it, or null when none or several are: built once, so that the
    /// "alone in the sentence" test does not scan every mention of every person per mention.
    /// </summary>
    private static PersonEntity?[] SolePersonBySentence(EntityContext context, IReadOnlyList<PersonEntity> people)
    {
        var tokens = context.Tokens;
        var sole = new PersonEntity?[tokens.Sentences.Length];
        var several = new bool[tokens.Sentences.Length];
        foreach (var p in people)
            foreach (var m in p.Mentions)
            {
                var si = tokens.SentenceOf[m.FirstToken];
                if (sole[si] is null && !several[si]) sole[si] = p;
                else if (sole[si] != p) { sole[si] = null; several[si] = true; }
            }
        return sole;
    }

    /// <summary>Per sentence, the people mentioned in it, each once, in <paramref name="people"/> order.</summary>
    private static List<PersonEntity>?[] PeopleBySentence(EntityContext context, IReadOnlyList<PersonEntity> people)
    {
        var tokens = context.Tokens;
        var bySentence = new List<PersonEntity>?[tokens.Sentences.Length];
        foreach (var p in people)
            foreach (var m in p.Mentions)
            {
                var list = bySentence[tokens.SentenceOf[m.FirstToken]] ??= [];
                if (list.Count == 0 || list[^1] != p) list.Add(p); // people are visited one after the other
            }
        return bySentence;
    }

    /// <summary>
    /// Talks between two people in a story about two countries: a head of state or minister with no country who
    /// receives or meets someone of one of them belongs to the other.
    /// </summary>
    private void FromMeetings(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts, IReadOnlyList<string> mainCountries, CountryBook book)
    {
        if (mainCountries.Count < 2) return;
        var tokens = context.Tokens;
        var lexicon = _lexicon;
        List<PersonEntity>?[]? bySentence = null;
        var hasCueBySentence = new sbyte[tokens.Sentences.Length]; // 0 unknown, 1 yes, -1 no: each sentence is scanned once
        foreach (var p in people)
        {
            if (book.Country(p) is not null || !facts[p].Roles.Any(r => r.Title is not null && r.Role.Organization is null)) continue;
            foreach (var m in p.Mentions)
            {
                var si = tokens.SentenceOf[m.FirstToken];
                if (hasCueBySentence[si] == 0)
                {
                    var s = tokens.Sentences[si];
                    var hasCue = false;
                    for (var i = s.FirstToken; i < s.EndToken; i++) hasCue |= lexicon.IsMeetingCue(tokens.Folded[i]);
                    hasCueBySentence[si] = hasCue ? (sbyte)1 : (sbyte)-1;
                }
                if (hasCueBySentence[si] < 0) continue;
                bySentence ??= PeopleBySentence(context, people);
                var other = bySentence[si]!.FirstOrDefault(o => o != p && book.Country(o) is { } c && mainCountries.Take(2).Contains(c));
                if (other is null) continue;
                var otherCountry = book.Country(other)!;
                // Both sides in the sentence already ("Y a transmis à X un message de Z"): which one p meets is unknown.
                if (bySentence[si]!.Any(o => o != p && book.Country(o) is { } c && c != otherCountry)) continue;
                book.SetCountry(p, Other(mainCountries, otherCountry));
                break;
            }
        }
    }

    /// <summary>
    /// In a story about two countries, an office holder with no country who is paired with a foreign one ("Le roi X et
    /// le président émirien Y ont signé") or who visits the other's country ("lors d'une visite du roi X à Abuja")
    /// belongs to the other country.
    /// </summary>
    private void FromPairsAndVisits(EntityContext context, IReadOnlyList<PersonEntity> people, PersonTable facts, IReadOnlyList<string> mainCountries, CountryBook book)
    {
        if (mainCountries.Count < 2) return;
        var tokens = context.Tokens;
        Dictionary<int, List<PersonEntity>>? roleStarting = null;
        foreach (var p in people)
        {
            var roles = facts[p].Roles;
            if (book.Country(p) is not null || !roles.Any(r => r.Title is not null && r.Role.Organization is null)) continue;
            foreach (var m in p.Mentions)
            {
                var start = roles.Where(r => r.Role.EndToken <= m.FirstToken && m.FirstToken - r.Role.EndToken <= 1)
                    .Select(r => r.Role.FirstToken).DefaultIfEmpty(m.FirstToken).Min();
                string? other = null;
                // "X et le président émirien Y": the person right after "et", with a role, in the same sentence
                if (In(tokens, m.EndToken, _pairConjunctions))
                    other = ((roleStarting ??= PeopleByRoleStart(people, facts)).GetValueOrDefault(m.EndToken + 1) ?? [])
                        .Select(q => q != p ? book.Country(q) : null).FirstOrDefault(c => c is not null);
                // "visite du roi X à Abuja"
                if (other is null && start >= 2 && In(tokens, start - 1, _visitPrepositions) && In(tokens, start - 2, _visitNouns)
                    && In(tokens, m.EndToken, _destinationPrepositions) && context.CountryStartingAt(m.EndToken + 1) is { } host)
                    other = host.Code;
                if (other is null || !mainCountries.Take(2).Contains(other)) continue;
                book.SetCountry(p, Other(mainCountries, other));
                break;
            }
        }
    }

    /// <summary>
    /// Token → the people (in <paramref name="people"/> order, each once) with a role outside organizations whose
    /// determiner or first token is there: "X et le président Y" looks up the token after "et" only.
    /// </summary>
    private static Dictionary<int, List<PersonEntity>> PeopleByRoleStart(IReadOnlyList<PersonEntity> people, PersonTable facts)
    {
        var index = new Dictionary<int, List<PersonEntity>>();
        void Add(int token, PersonEntity q)
        {
            if (!index.TryGetValue(token, out var list)) index[token] = list = [];
            if (list.Count == 0 || list[^1] != q) list.Add(q);
        }
        foreach (var q in people)
            foreach (var r in facts[q].Roles)
            {
                if (r.Role.Organization is not null) continue;
                if (r.Role.Determiner >= 0) Add(r.Role.Determiner, q);
                Add(r.Role.FirstToken, q);
            }
        return index;
    }

    /// <summary>True when token <paramref name="i"/> exists and is an entry of <paramref name="set"/>.</summary>
    private static bool In(TokenText tokens, int i, FrozenSet<string> set) => (uint)i < (uint)tokens.Count && set.Contains(tokens.Folded[i]);

    /// <summary>The other readings of the ambiguous country reference that gave <paramref name="p"/> its country: in
    /// one of its roles, else, for "son homologue congolais", a reference of that country in a sentence of its mentions.</summary>
    private static IReadOnlyList<string> Alternatives(EntityContext context, PersonEntity p, PersonFacts facts, string own)
    {
        foreach (var r in facts.Roles)
            for (var i = r.Role.FirstToken; i < r.Role.EndToken; i++)
                if (context.CountryAt[i] >= 0 && context.Countries[context.CountryAt[i]].Alternatives.Count > 0)
                    return context.Countries[context.CountryAt[i]].Alternatives;
        if (!facts.HomologueCountries.Contains(own)) return [];
        var tokens = context.Tokens;
        foreach (var c in context.Countries)
            if (c.Code == own && c.Alternatives.Count > 0 && p.Mentions.Any(m => tokens.SameSentence(m.FirstToken, c.FirstToken)))
                return c.Alternatives;
        return [];
    }

    /// <summary>
    /// Whether the story is about two countries: a third one, if any, is referred to less than half as often as the
    /// second. Elimination ("the other country") means nothing in a story about many.
    /// </summary>
    private static bool IsTwoSided(EntityContext context, IReadOnlyList<string> mainCountries)
    {
        if (mainCountries.Count < 2) return false;
        if (mainCountries.Count == 2) return true;
        int second = 0, third = 0;
        foreach (var c in context.Countries)
        {
            if (c.Code == mainCountries[1]) second++;
            else if (c.Code == mainCountries[2]) third++;
        }
        return third * 2 < second;
    }

    private static string? Other(IReadOnlyList<string> mainCountries, string code) =>
        mainCountries.Count >= 2 && mainCountries.Take(2).Contains(code) ? mainCountries.Take(2).First(c => c != code) : null;

    /// <summary>Countries ranked by how often the text refers to them (ties: first mention first).</summary>
    public static IReadOnlyList<string> MainCountries(IReadOnlyList<CountryRef> countries) =>
        countries.Select((c, index) => (c.Code, index))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.index))
            .Select(g => g.Key).ToList();

    /// <summary>
    /// The countries and bases a pass has decided so far, per person (a counterpart dropped from the people list
    /// included), by <see cref="PersonEntity.Index"/>: the working copy its steps read and write, turned into a layer at
    /// the end (in the order the people were first entered).
    /// </summary>
    private sealed class CountryBook
    {
        private readonly Entry?[] _entries;
        private readonly List<PersonEntity> _entered = [];

        /// <param name="count">How many people the indices cover (the clustered people).</param>
        public CountryBook(int count) => _entries = new Entry?[count];

        public static CountryBook From(IReadOnlyList<PersonCountry> layer, int count)
        {
            var book = new CountryBook(count);
            foreach (var c in layer) book.Set(c.Person, c.Country, c.Basis);
            return book;
        }

        public string? Country(PersonEntity p) => _entries[p.Index]?.Country;

        public string? Basis(PersonEntity p) => _entries[p.Index]?.Basis;

        public void Set(PersonEntity p, string? country, string? basis)
        {
            var e = EntryOf(p);
            e.Country = country;
            e.Basis = basis;
        }

        public void SetCountry(PersonEntity p, string? country) => EntryOf(p).Country = country;

        public void SetBasis(PersonEntity p, string basis) => EntryOf(p).Basis = basis;

        public IReadOnlyList<PersonCountry> ToLayer() => _entered.Select(p => new PersonCountry(p, _entries[p.Index]!.Country, _entries[p.Index]!.Basis)).ToArray();

        private Entry EntryOf(PersonEntity p)
        {
            if (_entries[p.Index] is { } e) return e;
            _entered.Add(p);
            return _entries[p.Index] = new Entry();
        }

        private sealed class Entry
        {
            public string? Country { get; set; }

            public string? Basis { get; set; }
        }
    }
}
