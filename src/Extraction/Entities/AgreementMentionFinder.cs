using System.Collections.Frozen;
using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Patterns;

namespace Extraction.Entities;

/// <summary>
/// Finds instrument designations ("protocole d'accord en matière de défense", "déclaration d'Ankara") and
/// anaphors ("cet accord", "le texte"), with the status the nearby cue words give them (signed, concluded,
/// negotiated, or only evoked).
/// </summary>
/// <remarks>
/// Its local sequences (complement openers, "sur le", "et de", "un autre sur…", quoted titles, "la fin de") are rows of
/// <c>Resources/Patterns/patterns-agreements.tsv</c>, matched where the finder looks; what counts, looks back over a
/// window or compares mentions stays here, reading its words from <c>Resources/Entities/agreement-mentions.tsv</c>.
/// Immutable; safe to share across threads.
/// </remarks>
internal sealed class AgreementMentionFinder
{
    private readonly EntityLexicon _lexicon;
    private readonly SpanHashTable<int> _numberWords;
    private readonly FrozenSet<string> _demonstratives, _definites, _genericAnaphors, _qualifiers, _clauseObjects;
    private readonly FrozenSet<string> _stops, _connectors, _coordinators, _namePrepositions, _designationAdverbs, _modals, _negations;
    private readonly FrozenSet<string> _noInstrumentDeterminers, _embeddingWords, _embeddingLinks, _setMembers;
    private readonly FrozenSet<string> _idiomFamilies, _idiomDeterminers, _setSizeAdjectives, _instrumentListSeparators;
    private readonly IReadOnlyList<string> _participleEndings, _pluralCompoundMarks;
    private readonly TokenPattern[] _rows;
    private readonly int[] _captureOfRow;

    /// <summary>The table of the finder's word sets (under <c>Resources/</c>).</summary>
    public const string WordsResource = "Entities/agreement-mentions.tsv";

    /// <summary>The patterns file of the agreement stages (under <c>Resources/</c>).</summary>
    public const string PatternsResource = "Patterns/patterns-agreements.tsv";

    /// <summary>The rows of the patterns file the finder uses, by name (<c>QuotedTitle</c> is the row <c>quoted-title</c>).
    /// The four complement openers come first, in the order they are tried.</summary>
    private enum Row
    {
        BearingComplement, RelatingComplement, DomainComplement, PurposeComplement,
        ArticleAfterPreposition, CoordinatedComplement, EllipticalOther, IntroducedQuotedTitle, QuotedTitle, Termination,
        InstrumentPronoun, SignedPronoun,
    }

    /// <summary>The captures the finder reads, by name (<c>Opener</c> is the capture <c>opener</c>).</summary>
    private enum Capture { Opener, Complement, Title, Participle }

    /// <summary>The capture the finder reads of a row's match, or null when it reads only where the match ends.</summary>
    private static Capture? CaptureOf(Row row) => row switch
    {
        <= Row.PurposeComplement => Capture.Opener,
        Row.EllipticalOther => Capture.Complement,
        Row.IntroducedQuotedTitle or Row.QuotedTitle => Capture.Title,
        Row.InstrumentPronoun => Capture.Participle,
        _ => null,
    };

    /// <param name="lexicon">Instrument nouns and cue words.</param>
    /// <param name="words">The sets of <see cref="WordsResource"/>.</param>
    /// <param name="temporal">Its number words read the count of a set ("vingt-sept accords").</param>
    public AgreementMentionFinder(EntityLexicon lexicon, WordSets words, Temporal.TemporalDefinitions temporal)
        : this(lexicon, words, temporal, PatternFile.LoadSet(PatternsResource, null))
    {
    }

    /// <param name="lexicon">Instrument nouns and cue words.</param>
    /// <param name="words">The sets of <see cref="WordsResource"/>.</param>
    /// <param name="temporal">Its number words read the count of a set ("vingt-sept accords").</param>
    /// <param name="patterns">The patterns of <see cref="PatternsResource"/>.</param>
    /// <exception cref="InvalidDataException">A set, a row or a capture the finder names is missing.</exception>
    public AgreementMentionFinder(EntityLexicon lexicon, WordSets words, Temporal.TemporalDefinitions temporal, PatternSet patterns)
    {
        _lexicon = lexicon;
        _numberWords = temporal.NumberWords;
        _demonstratives = words["demonstratives"];
        _definites = words["definites"];
        _genericAnaphors = words["generic-anaphors"];
        _qualifiers = words["qualifiers"];
        _clauseObjects = words["clause-objects"];
        // Both lookups fail here, at construction, when a row or a capture the code names is missing.
        _rows = PatternNames.ByMember<Row, TokenPattern>(name => patterns[name]);
        _captureOfRow = Enum.GetValues<Row>().Select(row => CaptureOf(row) is { } c ? CaptureIndex(_rows[(int)row], c) : -1).ToArray();
        _stops = words["designation-stops"];
        _connectors = words["designation-connectors"];
        _coordinators = words["coordinators"];
        _namePrepositions = words["name-prepositions"];
        _designationAdverbs = words["designation-adverbs"];
        _participleEndings = words.Ordered("participle-endings");
        _pluralCompoundMarks = words.Ordered("plural-compound-marks");
        _modals = words["modal-words"];
        _negations = words["negations"];
        _noInstrumentDeterminers = words["no-instrument-determiners"];
        _embeddingWords = words["embedding-words"];
        _embeddingLinks = words["embedding-links"];
        _setMembers = words["set-members"];
        _idiomFamilies = words["idiom-families"];
        _idiomDeterminers = words["idiom-determiners"];
        _setSizeAdjectives = words["set-size-adjectives"];
        _instrumentListSeparators = words["instrument-list-separators"];
    }

    private static int CaptureIndex(TokenPattern pattern, Capture capture) =>
        pattern.CaptureIndex(PatternNames.Of(capture)) is var k and >= 0
            ? k : throw new InvalidDataException($"Pattern '{pattern.Name}' has no capture '{PatternNames.Of(capture)}'.");

    /// <summary>
    /// The row's match at <paramref name="start"/>: where it ends (-1 when it does not match) and the [First, CaptureEnd)
    /// of the capture the finder reads of it ((-1, -1) when that capture took no part).
    /// </summary>
    private (int End, int First, int CaptureEnd) Match(Row row, PatternDocument document, int start)
    {
        var pattern = _rows[(int)row];
        Span<int> slots = stackalloc int[pattern.SlotCount];
        var end = pattern.MatchAt(document, start, slots);
        var k = _captureOfRow[(int)row];
        return end < 0 || k < 0 ? (end, -1, -1) : (end, slots[2 * k], slots[2 * k + 1]);
    }

    private bool Matches(Row row, PatternDocument document, int start) => Match(row, document, start).End >= 0;

    /// <summary>A designation or anaphor before its status is read: [First, End), its head (null for "le texte"),
    /// whether nothing qualifies it ("l'accord"), the word before it, and the designation when it is not the span's
    /// text (a quoted title, an elided "un autre sur…").</summary>
    private readonly record struct Candidate(int First, int End, AgreementNoun? Noun, bool Bare, string Determiner, string? Title = null);

    /// <summary>The instrument mentions of a document, in text order, with their status.</summary>
    /// <param name="document">The document's token facts (stage <c>patterns</c>).</param>
    public IReadOnlyList<AgreementMention> Find(PatternDocument document)
    {
        var candidates = Candidates(document);
        var owned = OwnedCues(document.Tokens, candidates);
        return Mentions(document, candidates, owned);
    }

    /// <summary>The instrument designations and anaphors of the text, in order.</summary>
    private List<Candidate> Candidates(PatternDocument document)
    {
        var tokens = document.Tokens;
        var candidates = new List<Candidate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i)) continue;
            var limit = tokens.Sentences[tokens.SentenceOf[i]].EndToken;
            var n = _lexicon.AgreementNouns.Match(tokens.Folded, i, limit, out var noun);
            var determiner = i > 0 ? tokens.Folded[i - 1] : "";
            var generic = n == 0 && _genericAnaphors.Contains(tokens.Folded[i]) && IsDeterminedBy(determiner);
            Candidate? found = n == 0 && !generic
                ? EllipticalOther(document, candidates, i, limit, determiner) ?? InstrumentPronoun(document, candidates, i, determiner) ?? SignedPronoun(document, candidates, i, determiner)
                : generic ? new Candidate(i, i + 1, null, true, determiner)
                : Instrument(document, candidates, i, n, noun, determiner, limit);
            if (found is not { } candidate) continue;
            candidates.Add(candidate);
            if (candidate.Noun is not null && EmbeddedInstrument(document, candidate) is { } inner) candidates.Add(inner);
            i = candidate.End - 1;
        }
        return candidates;
    }

    private bool IsDeterminedBy(string determiner) => _demonstratives.Contains(determiner) || _definites.Contains(determiner);

    /// <summary>"un accord sur les permis et un autre sur la pêche": "autre" stands for the previous instrument noun of the sentence.</summary>
    private Candidate? EllipticalOther(PatternDocument document, List<Candidate> candidates, int i, int limit, string determiner)
    {
        var tokens = document.Tokens;
        // the sentence test first: the row then starts on the determiner, in the sentence of "autre"
        if (candidates.Count == 0 || candidates[^1].Noun is not { } previous
            || tokens.SentenceOf[candidates[^1].First] != tokens.SentenceOf[i] || !IsEllipticalOther(document, i, limit))
            return null;
        var otherEnd = Extend(document, i + 1, limit);
        if (otherEnd <= i + 1) return null;
        // designated by the noun it stands for: "un autre sur la pêche" is the "accord sur la pêche"
        var nounStart = candidates[^1].First;
        var title = tokens.Surface(nounStart, nounStart + previous.Phrase.Split(' ').Length) + " " + tokens.Surface(i + 1, otherEnd);
        return new Candidate(i, otherEnd, previous, false, determiner, title);
    }

    /// <summary>
    /// "une déclaration qui prolonge celle adoptée le 7 avril 2022": a pronoun with a participle that tells what happened
    /// to it (row <c>instrument-pronoun</c>) is another instrument of the previous noun of the sentence, designated by it.
    /// </summary>
    private Candidate? InstrumentPronoun(PatternDocument document, List<Candidate> candidates, int i, string determiner)
    {
        var tokens = document.Tokens;
        if (candidates.Count == 0 || candidates[^1].Noun is not { } previous || tokens.SentenceOf[candidates[^1].First] != tokens.SentenceOf[i])
            return null;
        var (end, participle, _) = Match(Row.InstrumentPronoun, document, i);
        if (end < 0 || _lexicon.AgreementCue(tokens.Folded[participle]) is AgreementStatus.Mentioned or AgreementStatus.NotCounted) return null;
        var last = candidates[^1];
        return new Candidate(i, i + 1, previous, false, determiner, last.Title ?? tokens.Surface(last.First, last.End));
    }

    /// <summary>
    /// "L'accord … a été conclu lundi. Il a été signé par …": a subject pronoun opening a sentence whose verb is a signing,
    /// right after a sentence with an instrument, is an anaphor of that instrument (row <c>signed-pronoun</c>).
    /// </summary>
    private Candidate? SignedPronoun(PatternDocument document, List<Candidate> candidates, int i, string determiner)
    {
        // the sentence test first: the row is then tried only in the sentence right after an instrument's
        var tokens = document.Tokens;
        if (candidates.Count == 0 || tokens.SentenceOf[candidates[^1].First] != tokens.SentenceOf[i] - 1 || !Matches(Row.SignedPronoun, document, i))
            return null;
        return new Candidate(i, i + 1, null, true, determiner);
    }

    /// <summary>
    /// "un avenant à l'accord-cadre conclu en juillet 2022": a designation that ends with another, definite instrument
    /// followed by a participle cue names that earlier instrument too; the participle (and its date) is the inner one's.
    /// </summary>
    private Candidate? EmbeddedInstrument(PatternDocument document, Candidate outer)
    {
        var tokens = document.Tokens;
        if (outer.End >= tokens.Count || _lexicon.AgreementCue(tokens.Folded[outer.End]) is AgreementStatus.Mentioned or AgreementStatus.NotCounted
            || tokens.SentenceOf[outer.End] != tokens.SentenceOf[outer.First])
            return null;
        for (var j = outer.First + 2; j < outer.End; j++)
        {
            var n = _lexicon.AgreementNouns.Match(tokens.Folded, j, outer.End, out var inner);
            if (n > 0 && j + n == outer.End && _definites.Contains(tokens.Folded[j - 1])) return new Candidate(j, outer.End, inner, false, tokens.Folded[j - 1]);
        }
        return null;
    }

    /// <summary>The designation headed by the instrument noun at <paramref name="i"/> (<paramref name="n"/> tokens), or null when it is none.</summary>
    private Candidate? Instrument(PatternDocument document, List<Candidate> candidates, int i, int n, AgreementNoun noun, string determiner, int limit)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        // "d'accord" (être d'accord) and "en accord avec" are idioms, not instruments.
        if (_idiomFamilies.Contains(noun.Family) && n == 1 && !IsPlural(noun) && _idiomDeterminers.Contains(determiner)) return null;
        if (context.CountryAt[i] >= 0) return null;
        if (candidates.Count > 0 && IsEmbedded(tokens, candidates[^1].End, i)) return null;
        var end = Extend(document, i + n, limit);
        // "accords, mémorandums d'entente et programmes exécutifs": one set of instruments of several kinds
        while (IsPlural(noun) && end + 1 < limit && _instrumentListSeparators.Contains(tokens.Folded[end])
               && _lexicon.AgreementNouns.Match(tokens.Folded, end + 1, limit, out var next) is var m and > 0 && IsPlural(next))
            end = Extend(document, end + 1 + m, limit);
        // A quoted title names the instrument: "une déclaration « Vers un partenariat renouvelé »", "intitulée « … »".
        if (end == i + n && QuotedTitle(document, end, limit) is var (open, close) && close > open)
            return new Candidate(i, close, noun, false, determiner, tokens.Surface(i, end) + " " + tokens.Surface(open, close));
        if (noun.NeedsQualifier && (end == i + n && !tokens.IsAny(i + n, "«", "\"") || end > i + n && !_qualifiers.Contains(tokens.Folded[i + n]))) return null;
        // "Un traité encadrant sa construction": a participle clause makes a bare noun a specific instrument.
        var qualifiedByClause = end == i + n && end + 1 < limit && IsParticiple(tokens.Folded[end]) && _clauseObjects.Contains(tokens.Folded[end + 1]);
        return new Candidate(i, end, noun, end == i + n && !qualifiedByClause, determiner);
    }

    /// <summary>The cue words each candidate owns: each cue belongs to the nearest instrument mention of its sentence.</summary>
    private List<(AgreementStatus Status, int Cue)>[] OwnedCues(TokenText tokens, List<Candidate> candidates)
    {
        var owned = new List<(AgreementStatus Status, int Cue)>[candidates.Count];
        for (var c = 0; c < candidates.Count; c++) owned[c] = [];
        var bySentence = new Dictionary<int, List<int>>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var sentenceIndex = tokens.SentenceOf[candidates[c].First];
            if (!bySentence.TryGetValue(sentenceIndex, out var list)) bySentence[sentenceIndex] = list = [];
            list.Add(c);
        }
        foreach (var (sentenceIndex, inSentence) in bySentence)
        for (var k = tokens.Sentences[sentenceIndex].FirstToken; k < tokens.Sentences[sentenceIndex].EndToken; k++)
        {
            var status = _lexicon.AgreementCue(tokens.Folded[k]);
            if (status is AgreementStatus.Mentioned or AgreementStatus.NotCounted) continue;
            var best = NearestCandidate(tokens, candidates, inSentence, k);
            if (best < 0) continue;
            var sentenceStart = tokens.Sentences[tokens.SentenceOf[k]].FirstToken;
            if (status is AgreementStatus.Signed or AgreementStatus.Concluded && IsModal(tokens, k, sentenceStart)) status = AgreementStatus.NotCounted;
            if (IsNegated(tokens, k, sentenceStart)) continue; // "sans qu'aucune date de signature ne soit fixée"
            owned[best].Add((status, k));
        }
        return owned;
    }

    /// <summary>The candidate of the sentence nearest to the cue at <paramref name="k"/> within its window, or -1.</summary>
    private int NearestCandidate(TokenText tokens, List<Candidate> candidates, List<int> inSentence, int k)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        var alone = inSentence.Count == 1;
        foreach (var c in inSentence)
        {
            var (first, stop, noun, bare, _, _) = candidates[c];
            if (k >= first && k < stop) continue;
            if (k < first && HasAny(tokens, k, first, _setMembers)) continue; // "N accords ont été signés, dont un contrat…": the cue is the set's
            var distance = k < first ? first - k : k - stop + 1;
            var window = noun is null || bare ? (alone && noun is null ? 25 : 8) : 25;
            if (distance > window) continue; // "le texte, dont… avait été signée", "un accord" needs its verb nearby
            // a cue after a designation that ends with an embedded instrument is the inner one's ("… à l'accord-cadre conclu en 2022")
            var inner = distance == bestDistance && k == stop && candidates[best].End == stop;
            if (distance < bestDistance || inner) { best = c; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>The mentions, each with the strongest status its cues and surroundings give.</summary>
    private List<AgreementMention> Mentions(PatternDocument document, List<Candidate> candidates, List<(AgreementStatus Status, int Cue)>[] owned)
    {
        var tokens = document.Tokens;
        var found = new List<AgreementMention>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var (first, end, noun, bare, determiner, title) = candidates[c];
            var sentence = tokens.Sentences[tokens.SentenceOf[first]];
            if (EndedBefore(document, first, sentence.FirstToken) is var ended and >= 0) owned[c].Add((AgreementStatus.Terminated, ended));
            // The strongest thing said about it wins: "dénoncer l'accord signé en 1968" is a signed accord.
            var (status, cue) = NotCountedBefore(tokens, first, end, sentence.FirstToken) is var nc and >= 0
                ? (AgreementStatus.NotCounted, nc)
                : owned[c].Count == 0 ? (AgreementStatus.Mentioned, -1)
                : owned[c].OrderByDescending(o => Strength(o.Status)).ThenBy(o => Math.Abs(o.Cue - first)).First();
            // "les instruments ci-après ont été signés : - un accord…, par X et Y ; - un protocole…": list items take the
            // status of the list's lead, and their "par" names the signatories
            var source = AgreementStatusSource.Cue;
            var listLead = noun is not null ? ListLeadStatus(tokens, first) : null;
            if (status == AgreementStatus.Mentioned && listLead is { } leadStatus)
                (status, cue, source) = (leadStatus, end - 1, AgreementStatusSource.ListLead);
            // "N accords ont été conclus, dont un accord sur… et un autre sur…": the named members share the set's status
            if (status == AgreementStatus.Mentioned && noun is not null && MemberOf(found, tokens, first) is { } set)
                (status, cue, source) = (set.Status, set.CueToken, AgreementStatusSource.SetMember);
            var anaphoric = noun is null || bare && (_demonstratives.Contains(determiner) || _definites.Contains(determiner) && owned[c].Count == 0);
            found.Add(new AgreementMention(first, end, noun, title ?? tokens.Surface(first, end), anaphoric, status, cue,
                IsDeterminedBy(determiner), noun is not null && IsPlural(noun) ? SetSize(tokens, first) : null, source, listLead is not null));
        }
        return found;
    }

    // Words between two instrument nouns that make the second the object of the first ("une déclaration établissant un
    // partenariat", "un mémorandum sur un « partenariat »"): the second is what the first is about, not an instrument of its own.
    private bool IsEmbedded(TokenText tokens, int previousEnd, int i)
    {
        if (i - previousEnd is < 1 or > 3 || tokens.SentenceOf[previousEnd] != tokens.SentenceOf[i]) return false;
        var sawLink = false;
        for (var k = previousEnd; k < i; k++)
        {
            var f = tokens.Folded[k];
            var participle = IsParticiple(f);
            if (!participle && !_embeddingWords.Contains(f)) return false;
            sawLink |= participle || _embeddingLinks.Contains(f);
        }
        return sawLink;
    }

    /// <summary>The counted plural set of the same sentence that a "dont" before <paramref name="first"/> lists members of, or null.</summary>
    private AgreementMention? MemberOf(List<AgreementMention> found, TokenText tokens, int first)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var set = found[k];
            if (tokens.SentenceOf[set.FirstToken] != tokens.SentenceOf[first]) return null;
            if (set.SetSize is not null && set.Status is not (AgreementStatus.Mentioned or AgreementStatus.NotCounted) && HasAny(tokens, set.EndToken, first, _setMembers))
                return set;
        }
        return null;
    }

    private static bool HasAny(TokenText tokens, int from, int to, FrozenSet<string> words)
    {
        for (var k = from; k < to; k++)
            if (words.Contains(tokens.Folded[k])) return true;
        return false;
    }

    /// <summary>A present participle ("établissant", "portant"): more than five letters and a participle ending.</summary>
    private bool IsParticiple(string folded)
    {
        if (folded.Length <= 5) return false;
        foreach (var ending in _participleEndings)
            if (folded.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"un autre sur…", "une autre relative à…": an elided second instrument (row <c>elliptical-other</c>, from
    /// the determiner before <paramref name="i"/>), whose complement is a preposition of the row or a complement opener.</summary>
    private bool IsEllipticalOther(PatternDocument document, int i, int limit) =>
        i + 1 < limit && Match(Row.EllipticalOther, document, i - 1) is { End: >= 0 } other
        && (other.First >= 0 || ComplementOpener(document, i + 1, limit) > 0);

    private static bool IsListMark(TokenText tokens, int i) => tokens.IsPunct(i, '-') || tokens.IsPunct(i, '–') || tokens.IsPunct(i, '•');

    /// <summary>For an instrument in a dash list item, the status the list's lead gives ("ont été signés :"), or null.</summary>
    private AgreementStatus? ListLeadStatus(TokenText tokens, int first)
    {
        var sentence = tokens.SentenceOf[first];
        var item = first - 1;
        while (item >= tokens.Sentences[sentence].FirstToken && !IsListMark(tokens, item) && !tokens.IsPunct(item, ';')) item--;
        if (item < 0 || !IsListMark(tokens, item)) return null;
        // back over the previous items to the lead, which ends with a colon
        var k = item - 1;
        while (k >= 0 && !tokens.IsPunct(k, ':'))
        {
            if (tokens.IsPunct(k, '.') && !IsListMark(tokens, k + 1)) return null;
            k--;
        }
        if (k < 0 || !IsListMark(tokens, k + 1)) return null;
        var leadStart = tokens.Sentences[tokens.SentenceOf[k]].FirstToken;
        for (var j = k - 1; j >= leadStart; j--)
        {
            var status = _lexicon.AgreementCue(tokens.Folded[j]);
            if (status is AgreementStatus.Signed or AgreementStatus.Concluded && !IsModal(tokens, j, leadStart) && !IsNegated(tokens, j, leadStart)) return status;
        }
        return null;
    }

    /// <summary>"accords", "accords-cadres": the head word of the noun's phrase is plural.</summary>
    private bool IsPlural(AgreementNoun noun)
    {
        var space = noun.Phrase.IndexOf(' ');
        var head = space < 0 ? noun.Phrase : noun.Phrase[..space];
        if (head.EndsWith('s')) return true;
        foreach (var mark in _pluralCompoundMarks)
            if (head.Contains(mark, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The count before a plural designation ("vingt-sept accords", "26 protocoles", "trois nouveaux contrats"), or 0.</summary>
    private int SetSize(TokenText tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && _setSizeAdjectives.Contains(tokens.Folded[k])) k--;
        if (k < 0) return 0;
        if (int.TryParse(tokens.Folded[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)) return count;
        return _numberWords.TryGetValue(tokens.Folded[k], out var value) && value > 1 ? value : 0;
    }

    internal static int Strength(AgreementStatus status) => status switch
    {
        AgreementStatus.Signed => 6,
        AgreementStatus.Ratified => 5,
        AgreementStatus.Concluded => 4,
        AgreementStatus.Adopted => 3,
        AgreementStatus.Negotiated => 2,
        AgreementStatus.Terminated => 1,
        _ => 0,
    };

    /// <summary>"la fin de l'accord", "mettre fin à l'accord": the instrument is terminated.</summary>
    private int EndedBefore(PatternDocument document, int first, int sentenceStart)
    {
        for (var k = Math.Max(sentenceStart, first - 4); k < first - 1; k++)
            if (Matches(Row.Termination, document, k)) return k;
        return -1;
    }

    /// <summary>A "futur", "projet", "idée" just before or inside the designation: the instrument is only evoked.</summary>
    private int NotCountedBefore(TokenText tokens, int first, int end, int sentenceStart)
    {
        // "aucun accord de réadmission n'a été conclu", "un gouvernement sans feuille de route": no instrument at all
        if (first > sentenceStart && _noInstrumentDeterminers.Contains(tokens.Folded[first - 1])) return first - 1;
        for (var k = Math.Max(sentenceStart, first - 4); k < end; k++)
            if (_lexicon.AgreementCue(tokens.Folded[k]) == AgreementStatus.NotCounted) return k;
        return -1;
    }

    /// <summary>Extends a designation over adjectives and complements ("de coopération en matière de défense et d'économie").</summary>
    private int Extend(PatternDocument document, int j, int limit)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        var end = j;
        var count = 0;
        while (j < limit && count < 14)
        {
            var f = tokens.Folded[j];
            // "portant sur…", "relatif à…", "dans le domaine de…", "en vue de…": complements that belong to the designation
            if (ComplementOpener(document, j, limit) is var opener and > 0) { j += opener; count += opener; continue; }
            if (!tokens.IsWord(j) && tokens.Tokens[j].Kind != Tokenization.TokenKind.Elision) break;
            if (Matches(Row.ArticleAfterPreposition, document, j - 1)) { j++; count++; continue; } // "sur le", "pour les"
            if (_stops.Contains(f) || context.DateAt[j] >= 0 || _lexicon.AgreementCue(f) is not AgreementStatus.Mentioned and not AgreementStatus.NotCounted) break;
            if (_coordinators.Contains(f))
            {
                if (Matches(Row.CoordinatedComplement, document, j)) { j++; count++; continue; } // "et de", "et d'"
                break;
            }
            if (_connectors.Contains(f)) { j++; count++; continue; }
            // Capitalized words: names inside the designation ("déclaration d'Abidjan", "champ gazier Grand Tortue"), not countries.
            if (tokens.IsCapitalized(j) && (context.CountryAt[j] >= 0 && context.Countries[context.CountryAt[j]].Kind != Records.CountryMentionKind.Capital
                                            || context.OrganizationAt[j] >= 0 && j > 0 && !_namePrepositions.Contains(tokens.Folded[j - 1]))) break;
            if (IsParticiple(f) && !tokens.IsCapitalized(j)) break; // participles: "établissant"
            if (context.Pos[j] is Tagging.UposTag.VERB or Tagging.UposTag.AUX or Tagging.UposTag.PRON or Tagging.UposTag.SCONJ or Tagging.UposTag.NUM
                || context.Pos[j] == Tagging.UposTag.ADV && !_designationAdverbs.Contains(f)) break;
            j++;
            count++;
            end = j;
        }
        return end;
    }

    /// <summary>
    /// Tokens of a complement opener at <paramref name="j"/> followed by its object ("portant sur…", "relatif à…", "dans
    /// le domaine de…", "en vue de…": the rows of the four openers, tried in order), or 0.
    /// </summary>
    private int ComplementOpener(PatternDocument document, int j, int limit)
    {
        if (j >= limit) return 0;
        for (var row = Row.BearingComplement; row <= Row.PurposeComplement; row++)
            if (Match(row, document, j) is { End: >= 0 } opener) return opener.CaptureEnd - opener.First;
        return 0;
    }

    /// <summary>The quoted title at <paramref name="i"/> (after "intitulée", "baptisée"… if present): [«, one past »), or (0, 0).</summary>
    /// <remarks>Without "intitulée", only a capitalized quote is a title (row <c>quoted-title</c>): « prolonge la feuille de
    /// route » is a quotation.</remarks>
    private (int Open, int Close) QuotedTitle(PatternDocument document, int i, int limit)
    {
        if (i >= limit) return (0, 0);
        var title = Match(Row.IntroducedQuotedTitle, document, i);
        if (title.End < 0) title = Match(Row.QuotedTitle, document, i);
        return title.End < 0 ? (0, 0) : (title.First, title.CaptureEnd);
    }

    private bool IsNegated(TokenText tokens, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 4); k--)
            if (_negations.Contains(tokens.Folded[k])) return true;
        return false;
    }

    private bool IsModal(TokenText tokens, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 3); k--)
            if (_modals.Contains(tokens.Folded[k])) return true;
        return false;
    }
}
