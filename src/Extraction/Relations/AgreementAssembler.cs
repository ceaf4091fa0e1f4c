using System.Collections.Frozen;
using Extraction.Entities;
using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Turns instrument mentions into agreements: anaphors and re-mentions of one instrument are merged, then each
/// gets its parties ("entre X et Y", "avec X", "les deux pays", the signatories' countries), signatories
/// ("X et Y ont signé", "signé par X", "les deux ministres ont signé") and signing date (in the sentence, or
/// the event date for "à cette occasion").
/// </summary>
/// <remarks>
/// Its forward sequences are rows of <c>Resources/Patterns/patterns-agreements.tsv</c>: "les deux pays", "les deux
/// hommes ont signé" (over the people layer: no person between the pair and the cue), "signé par les deux…", the
/// agents of "signé par X et Y" up to the end of their clause, the windows that "entre" and "avec" open before a party,
/// and the clauses of a sentence, whose last before a cue holds the subject of "X et Y ont signé". The windows before
/// an organization ("par", mediators) and the dates stay here, reading their words from
/// <c>Resources/Relations/agreement-facts.tsv</c>. Immutable; safe to share across threads.
/// </remarks>
internal sealed class AgreementAssembler
{
    private readonly EntityLexicon _lexicon;
    private readonly FrozenSet<string> _locatives, _articles, _cityPrepositions, _mediatorCues, _clauseBreaks;
    private readonly FrozenSet<string> _partyListOpeners, _partyListLinks;
    private readonly FrozenSet<string> _nonSigningDateIntroducers, _otherInstrumentPronouns, _eventAnaphors, _eveWords;
    private readonly IReadOnlyList<string> _signatureNouns;
    private readonly TokenPattern[] _rows;
    private readonly int _pairCapture, _menCapture, _freeCapture, _byCapture, _agentsCapture, _signatureByCapture, _signatureAgentsCapture, _withCapture, _clauseEndCapture, _itemByCapture, _itemAgentsCapture, _pairNounCapture, _itemEndCapture;

    /// <summary>The table of the assembler's word sets (under <c>Resources/</c>).</summary>
    public const string WordsResource = "Relations/agreement-facts.tsv";

    /// <summary>The patterns file of the agreement stages (under <c>Resources/</c>), shared with the mention finder.</summary>
    public const string PatternsResource = AgreementMentionFinder.PatternsResource;

    /// <summary>The rows of the patterns file the assembler uses, by name (<c>PairOfParties</c> is the row <c>pair-of-parties</c>).</summary>
    private enum Row { PairOfParties, PairSubject, AgentPair, AgentClause, SignatureAgentClause, SigningPartner, PartyCoordination, ExplicitParties, SubjectClause, ItemAgentClause, ItemClause }

    /// <summary>The captures the assembler reads: of <c>pair-subject</c>, the pair, whether it is two men and the tokens
    /// after it with no person; of <c>agent-clause</c> and <c>signature-agent-clause</c>, the word before the agents and
    /// the agents' clause; of <c>signing-partner</c>, its "avec"; of <c>subject-clause</c>, the break that ends a clause.</summary>
    private enum Capture { Pair, Men, Free, By, Agents, With, End, Noun }

    /// <param name="lexicon">Signing and meeting cues, government nouns ("le gouvernement malien").</param>
    /// <param name="words">The sets of <see cref="WordsResource"/>.</param>
    public AgreementAssembler(EntityLexicon lexicon, WordSets words) : this(lexicon, words, PatternFile.LoadSet(PatternsResource, null))
    {
    }

    /// <param name="lexicon">Signing and meeting cues, government nouns ("le gouvernement malien").</param>
    /// <param name="words">The sets of <see cref="WordsResource"/>.</param>
    /// <param name="patterns">The patterns of <see cref="PatternsResource"/>.</param>
    /// <exception cref="InvalidDataException">A set, a row or a capture the assembler names is missing.</exception>
    public AgreementAssembler(EntityLexicon lexicon, WordSets words, PatternSet patterns)
    {
        _lexicon = lexicon;
        // Both lookups fail here, at construction, when a row or the capture the code names is missing.
        _rows = PatternNames.ByMember<Row, TokenPattern>(name => patterns[name]);
        (_pairCapture, _menCapture, _freeCapture) = (CaptureOf(Row.PairSubject, Capture.Pair), CaptureOf(Row.PairSubject, Capture.Men), CaptureOf(Row.PairSubject, Capture.Free));
        (_byCapture, _agentsCapture) = (CaptureOf(Row.AgentClause, Capture.By), CaptureOf(Row.AgentClause, Capture.Agents));
        (_signatureByCapture, _signatureAgentsCapture) = (CaptureOf(Row.SignatureAgentClause, Capture.By), CaptureOf(Row.SignatureAgentClause, Capture.Agents));
        _withCapture = CaptureOf(Row.SigningPartner, Capture.With);
        _clauseEndCapture = CaptureOf(Row.SubjectClause, Capture.End);
        _pairNounCapture = CaptureOf(Row.AgentPair, Capture.Noun);
        _itemEndCapture = CaptureOf(Row.ItemClause, Capture.End);
        (_itemByCapture, _itemAgentsCapture) = (CaptureOf(Row.ItemAgentClause, Capture.By), CaptureOf(Row.ItemAgentClause, Capture.Agents));
        _locatives = words["locatives"];
        _articles = words["articles"];
        _cityPrepositions = words["city-prepositions"];
        _mediatorCues = words["mediator-cues"];
        _clauseBreaks = words["clause-breaks"];
        _partyListOpeners = words["party-list-openers"];
        _partyListLinks = words["party-list-links"];
        _signatureNouns = words.Ordered("signature-nouns");
        _nonSigningDateIntroducers = words["non-signing-date-introducers"];
        _otherInstrumentPronouns = words["other-instrument-pronouns"];
        _eventAnaphors = words["event-anaphors"];
        _eveWords = words["eve-words"];
    }

    /// <summary>The index of a capture of a row the assembler names; throws at construction when the row has no such capture.</summary>
    private int CaptureOf(Row row, Capture capture)
    {
        var pattern = _rows[(int)row];
        return pattern.CaptureIndex(PatternNames.Of(capture)) is var k and >= 0
            ? k : throw new InvalidDataException($"Pattern '{pattern.Name}' has no capture '{PatternNames.Of(capture)}'.");
    }

    /// <summary>The counted agreements of a document: its instrument mentions merged, with their parties, signatories, dates and places.</summary>
    /// <param name="document">The document's tokens, spans and token facts (stage <c>patterns</c>).</param>
    /// <param name="mentions">Its instrument mentions, in text order.</param>
    /// <param name="people">Its people, whose mentions may sign.</param>
    /// <param name="personFacts">Their roles, countries and knowledge (<see cref="Document.ExtractionDocument.NationalFacts"/>).</param>
    /// <param name="mainCountries">The countries the story is about, most mentioned first (the parties by default).</param>
    /// <param name="referenceDate">The story's date, if known: a signing of the last month is the story's ceremony.</param>
    /// <returns>The counted agreements, and the countries they give signatories by elimination (a layer, from which the next person table is made).</returns>
    public AgreementLayer Assemble(PatternDocument document, IReadOnlyList<AgreementMention> mentions, IReadOnlyList<PersonEntity> people,
        Document.PersonTable personFacts, IReadOnlyList<string> mainCountries, Temporal.PartialDate? referenceDate)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        var agreements = new List<AgreementEntity>();
        var open = new List<AgreementEntity>(); // the agreements a mention can still re-mention, in creation order
        var personSpans = new PersonMentions(people, personFacts);
        var withPeople = document.WithLayers(personSpans.Layer(tokens.Count)); // the rows that test InPerson, PersonStart
        // the dates of each sentence (by their first token), in document order: DateOf reads one sentence, not every date
        var datesBySentence = new List<DateRef>?[tokens.Sentences.Length];
        foreach (var d in context.Dates) (datesBySentence[tokens.SentenceOf[d.FirstToken]] ??= []).Add(d);
        var cues = mentions.Where(m => m.CueToken >= 0).Select(m => m.CueToken).ToHashSet();

        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var sentence = tokens.SentenceOf[mention.FirstToken];
            // "un contrat…, signé par X, et un protocole entre A et B": what follows the next instrument is that one's
            var nextInstrument = index + 1 < mentions.Count && tokens.SentenceOf[mentions[index + 1].FirstToken] == sentence && mentions[index + 1].Noun is not null
                ? mentions[index + 1].FirstToken : int.MaxValue;
            var facts = Facts(withPeople, mention, personSpans, new DateScope(datesBySentence, cues), mainCountries, referenceDate, nextInstrument);
            if (Target(agreements, open, tokens, mention, facts) is { } target) AddFacts(target, mention, facts, sentence);
        }

        // the defaults read the countries the elimination gives, and it sees the agreements before the uncounted ones go
        var signatoryCountries = AgreementSignatoryCountries.Eliminate(agreements, personFacts, mainCountries);
        foreach (var a in agreements) ApplyDefaults(a, personFacts, mainCountries, signatoryCountries);
        InheritCeremonyDates(context, agreements, referenceDate);
        var counted = agreements.Where(a => a.IsCounted).ToList();
        var members = counted.Where(a => a.Mentions[0].SetSize is null).Select(a => a.Mentions[0].FirstToken).Order().ToList();
        counted.RemoveAll(a => IsEnumeratedSet(a, members));
        return new AgreementLayer(counted, signatoryCountries);
    }

    /// <summary>
    /// How many sentences after its last mention an agreement can still be re-mentioned: far more than any news story
    /// holds, so only a long document made of many stories is cut into them (searching every earlier agreement of such a
    /// document made it quadratic, and merged the instruments of unrelated stories).
    /// </summary>
    internal const int MaxRementionSentences = 400;

    /// <summary>The agreement a mention is of: an earlier one it re-mentions (one of <paramref name="open"/>, mentioned within
    /// <see cref="MaxRementionSentences"/>), or a new one added to both lists; null for an anaphor with nothing before it ("le texte").</summary>
    private static AgreementEntity? Target(List<AgreementEntity> agreements, List<AgreementEntity> open, TokenText tokens, AgreementMention mention, MentionFacts facts)
    {
        // mentions come in text order, so an agreement closed for this one is closed for every later one
        var sentence = tokens.SentenceOf[mention.FirstToken];
        open.RemoveAll(a => sentence - tokens.SentenceOf[a.Mentions[^1].FirstToken] > MaxRementionSentences);
        var target = mention.Anaphoric
            ? open.LastOrDefault(a => mention.Noun is null || a.Family == mention.Family)
            : open.LastOrDefault(a => a.Family == mention.Family && Compatible(a, mention, facts));
        if (target is null)
        {
            if (mention.Anaphoric && mention.Noun is null) return null;
            target = new AgreementEntity(mention);
            agreements.Add(target);
            open.Add(target);
        }
        else
        {
            target.Mentions.Add(mention);
            if (AgreementMentionFinder.Strength(mention.Status) > AgreementMentionFinder.Strength(target.Status)) target.Status = mention.Status;
        }
        return target;
    }

    /// <summary>Adds what the mention's sentence says (parties, signatories, date, place) to its agreement.</summary>
    private static void AddFacts(AgreementEntity target, AgreementMention mention, MentionFacts facts, int sentence)
    {
        foreach (var c in facts.Countries) target.AddCountry(c, facts.Explicit ? RelationBases.PartiesBetween : RelationBases.PartyClause);
        target.ExplicitParties |= facts.Explicit;
        foreach (var o in facts.Organizations) target.AddOrganization(o, facts.SubjectOrganizations.Contains(o) ? RelationBases.SubjectOrganization : facts.Explicit ? RelationBases.PartiesBetween : RelationBases.PartyClause);
        if (mention.Status == AgreementStatus.Signed && target.Mentions[0].SetSize is null) // a set has no signatories of its own
            foreach (var p in facts.Signatories) target.AddSignatory(p, facts.SignatoryBasis);
        if (facts.Date is { } date && (target.Date is null || More(date, target.Date))) target.Date = date;
        target.Place ??= facts.Place;
        target.EvidenceSentences.Add(sentence);
    }

    /// <summary>Parties default to the signatories' countries (with those <paramref name="signatoryCountries"/> gives), then to
    /// the two countries the story is about; a negotiation has no date.</summary>
    private static void ApplyDefaults(AgreementEntity a, Document.PersonTable personFacts, IReadOnlyList<string> mainCountries,
        IReadOnlyList<Document.PersonCountry> signatoryCountries)
    {
        foreach (var p in a.ExplicitParties ? [] : a.Signatories)
        {
            // officials of organizations bind their organization, not their home country, unless they lead a state ("le
            // président chinois X, également secrétaire général du Parti": a known head of state or government)
            if (personFacts[p].Knowledge is null
                && personFacts[p].Roles.FirstOrDefault(r => r.Role.Organization is not null && r.Role.Head.Kind != RoleKind.Membership)?.Role.Organization is { } org)
                a.AddOrganization(org, RelationBases.SignatoryCountry);
            else if (AgreementSignatoryCountries.CountryOf(p, personFacts, signatoryCountries) is { } c) a.AddCountry(c, RelationBases.SignatoryCountry);
        }
        if (a.Countries.Count + a.Organizations.Count == 0)
            foreach (var c in mainCountries.Take(2)) a.AddCountry(c, RelationBases.StoryDefault);
        // An instrument binds at least two: a lone party that is one of the story's two countries gets the other.
        else if (a.Countries.Count == 1 && a.Organizations.Count == 0 && mainCountries.Count >= 2 && mainCountries.Take(2).Contains(a.Countries[0]))
            a.AddCountry(mainCountries.Take(2).First(c => c != a.Countries[0]), RelationBases.StoryDefault);
        if (a.Status == AgreementStatus.Negotiated) a.Date = null;
    }

    /// <summary>"celle adoptée le 7 avril 2022", "celui de 2015": a date that belongs to the instrument a pronoun stands for,
    /// unless that pronoun is <paramref name="mention"/> itself (-1 for none).</summary>
    private bool OfAnotherInstrument(TokenText tokens, int date, int sentenceStart, int mention = -1)
    {
        for (var k = date - 1; k >= Math.Max(sentenceStart, date - 4); k--)
            if (_otherInstrumentPronouns.Contains(tokens.Folded[k])) return k != mention;
        return false;
    }

    /// <summary>
    /// The day the story is about: the first day-precise date of the first sentences ("ont coprésidé ce jeudi à Rabat la
    /// réunion…", a dateline), when it is the reference date's month or the one before. Instruments signed in the story
    /// with no date of their own were signed that day.
    /// </summary>
    private static DateRef? StoryDate(EntityContext context, Temporal.PartialDate? referenceDate)
    {
        if (referenceDate is null || context.Tokens.Sentences.Length == 0) return null;
        var lead = context.Tokens.Sentences[Math.Min(LeadSentences, context.Tokens.Sentences.Length) - 1].EndToken;
        return context.Dates.FirstOrDefault(d => d.EndToken <= lead && d.Value is { Day: not null } v && IsRecent(v, referenceDate));
    }

    private const int LeadSentences = 3;

    /// <summary>
    /// Instruments signed at one ceremony are dated once ("Jeudi, les deux pays ont signé quatre accords. Le premier…"):
    /// a signed instrument with no date of its own takes the day-precise date of the nearest dated signed one, the
    /// one before it first. With a reference date, only a signing of the last month counts as the story's ceremony
    /// ("la déclaration adoptée le 7 avril 2022", recalled in a 2023 story, is history).
    /// </summary>
    private void InheritCeremonyDates(EntityContext context, List<AgreementEntity> agreements, Temporal.PartialDate? referenceDate)
    {
        var dated = agreements.Where(a => a.Status == AgreementStatus.Signed && a.Date?.Value is { Day: not null } d && IsRecent(d, referenceDate)).ToList();
        var storyDate = StoryDate(context, referenceDate);
        if (dated.Count == 0 && storyDate is null) return;
        // agreements are made in text order, so the dated ones are sorted by first mention: binary search them
        var starts = dated.Select(d => d.Mentions[0].FirstToken).ToList();
        var sorted = starts.Zip(starts.Skip(1)).All(pair => pair.First <= pair.Second);
        foreach (var a in agreements)
        {
            if (a.Date is not null || !(a.Status == AgreementStatus.Signed || a.Status == AgreementStatus.Concluded && AtTheEvent(context.Tokens, a))) continue;
            var at = a.Mentions[0].FirstToken;
            if (!sorted)
            {
                a.Date = dated.Where(d => d.Mentions[0].FirstToken < at).Select(d => d.Date).LastOrDefault()
                    ?? dated.FirstOrDefault(d => d.Mentions[0].FirstToken > at)?.Date ?? storyDate;
                continue;
            }
            var firstNotBefore = Sorted.FirstAtLeast(starts, at);
            var firstAfter = Sorted.FirstAbove(starts, at);
            a.Date = (firstNotBefore > 0 ? dated[firstNotBefore - 1].Date : null)
                ?? (firstAfter < dated.Count ? dated[firstAfter].Date : null) ?? storyDate;
        }
    }

    /// <summary>"… ont été conclus à cette occasion", "en marge de la réunion, … ont conclu": an instrument concluded at the
    /// event told, whose first mention's sentence holds an event anaphor.</summary>
    private bool AtTheEvent(TokenText tokens, AgreementEntity a)
    {
        var s = tokens.Sentences[tokens.SentenceOf[a.Mentions[0].FirstToken]];
        return HasAny(tokens, s.FirstToken, s.EndToken, _eventAnaphors);
    }

    /// <summary>
    /// "trois accords… Le premier… Le deuxième… Le troisième…": a counted set whose members the story names in full
    /// gives only its members; a partly listed one ("Au total, 27 accords…, dont…") stays beside them.
    /// </summary>
    /// <param name="set">A counted agreement.</param>
    /// <param name="members">The first tokens of the counted agreements that are not sets, sorted.</param>
    private static bool IsEnumeratedSet(AgreementEntity set, List<int> members)
    {
        if (set.Mentions[0].SetSize is not (> 1 and var size)) return false;
        return members.Count - Sorted.FirstAbove(members, set.Mentions[0].FirstToken) >= size;
    }

    private static bool IsRecent(Temporal.PartialDate date, Temporal.PartialDate? referenceDate)
    {
        if (referenceDate is not { } r) return true;
        var reference = new DateOnly(r.Year, r.Month ?? 12, r.Day ?? DateTime.DaysInMonth(r.Year, r.Month ?? 12));
        var days = reference.DayNumber - new DateOnly(date.Year, date.Month!.Value, date.Day!.Value).DayNumber;
        return days is >= -1 and <= 31;
    }

    private sealed record MentionFacts(List<string> Countries, List<OrganizationRef> Organizations, List<PersonEntity> Signatories, DateRef? Date, string? Place, bool Explicit,
        List<OrganizationRef> SubjectOrganizations, string SignatoryBasis);

    /// <summary><c>a.Intersect(b).Any()</c> on short lists, without allocating.</summary>
    private static bool Overlap<T>(List<T> a, List<T> b)
    {
        foreach (var x in a)
            if (b.Contains(x)) return true;
        return false;
    }

    private static bool Compatible(AgreementEntity a, AgreementMention mention, MentionFacts facts)
    {
        // A re-mention is the same instrument when it is definite ("l'accord de défense conclu jeudi") or shares a
        // signatory or a dated signing with it; an instrument only under negotiation is not one signed on a date.
        if (a.Mentions[0].SetSize is null != mention.SetSize is null) return false; // a set and one of its members are two entries
        var sameSigners = Overlap(a.Signatories, facts.Signatories);
        var sameDate = a.Date?.Value is { } ad && facts.Date?.Value is { } fd && (Within(ad, fd) || Within(fd, ad));
        // "sept accords signés à Dakar" (a headline), then "sept accords ont été signés": one set counted twice alike
        var sameSet = mention.SetSize is > 0 && a.Mentions[0].SetSize == mention.SetSize && a.Designation == mention.Designation;
        if (!mention.Definite && !sameSigners && !sameDate && !sameSet) return false;
        // "un accord sur les diplômes et un autre sur la pêche": two indefinite designations that differ are two instruments
        // (the cheap test first: the designation sorts every mention of an instrument re-mentioned all along the text)
        if (!mention.Definite && !sameSigners && a.Mentions.All(m => !m.Definite) && a.Designation != mention.Designation) return false;
        if (a.Status == AgreementStatus.Negotiated && facts.Date is not null && mention.Status != AgreementStatus.Negotiated) return false;
        var partiesOk = a.Countries.Count == 0 || facts.Countries.Count == 0 || Overlap(a.Countries, facts.Countries);
        var datesOk = a.Date?.Value is null || facts.Date?.Value is null || Within(a.Date.Value.Value, facts.Date.Value.Value) || Within(facts.Date.Value.Value, a.Date.Value.Value);
        var signersOk = a.Signatories.Count == 0 || facts.Signatories.Count == 0 || sameSigners;
        return partiesOk && datesOk && signersOk && (a.Countries.Count > 0 || a.Signatories.Count > 0 || facts.Countries.Count == 0);
    }

    /// <summary>True when <paramref name="precise"/> falls inside <paramref name="coarse"/> (2021-11-24 inside 2021-11).</summary>
    private static bool Within(Temporal.PartialDate precise, Temporal.PartialDate coarse) =>
        precise.Year == coarse.Year && (coarse.Month is null || precise.Month == coarse.Month) && (coarse.Day is null || precise.Day == coarse.Day);

    private static bool More(DateRef candidate, DateRef current) =>
        current.Value is null && candidate.Value is not null
        || candidate.Value is { } c && current.Value is { } d && Within(c, d) && (c.Day is not null && d.Day is null || c.Month is not null && d.Month is null);

    private MentionFacts Facts(PatternDocument document, AgreementMention mention, PersonMentions personSpans,
        DateScope dates, IReadOnlyList<string> mainCountries, Temporal.PartialDate? referenceDate, int nextInstrument)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        var s = tokens.Sentences[tokens.SentenceOf[mention.FirstToken]];
        var parties = Parties(document, mention, s, ClauseEnd(tokens, mention, s, nextInstrument));
        var subjectOrganizations = new List<OrganizationRef>();
        // "Le groupe X et la compagnie Y ont signé": organizations that are the subject of the signing are its parties.
        if (mention.CueToken > s.FirstToken && mention.CueToken < s.EndToken && SubjectOrganizations(context, s.FirstToken, mention.CueToken) is { Count: > 0 } subjects)
        {
            foreach (var o in subjects)
                if (!parties.Organizations.Any(x => x.Name == o.Name)) { parties.Organizations.Add(o); subjectOrganizations.Add(o); }
            parties.Explicit = true;
        }
        if (parties.PairMentioned && parties.Countries.Count < 2)
            foreach (var c in mainCountries.Take(2))
                if (!parties.Countries.Contains(c)) parties.Countries.Add(c);

        var signatoryBasis = RelationBases.SigningClause;
        var signatories = mention.Status == AgreementStatus.Signed ? Signatories(document, mention, personSpans, out signatoryBasis) : [];
        var date = mention.Status is AgreementStatus.Signed or AgreementStatus.Concluded or AgreementStatus.Adopted or AgreementStatus.Ratified
            ? DateOf(context, mention, s, dates, referenceDate) : null;
        return new MentionFacts(parties.Countries, parties.Organizations, signatories, date, parties.Place, parties.Explicit, subjectOrganizations, signatoryBasis);
    }

    /// <summary>Parties stay inside the clause of the instrument: "…, afin d'associer les treize pays, dont le Sénégal" is not one.</summary>
    private int ClauseEnd(TokenText tokens, AgreementMention mention, Tokenization.Sentence s, int nextInstrument)
    {
        for (var k = Math.Max(mention.EndToken, mention.CueToken + 1); k < s.EndToken; k++)
            if (_clauseBreaks.Contains(tokens.Folded[k]) || k >= nextInstrument) return k;
        return s.EndToken;
    }

    /// <summary>The parties a clause names, while they are read.</summary>
    private sealed class PartyScan
    {
        public List<string> Countries { get; } = [];
        public List<OrganizationRef> Organizations { get; } = [];
        public string? Place { get; set; }
        /// <summary>"entre X et Y": the text names the parties.</summary>
        public bool Explicit { get; set; }
        /// <summary>"les deux pays": the parties are the story's pair.</summary>
        public bool PairMentioned { get; set; }
        /// <summary>The last token (exclusive) of the windows the rows <c>party-coordination</c> ("entre", "avec") opened so far.</summary>
        public int CoordinatedUntil { get; set; } = -1;
        /// <summary>The last token (exclusive) of the windows the row <c>explicit-parties</c> ("entre") opened so far.</summary>
        public int ExplicitUntil { get; set; } = -1;
    }

    /// <summary>The countries and organizations that are parties in [sentence start, <paramref name="clauseEnd"/>), and the place of the signing.</summary>
    private PartyScan Parties(PatternDocument document, AgreementMention mention, Tokenization.Sentence s, int clauseEnd)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        var scan = new PartyScan();
        for (var i = mention.ListItem ? ItemStart(document, s, mention.FirstToken) : s.FirstToken; i < clauseEnd; i++)
        {
            if (Matches(Row.PairOfParties, document, i)) // "les deux pays"
                scan.PairMentioned = true;
            // "entre le Maroc et Israël", "avec Ankara": the windows after the preposition, up to a comma for a coordination
            scan.CoordinatedUntil = Math.Max(scan.CoordinatedUntil, MatchEnd(Row.PartyCoordination, document, i));
            scan.ExplicitUntil = Math.Max(scan.ExplicitUntil, MatchEnd(Row.ExplicitParties, document, i));
            if (i >= mention.FirstToken && i < mention.EndToken) continue; // "déclaration d'Ankara" names a place, not a party
            if (context.CountryStartingAt(i) is { } c)
            {
                if (IsCountryParty(tokens, c, i, s.FirstToken, scan))
                {
                    scan.Countries.Add(c.Code);
                    i = c.EndToken - 1;
                }
                continue;
            }
            if (context.OrganizationStartingAt(i) is { } o && (IsPartyPosition(tokens, i, s.FirstToken) || EndsPartyList(context, i, s.FirstToken))
                && !HasMediatorBefore(tokens, i, s.FirstToken))
            {
                scan.Organizations.Add(o);
                i = o.EndToken - 1;
            }
        }
        return scan;
    }

    /// <summary>True when the country at <paramref name="i"/> is a party; notes an explicit coordination and the signing's place on the way.</summary>
    private bool IsCountryParty(TokenText tokens, CountryRef c, int i, int sentenceStart, PartyScan scan)
    {
        var before = i > 0 ? tokens.Folded[i - 1] : "";
        if (_articles.Contains(before) && i > 1) before = tokens.Folded[i - 2];
        if (HasMediatorBefore(tokens, i, sentenceStart) || IsDateline(tokens, c, sentenceStart)) return false;
        // adjectives name people's countries (handled through signatories), except "le gouvernement malien"
        if (c.Kind == CountryMentionKind.Demonym && !(i > 0 && _lexicon.GovernmentNouns.Contains(tokens.Folded[i - 1]))) return false;
        var coordinated = i <= scan.CoordinatedUntil;
        scan.Explicit |= coordinated && i <= scan.ExplicitUntil;
        var withArticle = i > 0 && _articles.Contains(tokens.Folded[i - 1]);
        var atPlace = _cityPrepositions.Contains(before);
        if (_locatives.Contains(before) && !coordinated && !(atPlace && withArticle && c.Kind == CountryMentionKind.Name))
        {
            if (c.Kind == CountryMentionKind.Capital && atPlace) scan.Place ??= tokens.Surface(c.FirstToken, c.EndToken);
            return false;
        }
        return true;
    }

    /// <summary>"sous l'égide de", "avec l'appui de": a mediator cue among the four tokens before <paramref name="i"/>.</summary>
    private bool HasMediatorBefore(TokenText tokens, int i, int sentenceStart) => HasAny(tokens, Math.Max(sentenceStart, i - 4), i, _mediatorCues);

    private static bool HasAny(TokenText tokens, int from, int to, FrozenSet<string> words)
    {
        for (var k = from; k < to; k++)
            if (words.Contains(tokens.Folded[k])) return true;
        return false;
    }

    /// <summary>True when token <paramref name="i"/> exists and is one of <paramref name="words"/>.</summary>
    private static bool IsIn(TokenText tokens, int i, FrozenSet<string> words) => (uint)i < (uint)tokens.Count && words.Contains(tokens.Folded[i]);

    /// <summary>
    /// The organizations of the subject before a signing cue: only organizations, articles, adjectives, conjunctions,
    /// parentheses and auxiliaries lie between the first of them and the cue ("La société X (XY) et le groupe public
    /// chinois Y ont signé"); a verb or a person in between ends the subject.
    /// </summary>
    private static List<OrganizationRef> SubjectOrganizations(EntityContext context, int sentenceStart, int cue)
    {
        var tokens = context.Tokens;
        var found = new List<OrganizationRef>();
        for (var k = cue - 1; k >= sentenceStart; k--)
        {
            if (context.OrganizationAt[k] >= 0)
            {
                var o = context.Organizations[context.OrganizationAt[k]];
                if (!found.Any(x => x.Name == o.Name)) found.Insert(0, o);
                k = o.FirstToken;
                continue;
            }
            if (context.CountryAt[k] >= 0 && context.Countries[context.CountryAt[k]].Kind == CountryMentionKind.Demonym) continue;
            var pos = context.Pos[k];
            if (tokens.Folded[k] is "," or "(" or ")" || pos is Tagging.UposTag.DET or Tagging.UposTag.ADJ or Tagging.UposTag.CCONJ or Tagging.UposTag.AUX or Tagging.UposTag.ADV
                || pos == Tagging.UposTag.NOUN && !tokens.IsCapitalized(k))
                continue;
            break;
        }
        // the subject must reach the cue: a comma right before the cue ends an incise, not a subject
        return found.Count > 0 && context.OrganizationAt[found[^1].EndToken - 1] >= 0 && !tokens.IsPunct(cue - 1, ',') ? found : [];
    }

    /// <summary>"Ankara – Le président…", "Abou Dhabi (MAP) – …": the city a dispatch comes from, not a party.</summary>
    private static bool IsDateline(TokenText tokens, CountryRef c, int sentenceStart)
    {
        if (c.Kind != CountryMentionKind.Capital || c.FirstToken != sentenceStart) return false;
        var k = c.EndToken;
        if (tokens.IsPunct(k, '('))
            for (var limit = k + 5; k < limit && !tokens.IsPunct(k, ')'); k++) { }
        if (tokens.IsPunct(k, ')')) k++;
        return tokens.IsPunct(k, '–') || tokens.IsPunct(k, '—') || tokens.IsPunct(k, '-');
    }

    /// <summary>"par le Maroc, le Nigeria et la CEDEAO", "entre l'Union européenne et le Mercosur": the last of a list of parties.</summary>
    private bool EndsPartyList(EntityContext context, int i, int sentenceStart)
    {
        var tokens = context.Tokens;
        var sawParty = false;
        for (var k = i - 1; k >= sentenceStart; k--)
        {
            if (_partyListOpeners.Contains(tokens.Folded[k])) return sawParty;
            if (context.CountryAt[k] >= 0 || context.OrganizationAt[k] >= 0) { sawParty = true; continue; }
            if (!_partyListLinks.Contains(tokens.Folded[k])) return false;
        }
        return false;
    }

    private bool IsPartyPosition(TokenText tokens, int i, int sentenceStart)
    {
        for (var k = i - 1; k >= Math.Max(sentenceStart, i - 5); k--)
        {
            if (_partyListOpeners.Contains(tokens.Folded[k])) return true;
            if (tokens.IsPunct(k, '.')) break;
        }
        return false;
    }

    private List<PersonEntity> Signatories(PatternDocument document, AgreementMention mention, PersonMentions personSpans,
        out string basis)
    {
        basis = RelationBases.SigningClause;
        var tokens = document.Tokens;
        var s = tokens.Sentences[tokens.SentenceOf[mention.FirstToken]];
        var cue = mention.CueToken;
        if (cue < 0) return [];
        // "ont été signés : - un mémorandum…, signé par X et Y ; - …": an item's signatories are the agents of its own clause
        if (mention.ListItem && AgentsOf(document, Row.ItemAgentClause, mention.EndToken - 1, _itemByCapture, _itemAgentsCapture, personSpans, out basis) is { } items)
            return items;
        if (Agents(document, s, cue, personSpans, out basis) is { } agents) return agents;
        basis = RelationBases.SubjectBeforeCue;
        // "l'accord signé le 27 décembre 1968": a participle after the designation tells the past, not who signs now.
        if (cue >= mention.EndToken && cue - mention.EndToken <= 1) return [];
        var subjects = Subjects(document, s, cue, personSpans, ref basis);
        if (subjects.Count == 1) AddPartners(document, mention, personSpans, subjects);
        return subjects;
    }

    /// <summary>
    /// "X a signé avec le représentant de la Banque mondiale, Y, un accord": the people between the "avec" of the row
    /// <c>signing-partner</c> at the cue and the designation sign too.
    /// </summary>
    private void AddPartners(PatternDocument document, AgreementMention mention,
        PersonMentions personSpans, List<PersonEntity> signatories)
    {
        var pattern = _rows[(int)Row.SigningPartner];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        if (pattern.MatchAt(document, mention.CueToken, slots) < 0) return;
        var with = slots[2 * _withCapture];
        if (mention.FirstToken <= with) return;
        personSpans.AddPeopleBetween(with, mention.FirstToken, signatories);
    }

    /// <summary>"signé par X et Y", "les signatures de X et de Y": the people after "par"/"de"; null when the cue has no agent
    /// or none of its agents is a person.</summary>
    private List<PersonEntity>? Agents(PatternDocument document, Tokenization.Sentence s, int cue, PersonMentions personSpans,
        out string basis)
    {
        basis = RelationBases.SigningClause;
        // rows agent-clause and signature-agent-clause: the first "par" (after a signature noun, also "de") among the
        // eight tokens after the cue, then the agents up to the end of their clause ("; - un protocole…", "en présence de…")
        var signature = IsSignatureNoun(document.Tokens.Folded[cue]);
        var row = signature ? Row.SignatureAgentClause : Row.AgentClause;
        var (by, agents) = signature ? (_signatureByCapture, _signatureAgentsCapture) : (_byCapture, _agentsCapture);
        return AgentsOf(document, row, cue, by, agents, personSpans, out basis);
    }

    /// <summary>The people among the agents that the row <paramref name="row"/> matched at <paramref name="start"/> finds
    /// (captures <paramref name="by"/> and <paramref name="agents"/>); null when it does not match or finds no person.</summary>
    private List<PersonEntity>? AgentsOf(PatternDocument document, Row row, int start, int by, int agents,
        PersonMentions personSpans, out string basis)
    {
        basis = RelationBases.SigningClause;
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        if (pattern.MatchAt(document, start, slots) < 0) return null;
        var (agentStart, agentEnd) = (slots[2 * by], slots[2 * agents + 1]);
        var result = new List<PersonEntity>();
        personSpans.AddPeopleBetween(agentStart, agentEnd, result);
        // "par les deux ministres" names the last two (of that title); "par les deux ministres, X et Y" names them
        if (PairOfAgents(document, agentStart) is { } noun && result.Count < 2)
        {
            basis = RelationBases.RecentPair;
            return RecentPeople(personSpans, agentStart, 2, titleNoun: noun);
        }
        basis = RelationBases.Agent;
        return result.Count > 0 ? result : null;
    }

    /// <summary>"X et Y ont signé", "les deux hommes ont signé": the people before the cue in its clause.</summary>
    private List<PersonEntity> Subjects(PatternDocument document, Tokenization.Sentence s, int cue, PersonMentions personSpans,
        ref string basis)
    {
        var start = SubjectStart(document, s, cue);
        for (var k = cue - 1; k >= Math.Max(start, s.FirstToken + 1); k--)
            if (PairSubject(document, k, cue) is { } men)
            {
                basis = RelationBases.RecentPair;
                return RecentPeople(personSpans, k, 2, excludeWomen: men);
            }
        var result = new List<PersonEntity>();
        personSpans.AddPeopleBetween(start - 1, cue, result);
        return result;
    }

    /// <summary>
    /// "X et Y ont signé un accord, tandis que Z et W ont signé une convention": each clause has its own subject, which
    /// starts after the last break or signing cue before <paramref name="cue"/> (row <c>subject-clause</c>, matched from
    /// clause to clause after the sentence's first token), or at the sentence start.
    /// </summary>
    private int SubjectStart(PatternDocument document, Tokenization.Sentence s, int cue)
    {
        var pattern = _rows[(int)Row.SubjectClause];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var start = s.FirstToken;
        for (var p = s.FirstToken + 1; p < cue && pattern.MatchAt(document, p, slots) >= 0 && slots[2 * _clauseEndCapture] < cue;)
            start = p = slots[2 * _clauseEndCapture] + 1;
        return start;
    }

    /// <summary>"… : - un accord…, par X ; - un protocole entre A et B": the first token of the dash-list item that holds
    /// <paramref name="first"/> (after the last item mark before it, row <c>item-clause</c>, matched from item to item).</summary>
    private int ItemStart(PatternDocument document, Tokenization.Sentence s, int first)
    {
        var pattern = _rows[(int)Row.ItemClause];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var start = s.FirstToken;
        for (var p = s.FirstToken; p < first && pattern.MatchAt(document, p, slots) >= 0 && slots[2 * _itemEndCapture] < first;)
            start = p = slots[2 * _itemEndCapture] + 1;
        return start;
    }

    /// <summary>"les deux ministres ont signé" (row <c>pair-subject</c> at <paramref name="k"/>, over the people layer): null
    /// when the pair is not there, does not end by the cue, or a person is named between it and the cue; else whether the
    /// pair is "les deux hommes", which leaves out the women named before.</summary>
    private bool? PairSubject(PatternDocument people, int k, int cue)
    {
        var pattern = _rows[(int)Row.PairSubject];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        if (pattern.MatchAt(people, k, slots) < 0 || slots[2 * _pairCapture + 1] > cue || slots[2 * _freeCapture + 1] < cue) return null;
        return slots[2 * _menCapture] >= 0;
    }

    /// <summary>The end of the match of a row at <paramref name="start"/>, or -1.</summary>
    private int MatchEnd(Row row, PatternDocument document, int start)
    {
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        return pattern.MatchAt(document, start, slots);
    }

    /// <summary>"par les deux ministres", "la signature des deux ministres" (row <c>agent-pair</c> at <paramref name="start"/>):
    /// null when the pair is not there; else the folded noun after "deux" ("ministres"), or "" when none follows.</summary>
    private string? PairOfAgents(PatternDocument document, int start)
    {
        var pattern = _rows[(int)Row.AgentPair];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        if (pattern.MatchAt(document, start, slots) < 0) return null;
        var noun = slots[2 * _pairNounCapture];
        return noun >= 0 ? document.Tokens.Folded[noun] : "";
    }

    private bool Matches(Row row, PatternDocument document, int start)
    {
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        return pattern.MatchAt(document, start, slots) >= 0;
    }

    /// <summary>"signature", "signatures": a signing noun, whose "de" introduces the signatories.</summary>
    private bool IsSignatureNoun(string folded)
    {
        foreach (var prefix in _signatureNouns)
            if (folded.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"ministres" → "ministre", "chefs" → "chef": the singular of a plural title noun, or "" for a short word.</summary>
    private static string Singular(string folded) =>
        folded.Length > 3 && folded[^1] is 's' or 'x' ? folded[..^1] : "";

    /// <summary>The <paramref name="count"/> most recent distinct people before a token ("les deux ministres").</summary>
    private static List<PersonEntity> RecentPeople(PersonMentions personSpans, int before, int count, bool excludeWomen = false,
        string titleNoun = "")
    {
        // "les deux ministres": the last two people with that title, when the story has two before
        if (Singular(titleNoun) is { Length: > 0 } head && personSpans.Recent(before, count, excludeWomen, head) is { } titled && titled.Count == count)
            return titled;
        return personSpans.Recent(before, count, excludeWomen, null);
    }

    /// <summary>
    /// False for a deadline or a period ("d'ici 2030", "jusqu'en 2035") and for a year after the reference date's: a
    /// signing already told is dated by neither.
    /// </summary>
    private bool CanDateASigning(TokenText tokens, DateRef d, Temporal.PartialDate? referenceDate) =>
        !(d.FirstToken > 0 && _nonSigningDateIntroducers.Contains(tokens.Folded[d.FirstToken - 1]))
        && !(referenceDate is { } r && d.Value is { } v && v.Year > r.Year);

    private DateRef? DateOf(EntityContext context, AgreementMention mention, Tokenization.Sentence s, DateScope dates,
        Temporal.PartialDate? referenceDate)
    {
        var tokens = context.Tokens;
        var datesBySentence = dates.BySentence;
        var anchor = mention.CueToken >= 0 ? mention.CueToken : mention.FirstToken;
        DateRef? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in datesBySentence[tokens.SentenceOf[s.FirstToken]] ?? [])
        {
            if (d.EndToken > s.EndToken) continue;
            if (!CanDateASigning(tokens, d, referenceDate)) continue;
            if (OfAnotherInstrument(tokens, d.FirstToken, s.FirstToken, mention.FirstToken)) continue; // "… qui prolonge celle adoptée le 7 avril 2022"
            if (dates.AfterOtherCue(d, mention.CueToken)) continue; // "un avenant à l'accord-cadre conclu en juillet 2022": the inner one's
            var distance = Math.Abs(d.FirstToken - anchor);
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }
        if (best is not null) return best;
        // "à cette occasion", "à l'issue de l'audience": the date of the event told just before.
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (!_eventAnaphors.Contains(tokens.Folded[k])) continue;
            var previous = tokens.SentenceOf[s.FirstToken] - 1;
            for (var back = previous; back >= Math.Max(0, previous - 2); back--)
            {
                var bs = tokens.Sentences[back];
                var meetingDate = (datesBySentence[back] ?? []).FirstOrDefault(d => d.EndToken <= bs.EndToken && CanDateASigning(tokens, d, referenceDate)
                    && !OfAnotherInstrument(tokens, d.FirstToken, bs.FirstToken)
                    && Enumerable.Range(Math.Max(bs.FirstToken, d.FirstToken - 4), 8).Any(k => k < bs.EndToken && _lexicon.IsMeetingCue(tokens.Folded[k])));
                if (meetingDate is not null) return meetingDate;
            }
            for (var sIndex = previous; sIndex >= Math.Max(0, previous - 1); sIndex--)
            {
                var ps = tokens.Sentences[sIndex];
                // "arrivée la veille": the eve of the event is not its date; "celle adoptée le 7 avril 2022" is another instrument's
                var inSentence = (datesBySentence[sIndex] ?? [])
                    .Where(d => d.EndToken <= ps.EndToken && !IsIn(tokens, d.FirstToken + 1, _eveWords) && CanDateASigning(tokens, d, referenceDate)
                        && !OfAnotherInstrument(tokens, d.FirstToken, ps.FirstToken)).ToList();
                if (inSentence.Count == 0) continue;
                var meeting = Enumerable.Range(ps.FirstToken, ps.EndToken - ps.FirstToken).Where(k => _lexicon.IsMeetingCue(tokens.Folded[k])).ToList();
                return meeting.Count == 0
                    ? inSentence[^1]
                    : inSentence.OrderBy(d => meeting.Min(k => Math.Abs(k - d.FirstToken))).First();
            }
            break;
        }
        return null;
    }
}

/// <summary>The dates of each sentence (by index) and the cue tokens of every instrument mention, for the dates of one mention.</summary>
internal sealed record DateScope(List<DateRef>?[] BySentence, HashSet<int> Cues)
{
    /// <summary>True when <paramref name="date"/> follows, one or two tokens after, the cue of another mention than the
    /// one whose cue is <paramref name="ownCue"/> ("conclu en juillet 2022", "signé le 5 mai"): it dates that one.</summary>
    public bool AfterOtherCue(DateRef date, int ownCue)
    {
        for (var k = date.FirstToken - 2; k < date.FirstToken; k++)
            if (k != ownCue && Cues.Contains(k)) return true;
        return false;
    }
}

/// <summary>What the agreement stage decides: the counted agreements, and the countries their signatories get by
/// elimination (<see cref="AgreementSignatoryCountries"/>), from which <see cref="Document.PersonLayers"/> makes the next person table.</summary>
internal sealed record AgreementLayer(List<AgreementEntity> Agreements, IReadOnlyList<Document.PersonCountry> SignatoryCountries);
