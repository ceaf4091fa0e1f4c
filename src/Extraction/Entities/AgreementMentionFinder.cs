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
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "commune", "communes", "conjointe", "conjointes", "d'", "de", "sur", "finale", "solennelle", "politique" };

    // Words a designation never runs through.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "entre", "avec", "par", "qui", "que", "qu'", "dont", "où", "lors", "depuis", "pour", "afin", "après", "avant", "selon", "dans",
        "a", "ont", "est", "sont", "était", "avait", "avaient", "sera", "seront", "été", "être", "doit", "devrait", "prévoit", "vise",
        "portant", "destiné", "destinée", "destinés", "destinées", "visant", "prévoyant", "établissant", "relatif", "relative", "il", "elle",
        "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "un", "une", "le", "les", "mais", "ou", "ni", "aussi", "également",
        "ainsi", "hier", "aujourd'hui", "millions", "milliards", "signé", "signée", "conclu", "conclue",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "d'", "du", "des", "sur", "en", "à", "au", "aux", "la", "l'" };

    // Modal or future words before a cue: the signing is planned, not done.
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
        { "devrait", "devraient", "doit", "doivent", "pourrait", "pourraient", "va", "vont", "sera", "seront", "compte", "comptent", "souhaite", "souhaitent", "espère", "espèrent", "prévoient" };

    private readonly EntityLexicon _lexicon;

    public AgreementMentionFinder(EntityLexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyList<AgreementMention> Find(EntityContext context)
    {
        var tokens = context.Tokens;
        var found = new List<AgreementMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i)) continue;
            var sentence = tokens.Sentences[tokens.SentenceOf[i]];
            var n = _lexicon.AgreementNouns.Match(tokens.Folded, i, sentence.EndToken, out var noun);
            var generic = n == 0 && GenericAnaphors.Contains(tokens.Folded[i]) && i > 0 && (Demonstratives.Contains(tokens.Folded[i - 1]) || Definites.Contains(tokens.Folded[i - 1]));
            if (n == 0 && !generic) continue;
            if (generic) n = 1;
            // "d'accord" (être d'accord) and "en accord avec" are idioms, not instruments.
            if (!generic && noun.Family == "accord" && n == 1 && i > 0 && tokens.Folded[i - 1] is "d'" or "en") continue;
            if (!generic && context.CountryAt[i] >= 0) continue;

            var end = Extend(context, i + n, sentence.EndToken);
            var determiner = i > 0 ? tokens.Folded[i - 1] : "";
            if (!generic && noun.NeedsQualifier && (end == i + n || !Qualifiers.Contains(tokens.Folded[i + n]))) continue;
            var bare = end == i + n;
            var anaphoric = generic || bare && (Demonstratives.Contains(determiner) || Definites.Contains(determiner) && !HasCueAround(tokens, i, end, sentence));
            var (status, cue) = StatusOf(tokens, i, end, sentence.FirstToken, sentence.EndToken);
            found.Add(new AgreementMention(i, end, generic ? null : noun, tokens.Surface(i, end), anaphoric, status, cue));
            i = end - 1;
        }
        return found;
    }

    private bool HasCueAround(TokenText tokens, int first, int end, Tokenization.Sentence sentence) =>
        StatusOf(tokens, first, end, sentence.FirstToken, sentence.EndToken).Status != AgreementStatus.Mentioned;

    /// <summary>Extends a designation over adjectives and complements ("de coopération en matière de défense et d'économie").</summary>
    private int Extend(EntityContext context, int j, int limit)
    {
        var tokens = context.Tokens;
        var end = j;
        var count = 0;
        while (j < limit && count < 14)
        {
            var f = tokens.Folded[j];
            if (!tokens.IsWord(j) && tokens.Tokens[j].Kind != Tokenization.TokenKind.Elision) break;
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
            j++;
            count++;
            end = j;
        }
        return end;
    }

    /// <summary>The nearest cue word in the sentence, and the status it gives; a "futur"/"projet" right before the noun wins.</summary>
    private (AgreementStatus Status, int Cue) StatusOf(TokenText tokens, int first, int end, int sentenceStart, int sentenceEnd)
    {
        for (var k = Math.Max(sentenceStart, first - 4); k < end; k++)
            if (_lexicon.AgreementCue(tokens.Folded[k]) == AgreementStatus.NotCounted) return (AgreementStatus.NotCounted, k);
        var best = (Status: AgreementStatus.Mentioned, Cue: -1);
        var bestDistance = int.MaxValue;
        for (var k = sentenceStart; k < sentenceEnd; k++)
        {
            if (k >= first && k < end) continue;
            var status = _lexicon.AgreementCue(tokens.Folded[k]);
            if (status is AgreementStatus.Mentioned or AgreementStatus.NotCounted) continue;
            var distance = k < first ? first - k : k - end + 1;
            if (distance > 25 || distance >= bestDistance) continue;
            if (status is AgreementStatus.Signed or AgreementStatus.Concluded && IsModal(tokens, k, sentenceStart)) status = AgreementStatus.NotCounted;
            best = (status, k);
            bestDistance = distance;
        }
        return best;
    }

    private static bool IsModal(TokenText tokens, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 3); k--)
            if (Modals.Contains(tokens.Folded[k])) return true;
        return false;
    }
}
