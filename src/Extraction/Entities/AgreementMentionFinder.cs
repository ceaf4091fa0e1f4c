using Extraction.Lexicons;

namespace Extraction.Entities;

/// <summary>
/// Finds instrument designations ("protocole d'accord en matière de défense", "déclaration d'Ankara") and
/// anaphors ("cet accord", "le texte"), with the status the nearby cue words give them (signed, concluded,
/// negotiated, or only evoked).
/// </summary>
internal sealed class AgreementMentionFinder
{
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "ce", "cet", "cette", "ces" };
    private static readonly HashSet<string> Definites = new(StringComparer.Ordinal) { "le", "la", "l'", "les" };
    private static readonly HashSet<string> GenericAnaphors = new(StringComparer.Ordinal) { "texte", "document" };
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "commune", "communes", "conjointe", "conjointes", "d'", "de", "sur", "finale", "solennelle", "politique", "intitulée", "baptisée", "dite", "pour" };

    // Words that open the complement of a participle clause ("encadrant sa construction", "portant sur", "visant à").
    private static readonly HashSet<string> ClauseObjects = new(StringComparer.Ordinal)
        { "le", "la", "les", "l'", "sa", "son", "ses", "leur", "leurs", "un", "une", "des", "du", "de", "d'", "sur", "à", "au", "aux", "en" };

    // Participles that introduce a quoted title: "une déclaration intitulée « … »".
    private static readonly HashSet<string> TitleParticiples = new(StringComparer.Ordinal)
        { "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "baptisées", "dénommé", "dénommée", "nommé", "nommée" };

    // Words a designation never runs through.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "entre", "avec", "par", "qui", "que", "qu'", "dont", "où", "lors", "depuis", "afin", "après", "avant", "selon", "dans",
        "a", "ont", "est", "sont", "était", "avait", "avaient", "sera", "seront", "été", "être", "doit", "devrait", "prévoit", "vise",
        "destiné", "destinée", "destinés", "destinées", "visant", "prévoyant", "établissant", "il", "elle",
        "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "un", "une", "le", "les", "mais", "ou", "ni", "aussi", "également",
        "ainsi", "hier", "aujourd'hui", "millions", "milliards", "signé", "signée", "conclu", "conclue", "similaire", "similaires",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "d'", "du", "des", "sur", "en", "à", "au", "aux", "la", "l'" };

    // Modal or future words before a cue: the signing is planned, not done.
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
        { "devrait", "devraient", "doit", "doivent", "pourrait", "pourraient", "va", "vont", "sera", "seront", "compte", "comptent", "souhaite", "souhaitent", "espère", "espèrent", "prévoient" };

    // Negative words before a cue: nothing happened ("sans qu'aucune date de signature", "n'a jamais été ratifié").
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "sans", "aucun", "aucune", "jamais", "pas", "ni", "n'", "ne" };

    private readonly EntityLexicon _lexicon;

    public AgreementMentionFinder(EntityLexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyList<AgreementMention> Find(EntityContext context)
    {
        var tokens = context.Tokens;
        var candidates = new List<(int First, int End, AgreementNoun? Noun, bool Bare, string Determiner)>();
        var titled = new Dictionary<int, string>(); // candidate index → designation with its quoted title
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i)) continue;
            var sentence = tokens.Sentences[tokens.SentenceOf[i]];
            var n = _lexicon.AgreementNouns.Match(tokens.Folded, i, sentence.EndToken, out var noun);
            var determiner = i > 0 ? tokens.Folded[i - 1] : "";
            var generic = n == 0 && GenericAnaphors.Contains(tokens.Folded[i]) && (Demonstratives.Contains(determiner) || Definites.Contains(determiner));
            // "un accord sur les permis et un autre sur la pêche": "autre" stands for the previous instrument noun
            if (n == 0 && !generic && candidates.Count > 0 && candidates[^1].Noun is { } previous && IsEllipticalOther(tokens, i, sentence.EndToken)
                && tokens.SentenceOf[candidates[^1].First] == tokens.SentenceOf[i])
            {
                var otherEnd = Extend(context, i + 1, sentence.EndToken);
                if (otherEnd > i + 1)
                {
                    // designated by the noun it stands for: "un autre sur la pêche" is the "accord sur la pêche"
                    var nounStart = candidates[^1].First;
                    titled[candidates.Count] = tokens.Surface(nounStart, nounStart + previous.Phrase.Split(' ').Length) + " " + tokens.Surface(i + 1, otherEnd);
                    candidates.Add((i, otherEnd, previous, false, determiner));
                    i = otherEnd - 1;
                }
                continue;
            }
            if (n == 0 && !generic) continue;
            if (generic)
            {
                candidates.Add((i, i + 1, null, true, determiner));
                continue;
            }
            // "d'accord" (être d'accord) and "en accord avec" are idioms, not instruments.
            if (noun.Family == "accord" && n == 1 && !IsPlural(noun) && determiner is "d'" or "en") continue;
            if (context.CountryAt[i] >= 0) continue;
            if (candidates.Count > 0 && IsEmbedded(tokens, candidates[^1].End, i)) continue;
            var end = Extend(context, i + n, sentence.EndToken);
            // "accords, mémorandums d'entente et programmes exécutifs": one set of instruments of several kinds
            while (IsPlural(noun) && end + 1 < sentence.EndToken && tokens.Folded[end] is "," or "et"
                   && _lexicon.AgreementNouns.Match(tokens.Folded, end + 1, sentence.EndToken, out var next) is var m and > 0 && IsPlural(next))
                end = Extend(context, end + 1 + m, sentence.EndToken);
            // A quoted title names the instrument: "une déclaration « Vers un partenariat renouvelé »", "intitulée « … »".
            if (end == i + n && QuotedTitle(tokens, end, sentence.EndToken) is var (open, close) && close > open)
            {
                titled[candidates.Count] = tokens.Surface(i, end) + " " + tokens.Surface(open, close);
                candidates.Add((i, close, noun, false, determiner));
                i = close - 1;
                continue;
            }
            if (noun.NeedsQualifier && (end == i + n && !tokens.IsAny(i + n, "«", "\"") || end > i + n && !Qualifiers.Contains(tokens.Folded[i + n]))) continue;
            // "Un traité encadrant sa construction": a participle clause makes a bare noun a specific instrument.
            var qualifiedByClause = end == i + n && end + 1 < sentence.EndToken
                && tokens.Folded[end].EndsWith("ant", StringComparison.Ordinal) && tokens.Folded[end].Length > 5
                && ClauseObjects.Contains(tokens.Folded[end + 1]);
            candidates.Add((i, end, noun, end == i + n && !qualifiedByClause, determiner));
            i = end - 1;
        }

        bool bareMention(int c) => candidates[c].Bare;

        // Each cue word belongs to the nearest instrument mention of its sentence.
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
            var best = -1;
            var bestDistance = int.MaxValue;
            var alone = inSentence.Count == 1;
            foreach (var c in inSentence)
            {
                var (first, stop, noun, _, _) = candidates[c];
                if (k >= first && k < stop) continue;
                if (k < first && HasToken(tokens, k, first, "dont")) continue; // "N accords ont été signés, dont un contrat…": the cue is the set's
                var distance = k < first ? first - k : k - stop + 1;
                var window = noun is null || bareMention(c) ? (alone && noun is null ? 25 : 8) : 25;
                if (distance > window) continue; // "le texte, dont… avait été signée", "un accord" needs its verb nearby
                if (distance < bestDistance) { best = c; bestDistance = distance; }
            }
            if (best < 0) continue;
            var sentenceStart = tokens.Sentences[tokens.SentenceOf[k]].FirstToken;
            if (status is AgreementStatus.Signed or AgreementStatus.Concluded && IsModal(tokens, k, sentenceStart)) status = AgreementStatus.NotCounted;
            if (IsNegated(tokens, k, sentenceStart)) continue; // "sans qu'aucune date de signature ne soit fixée"
            owned[best].Add((status, k));
        }

        var found = new List<AgreementMention>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var (first, end, noun, bare, determiner) = candidates[c];
            var sentence = tokens.Sentences[tokens.SentenceOf[first]];
            if (EndedBefore(tokens, first, sentence.FirstToken) is var ended and >= 0) owned[c].Add((AgreementStatus.Terminated, ended));
            // The strongest thing said about it wins: "dénoncer l'accord signé en 1968" is a signed accord.
            var (status, cue) = NotCountedBefore(tokens, first, end, sentence.FirstToken) is var nc and >= 0
                ? (AgreementStatus.NotCounted, nc)
                : owned[c].Count == 0 ? (AgreementStatus.Mentioned, -1)
                : owned[c].OrderByDescending(o => Strength(o.Status)).ThenBy(o => Math.Abs(o.Cue - first)).First();
            // "les instruments ci-après ont été signés : - un accord…, par X et Y ; - un protocole…": list items take the
            // status of the list's lead, and their "par" names the signatories
            if (status == AgreementStatus.Mentioned && noun is not null && ListLeadStatus(tokens, first) is { } leadStatus)
                (status, cue) = (leadStatus, end - 1);
            // "N accords ont été conclus, dont un accord sur… et un autre sur…": the named members share the set's status
            if (status == AgreementStatus.Mentioned && noun is not null && MemberOf(found, tokens, first) is { } set)
                (status, cue) = (set.Status, set.CueToken);
            var anaphoric = noun is null || bare && (Demonstratives.Contains(determiner) || Definites.Contains(determiner) && owned[c].Count == 0);
            found.Add(new AgreementMention(first, end, noun, titled.GetValueOrDefault(c) ?? tokens.Surface(first, end), anaphoric, status, cue,
                Demonstratives.Contains(determiner) || Definites.Contains(determiner), noun is not null && IsPlural(noun) ? SetSize(tokens, first) : null));
        }
        return found;
    }

    // Words between two instrument nouns that make the second the object of the first ("une déclaration établissant un
    // partenariat", "un mémorandum sur un « partenariat »"): the second is what the first is about, not an instrument of its own.
    private static readonly HashSet<string> EmbeddingWords = new(StringComparer.Ordinal)
        { "un", "une", "le", "la", "l'", "les", "des", "«", "\"", "sur", "pour" };

    private static bool IsEmbedded(TokenText tokens, int previousEnd, int i)
    {
        if (i - previousEnd is < 1 or > 3 || tokens.SentenceOf[previousEnd] != tokens.SentenceOf[i]) return false;
        var sawLink = false;
        for (var k = previousEnd; k < i; k++)
        {
            var f = tokens.Folded[k];
            var participle = f.Length > 5 && f.EndsWith("ant", StringComparison.Ordinal);
            if (!participle && !EmbeddingWords.Contains(f)) return false;
            sawLink |= participle || f is "sur" or "pour" or "«";
        }
        return sawLink;
    }

    /// <summary>The counted plural set of the same sentence that a "dont" before <paramref name="first"/> lists members of, or null.</summary>
    private static AgreementMention? MemberOf(List<AgreementMention> found, TokenText tokens, int first)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var set = found[k];
            if (tokens.SentenceOf[set.FirstToken] != tokens.SentenceOf[first]) return null;
            if (set.SetSize is not null && set.Status is not (AgreementStatus.Mentioned or AgreementStatus.NotCounted) && HasToken(tokens, set.EndToken, first, "dont"))
                return set;
        }
        return null;
    }

    private static bool HasToken(TokenText tokens, int from, int to, string folded)
    {
        for (var k = from; k < to; k++)
            if (tokens.Folded[k] == folded) return true;
        return false;
    }

    /// <summary>"un autre sur…", "une autre relative à…": an elided second instrument.</summary>
    private static bool IsEllipticalOther(TokenText tokens, int i, int limit) =>
        tokens.Folded[i] is "autre" && i > 0 && tokens.Folded[i - 1] is "un" or "une" && i + 1 < limit
        && (tokens.Folded[i + 1] is "sur" or "de" or "d'" or "du" or "en" or "pour" || ComplementOpener(tokens, i + 1, limit) > 0);

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

    private static bool IsPlural(AgreementNoun noun)
    {
        var space = noun.Phrase.IndexOf(' ');
        var head = space < 0 ? noun.Phrase : noun.Phrase[..space];
        return head.EndsWith('s') || head.Contains("s-", StringComparison.Ordinal); // "accords", "accords-cadres"
    }

    /// <summary>The count before a plural designation ("vingt-sept accords", "26 protocoles", "trois nouveaux contrats"), or 0.</summary>
    private static int SetSize(TokenText tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens.Folded[k] is "nouveaux" or "nouvelles" or "autres" or "grands" or "importants") k--;
        if (k < 0) return 0;
        if (int.TryParse(tokens.Folded[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)) return count;
        return Temporal.TemporalDefinitions.Default.NumberWords.TryGetValue(tokens.Folded[k], out var value) && value > 1 ? value : 0;
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
    private static int EndedBefore(TokenText tokens, int first, int sentenceStart)
    {
        for (var k = Math.Max(sentenceStart, first - 4); k < first - 1; k++)
            if (tokens.Folded[k] == "fin" && tokens.IsAny(k + 1, "de", "du", "à", "au", "d'")) return k;
        return -1;
    }

    /// <summary>A "futur", "projet", "idée" just before or inside the designation: the instrument is only evoked.</summary>
    private int NotCountedBefore(TokenText tokens, int first, int end, int sentenceStart)
    {
        // "aucun accord de réadmission n'a été conclu", "un gouvernement sans feuille de route": no instrument at all
        if (first > sentenceStart && tokens.Folded[first - 1] is "aucun" or "aucune" or "sans") return first - 1;
        for (var k = Math.Max(sentenceStart, first - 4); k < end; k++)
            if (_lexicon.AgreementCue(tokens.Folded[k]) == AgreementStatus.NotCounted) return k;
        return -1;
    }

    /// <summary>Extends a designation over adjectives and complements ("de coopération en matière de défense et d'économie").</summary>
    private int Extend(EntityContext context, int j, int limit)
    {
        var tokens = context.Tokens;
        var end = j;
        var count = 0;
        while (j < limit && count < 14)
        {
            var f = tokens.Folded[j];
            // "portant sur…", "relatif à…", "dans le domaine de…", "en vue de…": complements that belong to the designation
            if (ComplementOpener(tokens, j, limit) is var opener and > 0) { j += opener; count += opener; continue; }
            if (!tokens.IsWord(j) && tokens.Tokens[j].Kind != Tokenization.TokenKind.Elision) break;
            if (f is "le" or "les" && tokens.Folded[j - 1] is "sur" or "pour" or "en" or "à") { j++; count++; continue; }
            if (Stops.Contains(f) || context.DateAt[j] >= 0 || _lexicon.AgreementCue(f) is not AgreementStatus.Mentioned and not AgreementStatus.NotCounted) break;
            if (f == "et")
            {
                if (j + 1 < limit && tokens.Folded[j + 1] is "de" or "d'" or "du" or "des") { j++; count++; continue; }
                break;
            }
            if (Connectors.Contains(f)) { j++; count++; continue; }
            // Capitalized words: names inside the designation ("déclaration d'Abidjan", "champ gazier Grand Tortue"), not countries.
            if (tokens.IsCapitalized(j) && (context.CountryAt[j] >= 0 && context.Countries[context.CountryAt[j]].Kind != Records.CountryMentionKind.Capital
                                            || context.OrganizationAt[j] >= 0 && j > 0 && tokens.Folded[j - 1] is not ("de" or "d'" or "du"))) break;
            if (f.EndsWith("ant", StringComparison.Ordinal) && !tokens.IsCapitalized(j) && f.Length > 5) break; // participles: "établissant"
            if (context.Pos[j] is Tagging.UposTag.VERB or Tagging.UposTag.AUX or Tagging.UposTag.PRON or Tagging.UposTag.SCONJ or Tagging.UposTag.NUM
                || context.Pos[j] == Tagging.UposTag.ADV && f != "non") break;
            j++;
            count++;
            end = j;
        }
        return end;
    }

    /// <summary>Tokens of a complement opener at <paramref name="j"/> followed by its object, or 0.</summary>
    private static int ComplementOpener(TokenText tokens, int j, int limit)
    {
        var f = tokens.Folded[j];
        var n = f switch
        {
            "portant" or "porte" when tokens.IsAny(j + 1, "sur") => 2,
            "relatif" or "relative" or "relatifs" or "relatives" when tokens.IsAny(j + 1, "à", "au", "aux") => 2,
            "dans" when tokens.IsAny(j + 1, "le", "les") && tokens.IsAny(j + 2, "domaine", "domaines", "secteur", "secteurs", "cadre") => 3,
            "en" when tokens.IsAny(j + 1, "vue") && tokens.IsAny(j + 2, "de", "d'", "du", "des") => 3,
            _ => 0,
        };
        return j + n < limit ? n : 0;
    }

    /// <summary>The quoted title at <paramref name="i"/> (after "intitulée", "baptisée"… if present): [«, one past »), or (0, 0).</summary>
    private static (int Open, int Close) QuotedTitle(TokenText tokens, int i, int limit)
    {
        var introduced = i + 1 < limit && TitleParticiples.Contains(tokens.Folded[i]);
        if (introduced) i++;
        if (i >= limit || !tokens.IsAny(i, "«", "\"", "“")) return (0, 0);
        // Without "intitulée", only a capitalized quote is a title: « prolonge la feuille de route » is a quotation.
        if (!introduced && !tokens.IsCapitalized(i + 1)) return (0, 0);
        var closing = tokens.Is(i, "«") ? "»" : tokens.Is(i, "“") ? "”" : "\"";
        for (var k = i + 2; k < Math.Min(limit, i + 30); k++)
            if (tokens.Is(k, closing)) return (i, k + 1);
        return (0, 0);
    }

    private static bool IsNegated(TokenText tokens, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 4); k--)
            if (Negations.Contains(tokens.Folded[k])) return true;
        return false;
    }

    private static bool IsModal(TokenText tokens, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 3); k--)
            if (Modals.Contains(tokens.Folded[k])) return true;
        return false;
    }
}
