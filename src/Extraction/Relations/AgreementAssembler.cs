using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Turns instrument mentions into agreements: anaphors and re-mentions of one instrument are merged, then each
/// gets its parties ("entre X et Y", "avec X", "les deux pays", the signatories' countries), signatories
/// ("X et Y ont signé", "signé par X", "les deux ministres ont signé") and signing date (in the sentence, or
/// the event date for "à cette occasion").
/// </summary>
internal static class AgreementAssembler
{
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "à", "en", "au", "aux", "dans", "vers", "depuis", "de" };
    private static readonly HashSet<string> MediatorCues = new(StringComparer.Ordinal)
        { "égide", "médiation", "auspices", "facilitation", "présence", "appui", "soutien", "aide", "concours", "participation", "financement" };
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { "afin", "dont", "tandis", "mais", ";", ":", "alors" };
    private static readonly HashSet<string> PairWords = new(StringComparer.Ordinal) { "deux" };
    // "à cette occasion", "au cours de…", "Au total, N accords ont été signés": the signing belongs to the event told before.
    private static readonly HashSet<string> EventAnaphors = new(StringComparer.Ordinal) { "occasion", "issue", "cours", "lors", "marge", "total" };

    public static List<AgreementEntity> Assemble(EntityContext context, IReadOnlyList<AgreementMention> mentions, List<PersonEntity> people,
        IReadOnlyList<string> mainCountries, Temporal.PartialDate? referenceDate)
    {
        var tokens = context.Tokens;
        var agreements = new List<AgreementEntity>();
        var personSpans = people.SelectMany(p => p.Mentions.Select(m => (Person: p, Mention: m))).OrderBy(x => x.Mention.FirstToken).ToList();
        // the dates of each sentence (by their first token), in document order: DateOf reads one sentence, not every date
        var datesBySentence = new List<DateRef>?[tokens.Sentences.Length];
        foreach (var d in context.Dates) (datesBySentence[tokens.SentenceOf[d.FirstToken]] ??= []).Add(d);

        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            var sentence = tokens.SentenceOf[mention.FirstToken];
            // "un contrat…, signé par X, et un protocole entre A et B": what follows the next instrument is that one's
            var nextInstrument = index + 1 < mentions.Count && tokens.SentenceOf[mentions[index + 1].FirstToken] == sentence && mentions[index + 1].Noun is not null
                ? mentions[index + 1].FirstToken : int.MaxValue;
            var facts = Facts(context, mention, personSpans, datesBySentence, mainCountries, referenceDate, nextInstrument);
            AgreementEntity? target = null;
            if (mention.Anaphoric)
            {
                target = agreements.LastOrDefault(a => mention.Noun is null || a.Family == mention.Family);
            }
            else
            {
                target = agreements.LastOrDefault(a => a.Family == mention.Family && Compatible(a, mention, facts));
            }
            if (target is null)
            {
                if (mention.Anaphoric && mention.Noun is null) continue; // "le texte" with nothing before it
                target = new AgreementEntity(mention);
                agreements.Add(target);
            }
            else
            {
                target.Mentions.Add(mention);
                if (AgreementMentionFinder.Strength(mention.Status) > AgreementMentionFinder.Strength(target.Status)) target.Status = mention.Status;
            }
            foreach (var c in facts.Countries) target.AddCountry(c, facts.Explicit ? RelationBases.PartiesBetween : RelationBases.PartyClause);
            target.ExplicitParties |= facts.Explicit;
            foreach (var o in facts.Organizations) target.AddOrganization(o, facts.SubjectOrganizations.Contains(o) ? RelationBases.SubjectOrganization : facts.Explicit ? RelationBases.PartiesBetween : RelationBases.PartyClause);
            if (mention.Status == AgreementStatus.Signed && target.Mentions[0].SetSize is null) // a set has no signatories of its own
                foreach (var p in facts.Signatories) target.AddSignatory(p, facts.SignatoryBasis);
            if (facts.Date is { } date && (target.Date is null || More(date, target.Date))) target.Date = date;
            target.Place ??= facts.Place;
            target.EvidenceSentences.Add(sentence);
        }

        NationalityInference.FromAgreements(agreements, mainCountries);
        foreach (var a in agreements)
        {
            // Parties default to the signatories' countries, then to the two countries the story is about.
            foreach (var p in a.ExplicitParties ? [] : a.Signatories)
            {
                // officials of organizations bind their organization, not their home country
                if (p.Roles.FirstOrDefault(r => r.Role.Organization is not null && r.Role.Head.Kind != RoleKind.Membership)?.Role.Organization is { } org) a.AddOrganization(org, RelationBases.SignatoryCountry);
                else if (p.Country is { } c) a.AddCountry(c, RelationBases.SignatoryCountry);
            }
            if (a.Countries.Count + a.Organizations.Count == 0)
                foreach (var c in mainCountries.Take(2)) a.AddCountry(c, RelationBases.StoryDefault);
            // An instrument binds at least two: a lone party that is one of the story's two countries gets the other.
            else if (a.Countries.Count == 1 && a.Organizations.Count == 0 && mainCountries.Count >= 2 && mainCountries.Take(2).Contains(a.Countries[0]))
                a.AddCountry(mainCountries.Take(2).First(c => c != a.Countries[0]), RelationBases.StoryDefault);
            if (a.Status == AgreementStatus.Negotiated) a.Date = null;
        }
        InheritCeremonyDates(context, agreements, referenceDate);
        var counted = agreements.Where(a => a.IsCounted).ToList();
        counted.RemoveAll(a => IsEnumeratedSet(a, counted));
        return counted;
    }

    /// <summary>"celle adoptée le 7 avril 2022", "celui de 2015": a date that belongs to the instrument a pronoun stands for.</summary>
    private static bool OfAnotherInstrument(TokenText tokens, int date, int sentenceStart)
    {
        for (var k = date - 1; k >= Math.Max(sentenceStart, date - 4); k--)
            if (tokens.Folded[k] is "celle" or "celui" or "celles" or "ceux") return true;
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
    private static void InheritCeremonyDates(EntityContext context, List<AgreementEntity> agreements, Temporal.PartialDate? referenceDate)
    {
        var dated = agreements.Where(a => a.Status == AgreementStatus.Signed && a.Date?.Value is { Day: not null } d && IsRecent(d, referenceDate)).ToList();
        var storyDate = StoryDate(context, referenceDate);
        if (dated.Count == 0 && storyDate is null) return;
        // agreements are made in text order, so the dated ones are sorted by first mention: binary search them
        var starts = dated.Select(d => d.Mentions[0].FirstToken).ToList();
        var sorted = starts.Zip(starts.Skip(1)).All(pair => pair.First <= pair.Second);
        foreach (var a in agreements)
        {
            if (a.Status != AgreementStatus.Signed || a.Date is not null) continue;
            var at = a.Mentions[0].FirstToken;
            if (!sorted)
            {
                a.Date = dated.Where(d => d.Mentions[0].FirstToken < at).Select(d => d.Date).LastOrDefault()
                    ?? dated.FirstOrDefault(d => d.Mentions[0].FirstToken > at)?.Date ?? storyDate;
                a.InheritedDate = a.Date is not null;
                continue;
            }
            var firstNotBefore = Bound(starts, at, strict: false);
            var firstAfter = Bound(starts, at, strict: true);
            a.Date = (firstNotBefore > 0 ? dated[firstNotBefore - 1].Date : null)
                ?? (firstAfter < dated.Count ? dated[firstAfter].Date : null) ?? storyDate;
            a.InheritedDate = a.Date is not null;
        }
    }

    /// <summary>The first index whose value is at least (<paramref name="strict"/>: above) <paramref name="value"/>, in a sorted list.</summary>
    private static int Bound(List<int> sorted, int value, bool strict)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (sorted[mid] < value || strict && sorted[mid] == value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// "trois accords… Le premier… Le deuxième… Le troisième…": a counted set whose members the story names in full
    /// gives only its members; a partly listed one ("Au total, 27 accords…, dont…") stays beside them.
    /// </summary>
    private static bool IsEnumeratedSet(AgreementEntity set, List<AgreementEntity> counted)
    {
        if (set.Mentions[0].SetSize is not (> 1 and var size)) return false;
        var start = set.Mentions[0].FirstToken;
        return counted.Count(a => a != set && a.Mentions[0].SetSize is null && a.Mentions[0].FirstToken > start) >= size;
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
        if (!mention.Definite && !sameSigners && !sameDate) return false;
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

    private static MentionFacts Facts(EntityContext context, AgreementMention mention, List<(PersonEntity Person, NameMention Mention)> personSpans,
        List<DateRef>?[] datesBySentence, IReadOnlyList<string> mainCountries, Temporal.PartialDate? referenceDate, int nextInstrument)
    {
        var tokens = context.Tokens;
        var s = tokens.Sentences[tokens.SentenceOf[mention.FirstToken]];
        var countries = new List<string>();
        var organizations = new List<OrganizationRef>();
        string? place = null;
        var pairMentioned = false;
        var isExplicit = false;
        var subjectOrganizations = new List<OrganizationRef>();
        // Parties stay inside the clause of the instrument: "…, afin d'associer les treize pays, dont le Sénégal" is not one.
        var clauseEnd = s.EndToken;
        for (var k = Math.Max(mention.EndToken, mention.CueToken + 1); k < s.EndToken; k++)
            if (ClauseBreaks.Contains(tokens.Folded[k]) || k >= nextInstrument) { clauseEnd = k; break; }

        for (var i = s.FirstToken; i < clauseEnd; i++)
        {
            if (tokens.Is(i, "deux") && tokens.IsAny(i + 1, "pays", "parties", "gouvernements", "États", "états", "royaumes", "voisins", "capitales", "nations"))
                pairMentioned = true;
            if (i >= mention.FirstToken && i < mention.EndToken) continue; // "déclaration d'Ankara" names a place, not a party
            if (context.CountryStartingAt(i) is { } c)
            {
                var before = i > 0 ? tokens.Folded[i - 1] : "";
                if (before is "l'" or "la" or "le" or "les" && i > 1) before = tokens.Folded[i - 2];
                var mediator = false;
                for (var k = Math.Max(s.FirstToken, i - 4); k < i; k++) mediator |= MediatorCues.Contains(tokens.Folded[k]);
                if (mediator || IsDateline(tokens, c, s.FirstToken)) continue;
                // adjectives name people's countries (handled through signatories), except "le gouvernement malien"
                if (c.Kind == CountryMentionKind.Demonym && !(i > 0 && Lexicons.EntityLexicon.Default.GovernmentNouns.Contains(tokens.Folded[i - 1]))) continue;
                var coordinated = IsPartyCoordination(tokens, i);
                isExplicit |= coordinated && tokens.Folded.Skip(Math.Max(0, i - 6)).Take(Math.Min(6, i)).Contains("entre");
                var withArticle = i > 0 && tokens.Folded[i - 1] is "la" or "l'" or "le" or "les";
                if (Locatives.Contains(before) && !coordinated && !(before == "à" && withArticle && c.Kind == CountryMentionKind.Name))
                {
                    if (c.Kind == CountryMentionKind.Capital && before == "à") place ??= tokens.Surface(c.FirstToken, c.EndToken);
                    continue;
                }
                countries.Add(c.Code);
                i = c.EndToken - 1;
                continue;
            }
            if (context.OrganizationStartingAt(i) is { } o && (IsPartyPosition(tokens, i, s.FirstToken) || EndsPartyList(context, i, s.FirstToken))
                && !Enumerable.Range(Math.Max(s.FirstToken, i - 4), Math.Min(4, i - s.FirstToken)).Any(k => MediatorCues.Contains(tokens.Folded[k])))
            {
                organizations.Add(o);
                i = o.EndToken - 1;
            }
        }
        // "Le groupe X et la compagnie Y ont signé": organizations that are the subject of the signing are its parties.
        if (mention.CueToken > s.FirstToken && mention.CueToken < s.EndToken && SubjectOrganizations(context, s.FirstToken, mention.CueToken) is { Count: > 0 } subjects)
        {
            foreach (var o in subjects)
                if (!organizations.Any(x => x.Name == o.Name)) { organizations.Add(o); subjectOrganizations.Add(o); }
            isExplicit = true;
        }
        if (pairMentioned && countries.Count < 2)
            foreach (var c in mainCountries.Take(2))
                if (!countries.Contains(c)) countries.Add(c);

        var signatoryBasis = RelationBases.SigningClause;
        var signatories = mention.Status == AgreementStatus.Signed ? Signatories(context, mention, personSpans, out signatoryBasis) : [];
        var date = mention.Status is AgreementStatus.Signed or AgreementStatus.Concluded or AgreementStatus.Adopted or AgreementStatus.Ratified
            ? DateOf(context, mention, s, datesBySentence, referenceDate) : null;
        return new MentionFacts(countries, organizations, signatories, date, place, isExplicit, subjectOrganizations, signatoryBasis);
    }

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

    /// <summary>"entre le Maroc et Israël", "avec Ankara": locative-looking prepositions that still introduce parties.</summary>
    private static bool IsPartyCoordination(TokenText tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 6); k--)
        {
            if (tokens.Folded[k] is "entre" or "avec") return true;
            if (tokens.IsPunct(k, ',')) return false;
        }
        return false;
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
    private static bool EndsPartyList(EntityContext context, int i, int sentenceStart)
    {
        var tokens = context.Tokens;
        var sawParty = false;
        for (var k = i - 1; k >= sentenceStart; k--)
        {
            if (tokens.Folded[k] is "entre" or "avec" or "par") return sawParty;
            if (context.CountryAt[k] >= 0 || context.OrganizationAt[k] >= 0) { sawParty = true; continue; }
            if (tokens.Folded[k] is not ("le" or "la" or "l'" or "les" or "et" or "," or "(" or ")")) return false;
        }
        return false;
    }

    private static bool IsPartyPosition(TokenText tokens, int i, int sentenceStart)
    {
        for (var k = i - 1; k >= Math.Max(sentenceStart, i - 5); k--)
        {
            if (tokens.Folded[k] is "entre" or "avec" or "par") return true;
            if (tokens.IsPunct(k, '.')) break;
        }
        return false;
    }

    private static List<PersonEntity> Signatories(EntityContext context, AgreementMention mention, List<(PersonEntity Person, NameMention Mention)> personSpans,
        out string basis)
    {
        basis = RelationBases.SigningClause;
        var tokens = context.Tokens;
        var s = tokens.Sentences[tokens.SentenceOf[mention.FirstToken]];
        var cue = mention.CueToken;
        var result = new List<PersonEntity>();
        if (cue < 0) return result;

        // "signé par X et Y", "les signatures de X et de Y": the people after "par"/"de".
        var agentStart = -1;
        for (var k = cue + 1; k < s.EndToken && k <= cue + 8; k++)
            if (tokens.Folded[k] is "par" || tokens.Folded[cue].StartsWith("signature", StringComparison.Ordinal) && tokens.Folded[k] is "de" or "du" or "des")
            {
                agentStart = k;
                break;
            }
        if (agentStart >= 0)
        {
            basis = RelationBases.RecentPair;
            if (tokens.Is(agentStart + 1, "les") && tokens.Is(agentStart + 2, "deux")) return RecentPeople(personSpans, agentStart, 2);
            basis = RelationBases.Agent;
            // the agents run to the end of the clause: "; - un protocole…" or "en présence de…" starts something else
            var agentEnd = s.EndToken;
            for (var k = agentStart + 1; k < s.EndToken; k++)
                if (tokens.IsPunct(k, ';') || tokens.IsPunct(k, '-') && k > 0 && tokens.IsPunct(k - 1, ';') || tokens.Folded[k] == "présence") { agentEnd = k; break; }
            for (var j = FirstAfter(personSpans, agentStart); j < personSpans.Count && personSpans[j].Mention.FirstToken < agentEnd; j++)
                if (!result.Contains(personSpans[j].Person)) result.Add(personSpans[j].Person);
            if (result.Count > 0) return result;
        }
        basis = RelationBases.SubjectBeforeCue;

        // "l'accord signé le 27 décembre 1968": a participle after the designation tells the past, not who signs now.
        if (cue >= mention.EndToken && cue - mention.EndToken <= 1) return result;

        // "X et Y ont signé": people before the cue in the sentence.
        var start = s.FirstToken;
        for (var k = cue - 1; k > s.FirstToken; k--)
        {
            if (tokens.Folded[k] is "deux" && k + 1 < cue && !context.Tokens.IsCapitalized(k + 1)
                && FirstAfter(personSpans, k) is var next && !(next < personSpans.Count && personSpans[next].Mention.FirstToken < cue))
            {
                basis = RelationBases.RecentPair;
                return RecentPeople(personSpans, k, 2, excludeWomen: tokens.Folded[k + 1] == "hommes");
            }
            // "X et Y ont signé un accord, tandis que Z et W ont signé une convention": each clause has its own subject
            if (tokens.Folded[k] is ";" or "tandis" or "puis" || EntityLexicon.Default.AgreementCue(tokens.Folded[k]) == AgreementStatus.Signed)
            {
                start = k + 1;
                break;
            }
        }
        for (var j = FirstAfter(personSpans, start - 1); j < personSpans.Count && personSpans[j].Mention.FirstToken < cue; j++)
            if (!result.Contains(personSpans[j].Person)) result.Add(personSpans[j].Person);
        return result;
    }

    /// <summary>The index of the first span starting after <paramref name="token"/> in spans sorted by first token (or the count).</summary>
    private static int FirstAfter(List<(PersonEntity Person, NameMention Mention)> personSpans, int token)
    {
        int lo = 0, hi = personSpans.Count;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (personSpans[mid].Mention.FirstToken <= token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The <paramref name="count"/> most recent distinct people before a token ("les deux ministres").</summary>
    private static List<PersonEntity> RecentPeople(List<(PersonEntity Person, NameMention Mention)> personSpans, int before, int count, bool excludeWomen = false)
    {
        var result = new List<PersonEntity>();
        // spans starting at or after the token are never taken: begin at the last one before it
        for (var k = FirstAfter(personSpans, before - 1) - 1; k >= 0 && result.Count < count; k--)
        {
            var (p, m) = personSpans[k];
            if (excludeWomen && p.Roles.Any(r => r.Role.Head.Feminine)) continue;
            if (m.FirstToken < before && !result.Contains(p)) result.Add(p);
        }
        result.Reverse();
        return result;
    }

    private static DateRef? DateOf(EntityContext context, AgreementMention mention, Tokenization.Sentence s, List<DateRef>?[] datesBySentence,
        Temporal.PartialDate? referenceDate)
    {
        var tokens = context.Tokens;
        var anchor = mention.CueToken >= 0 ? mention.CueToken : mention.FirstToken;
        DateRef? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in datesBySentence[tokens.SentenceOf[s.FirstToken]] ?? [])
        {
            if (d.EndToken > s.EndToken) continue;
            if (d.FirstToken > 0 && tokens.Folded[d.FirstToken - 1] is "depuis" or "jusqu'" or "avant" or "d'ici" or "période" or "horizon" or "pour") continue;
            if (referenceDate is { } r && d.Value is { } v && v.Year > r.Year) continue; // a signing already done is not dated in a later year
            if (OfAnotherInstrument(tokens, d.FirstToken, s.FirstToken)) continue; // "… qui prolonge celle adoptée le 7 avril 2022"
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
            if (!EventAnaphors.Contains(tokens.Folded[k])) continue;
            var previous = tokens.SentenceOf[s.FirstToken] - 1;
            for (var back = previous; back >= Math.Max(0, previous - 2); back--)
            {
                var bs = tokens.Sentences[back];
                var meetingDate = (datesBySentence[back] ?? []).FirstOrDefault(d => d.EndToken <= bs.EndToken
                    && Enumerable.Range(Math.Max(bs.FirstToken, d.FirstToken - 4), 8).Any(k => k < bs.EndToken && EntityLexicon.Default.IsMeetingCue(tokens.Folded[k])));
                if (meetingDate is not null) return meetingDate;
            }
            for (var sIndex = previous; sIndex >= Math.Max(0, previous - 1); sIndex--)
            {
                var ps = tokens.Sentences[sIndex];
                // "arrivée la veille": the eve of the event is not its date
                var inSentence = (datesBySentence[sIndex] ?? []).Where(d => d.EndToken <= ps.EndToken && !tokens.IsAny(d.FirstToken + 1, "veille", "avant-veille")).ToList();
                if (inSentence.Count == 0) continue;
                var meeting = Enumerable.Range(ps.FirstToken, ps.EndToken - ps.FirstToken).Where(k => EntityLexicon.Default.IsMeetingCue(tokens.Folded[k])).ToList();
                return meeting.Count == 0
                    ? inSentence[^1]
                    : inSentence.OrderBy(d => meeting.Min(k => Math.Abs(k - d.FirstToken))).First();
            }
            break;
        }
        return null;
    }
}
