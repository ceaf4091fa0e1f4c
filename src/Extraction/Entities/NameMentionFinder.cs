using System.Collections.Frozen;
using System.Text;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Tagging;
using Extraction.Tokenization;

namespace Extraction.Entities;

/// <summary>
/// Finds runs of capitalized tokens that may be person names, with particles inside (von der, Ould, da) and
/// all-caps surnames, and says how strong the evidence is. Places, institutions and plans named after people
/// ("aéroport Mohammed V", "Fondation Mo Ibrahim") and bylines or photo credits are left out.
/// </summary>
/// <remarks>
/// Its local sequences (bylines, captions and credits, honorific before a name, regnal numerals, particle runs,
/// middle initials) are the rows of <c>Resources/Patterns/patterns-names.tsv</c>, matched where the finder looks; its
/// word lists are the sets of <c>Resources/Entities/name-words.tsv</c>. Immutable; safe to share across threads.
/// </remarks>
internal sealed class NameMentionFinder
{
    /// <summary>The patterns file of the finder.</summary>
    public const string PatternsResource = "Patterns/patterns-names.tsv";

    /// <summary>The word-set table of the finder.</summary>
    public const string WordsResource = "Entities/name-words.tsv";

    // Read once for the static test below, which other stages call without an instance.
    private static readonly Lazy<FrozenSet<string>> RegnalNumerals = new(() => WordSets.Load(WordsResource)[PatternNames.Of(Words.RegnalNumerals)]);

    /// <summary>True for a regnal number written in capitals ("VI" in "Mohammed VI").</summary>
    public static bool IsRegnalNumber(string word) => IsRegnal(RegnalNumerals.Value, word);

    private readonly EntityLexicon _lexicon;
    private readonly FrenchLexicon _words;
    private readonly PlaceGazetteer _places;
    private readonly FrozenSet<string> _regnalNumerals, _articles, _articlesAndDe, _locatives, _deForms, _openingPunctuation, _regionNames;
    private readonly TokenPattern[] _rows;

    /// <summary>The rows of the patterns file the finder uses, by name (<c>CaptionCue</c> is the row <c>caption-cue</c>).</summary>
    private enum Row { Byline, BylineBetweenBars, OurCorrespondent, CaptionCue, CreditSlash, CreditLine, HonorificPrefix, RegnalNumeral, ParticleRun, MiddleInitial }

    /// <summary>The sets of the word table the finder uses, by name (<c>DeForms</c> is the set <c>de-forms</c>).</summary>
    private enum Words { RegnalNumerals, DefiniteArticles, ArticlesAndDe, LocativePrepositions, DeForms, SentenceOpeningPunctuation, RegionNames }

    /// <param name="lexicon">Honorifics, particles, non-person heads and role heads.</param>
    /// <param name="words">Common words, first and family names of French text.</param>
    /// <param name="places">Place names (a glued place before a first name is not part of the name).</param>
    /// <param name="sets">The word sets of <see cref="WordsResource"/>.</param>
    /// <param name="patterns">The patterns of <see cref="PatternsResource"/>.</param>
    public NameMentionFinder(EntityLexicon lexicon, FrenchLexicon words, PlaceGazetteer places, WordSets sets, PatternSet patterns)
    {
        _lexicon = lexicon;
        _words = words;
        _places = places;
        // Both lookups fail here, at construction, when a row or a set the code names is missing.
        _rows = PatternNames.ByMember<Row, TokenPattern>(name => patterns[name]);
        var table = PatternNames.ByMember<Words, FrozenSet<string>>(name => sets[name]);
        (_regnalNumerals, _articles, _articlesAndDe) = (table[(int)Words.RegnalNumerals], table[(int)Words.DefiniteArticles], table[(int)Words.ArticlesAndDe]);
        (_locatives, _deForms) = (table[(int)Words.LocativePrepositions], table[(int)Words.DeForms]);
        _openingPunctuation = table[(int)Words.SentenceOpeningPunctuation];
        _regionNames = table[(int)Words.RegionNames];
    }

    /// <summary>True when the row's pattern matches starting at <paramref name="start"/>.</summary>
    private bool Matches(Row row, PatternDocument document, int start) => MatchEnd(row, document, start) >= 0;

    /// <summary>End of the row's match starting at <paramref name="start"/>, or -1.</summary>
    private int MatchEnd(Row row, PatternDocument document, int start)
    {
        var pattern = _rows[(int)row];
        Span<int> captures = stackalloc int[pattern.SlotCount];
        return pattern.MatchAt(document, start, captures);
    }

    /// <summary>
    /// True when <paramref name="row"/> matches a few tokens before the run at <paramref name="first"/> (within its
    /// sentence) and its <c>name</c> capture starts at the run or one token into it (a capitalized "Par" in the run).
    /// </summary>
    private bool IsAuthor(PatternDocument document, Row row, int first, int sentenceStart)
    {
        var pattern = _rows[(int)row];
        var name = pattern.CaptureIndex(AuthorCapture);
        Span<int> captures = stackalloc int[pattern.SlotCount];
        for (var k = first - 1; k >= sentenceStart && k >= first - MaxAuthorLead; k--)
            if (pattern.MatchAt(document, k, captures) >= 0 && (captures[2 * name] == first || captures[2 * name] == first + 1)) return true;
        return false;
    }

    /// <summary>The capture that holds the author's name in the byline rows.</summary>
    private const string AuthorCapture = "name";

    /// <summary>Tokens a sign-off may take before the name ("avec notre envoyé spécial à Port-au-Prince ,").</summary>
    private const int MaxAuthorLead = 9;

    /// <summary>A finder over the embedded tables (read once, here).</summary>
    public static NameMentionFinder Create(EntityLexicon lexicon, FrenchLexicon words, PlaceGazetteer places)
    {
        var sets = WordSets.Load(WordsResource);
        return new NameMentionFinder(lexicon, words, places, sets, PatternFile.LoadSet(PatternsResource, sets));
    }

    private static bool IsRegnal(FrozenSet<string> numerals, string word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return numerals.Contains(TokenText.Fold(word));
    }

    /// <param name="document">Tokens, gazetteer matches and token facts (stage <c>patterns</c>).</param>
    /// <param name="blocked">Tokens already used by role phrases (their capitalized portfolio words are not names).</param>
    /// <param name="personTags">Per token, true when the recognizer tags it PER (may be null).</param>
    public IReadOnlyList<NameMention> Find(PatternDocument document, bool[] blocked, bool[]? personTags)
    {
        var (context, tokens) = (document.Context, document.Tokens);
        var found = new List<NameMention>();
        var placeNames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tokens.Sentences.Length; s++)
        {
            var sentence = tokens.Sentences[s];
            var isCredit = IsCreditLine(document, sentence);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var initials = IsLeadingInitials(tokens, i) && IsNameToken(context, blocked, i + 1, atStart: false);
                if (!initials && !IsNameToken(context, blocked, i, atStart: true)) continue;
                var end = RunEnd(document, blocked, initials ? i + 1 : i, sentence.EndToken);
                if (IsAfterNonPersonHead(tokens, i)) placeNames.Add(tokens.Surface(i, end));
                var mention = Build(document, i, end, sentence, isCredit, personTags);
                if (mention is not null) found.Add(mention);
                i = end - 1;
            }
        }
        // One name, one sense per article: "le poste frontalier de Ras Jedir" makes "Sans Ras Jedir, …" a place too.
        found.RemoveAll(m => m.Honorific < 0 && (placeNames.Contains(tokens.Surface(m.FirstToken, m.EndToken)) || IsRegion(tokens, m)));
        return found;
    }

    /// <summary>"Le Haut-Karabakh", "la Casamance": a region that news names like a person.</summary>
    private bool IsRegion(TokenText tokens, NameMention m) =>
        m.EndToken - m.FirstToken <= 3 && _regionNames.Contains(string.Join(' ', tokens.Folded[m.FirstToken..m.EndToken]));

    /// <summary>"© …", "Crédit : …": a caption credit line.</summary>
    private bool IsCreditLine(PatternDocument document, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Matches(Row.CreditLine, document, i)) return true;
        return false;
    }

    /// <summary>One past the last token of the name run that starts at <paramref name="i"/>.</summary>
    private int RunEnd(PatternDocument document, bool[] blocked, int i, int sentenceEnd)
    {
        var context = document.Context;
        var end = i + 1;
        while (end < sentenceEnd)
        {
            if (IsNameToken(context, blocked, end, atStart: false)) end++;
            else if (ParticleRun(document, end) is var particles and > 0 && IsNameToken(context, blocked, end + particles, atStart: false))
                end += particles + 1;
            else if (Matches(Row.RegnalNumeral, document, end - 1)) { end++; break; }
            // "George W. Bush", "John F. Kennedy": a middle initial between two name words.
            else if (Matches(Row.MiddleInitial, document, end) && IsNameToken(context, blocked, end + 1, atStart: false)) end += 2;
            else break;
        }
        return end;
    }

    /// <summary>"al-Assad", "el-Sissi": a lowercase particle joined by a hyphen to a capitalized name word.</summary>
    private bool IsParticlePrefixed(TokenText tokens, int i)
    {
        var word = tokens.Span(i);
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && _lexicon.NameParticles.Contains(tokens.Folded[i][..hyphen]);
    }

    private static bool MatchesPhrase(TokenText tokens, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
            if (at + k >= tokens.Count || !tokens.Span(at + k).SequenceEqual(phrase[k])) return false;
        return true;
    }

    /// <summary>"Etat", "Energie": a capital written without its accent ("État") on a common word.</summary>
    private bool IsUnaccentedCommonWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[0] != 'E') return false;
        Span<char> accented = stackalloc char[word.Length];
        word.CopyTo(accented);
        accented[0] = 'É';
        return _words.IsCommonWord(accented);
    }

    /// <summary>Number of consecutive name particles at <paramref name="i"/> ("von der", "da", "Ould"), at most two.</summary>
    private int ParticleRun(PatternDocument document, int i) => MatchEnd(Row.ParticleRun, document, i) is > 0 and var end ? end - i : 0;

    /// <summary>
    /// "Son Excellence Monsieur Alassane Diallo": a several-word form of address at <paramref name="first"/> is not part of
    /// the name; moves <paramref name="first"/> past it and returns where it starts (the mention's honorific, as a chain's
    /// first form is), or -1.
    /// </summary>
    private int SkipHonorificPhrase(TokenText tokens, ref int first, int end)
    {
        foreach (var phrase in _lexicon.HonorificPhrases)
            if (first + phrase.Length < end && MatchesPhrase(tokens, first, phrase))
            {
                var start = first;
                first += phrase.Length;
                return start;
            }
        return -1;
    }

    private NameMention? Build(PatternDocument document, int first, int end, Sentence sentence, bool isCredit, bool[]? personTags)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        if (isCredit) return null;
        // A sentence-initial common word ("Pour", "Selon", "Plus") is not a name; drop it from the run.
        while (first < end && IsSentenceInitial(tokens, first, sentence) && _words.IsCommonWord(tokens.Span(first)) && !_words.IsFirstName(tokens.Span(first)))
            first++;
        if (first >= end) return null;
        var phraseHonorific = SkipHonorificPhrase(tokens, ref first, end);
        // "l'Education Nationale Ségolène Royal", "l'UDF Philippe Douste-Blazy", "la Bavière Edmund Stoiber": a common
        // word, an acronym or a place glued before a first name is not part of the name.
        // An honorific right before ("Mme Ana Paula …") shows the run is a name from its first word.
        var afterHonorific = phraseHonorific >= 0 || first > 0 && Matches(Row.HonorificPrefix, document, first - 1);
        // Glued words follow a determiner or a preposition; after a comma the run is an apposed name (", Ana Paula …").
        var insidePhrase = first > 0 && (tokens.IsWord(first - 1) || tokens.Tokens[first - 1].Kind == Tokenization.TokenKind.Elision);
        // "le chef de l'Etat Maky Salif": after an article, a capitalized common noun opens a title's complement, whatever follows
        var afterArticle = first > 0 && _articles.Contains(tokens.Folded[first - 1]);
        if (!afterHonorific && insidePhrase && end - first >= 3 && !_words.IsFirstName(tokens.Span(first))
            && (_words.IsFirstName(FirstPart(tokens.Span(first + 1))) || afterArticle && (_words.IsCommonWord(tokens.Span(first)) || IsUnaccentedCommonWord(tokens.Span(first))))
            && (_words.IsCommonWord(tokens.Span(first)) || IsUnaccentedCommonWord(tokens.Span(first)) || tokens.IsAllCaps(first)
                || !_words.IsFamilyName(tokens.Span(first)) && first > 0 && _articlesAndDe.Contains(tokens.Folded[first - 1])
                   && (_words.IsProperNoun(tokens.Span(first)) || _places.Contains(tokens.Surface(first)))))
            first++;
        // "sénateur RPR de Savoie": an acronym followed by "de" + a place is a party and a region, not a person.
        if (tokens.IsAllCaps(first) && tokens.Span(first).Length >= 2 && !_words.IsFirstName(tokens.Span(first)) && first + 1 < end
            && _lexicon.NameParticles.Contains(tokens.Folded[first + 1]) && !tokens.IsCapitalized(first + 1)) // "NGUYEN Van Hung" is a name
            return null;
        // All-caps alone (AFP, MAP, ONU) is an acronym unless a mixed-case part or an honorific backs it.
        var mixed = false;
        for (var i = first; i < end; i++) mixed |= !tokens.IsAllCaps(i) && tokens.IsCapitalized(i);
        var honorific = phraseHonorific >= 0 ? phraseHonorific : first > 0 && Matches(Row.HonorificPrefix, document, first - 1) ? first - 1 : -1;
        // "S.E. Mme Ana Sousa": a chain of forms of address starts at its first one.
        while (honorific > 0 && Matches(Row.HonorificPrefix, document, honorific - 1)) honorific--;
        if (!mixed && honorific < 0) return null;
        if (IsAfterNonPersonHead(tokens, first)) return null;
        // Byline: "Par Claire Morel" opening a sentence.
        if (first > 0 && first - 1 == sentence.FirstToken && Matches(Row.Byline, document, first - 1)) return null;
        // The author in a header or a sign-off: "| Par Claire Morel |", "Avec notre correspondante à Lomé, Claire Morel".
        if (IsAuthor(document, Row.BylineBetweenBars, first, sentence.FirstToken) || IsAuthor(document, Row.OurCorrespondent, first, sentence.FirstToken))
            return null;

        // Photo credits: "Photo Lina Dupré / AFP", "Karim Tahiri / MAP".
        if (first > 0 && Matches(Row.CaptionCue, document, first - 1) || Matches(Row.CreditSlash, document, end - 1)) return null;

        var evidence = NameEvidence.Weak;
        var locative = first > 0 && _locatives.Contains(tokens.Folded[first - 1]);
        if (honorific >= 0) evidence = NameEvidence.Honorific;
        else if (end - first >= 2 && (_words.IsFirstName(FirstPart(tokens.Span(first))) || !locative && AnyTagged(personTags, first, end)))
            evidence = NameEvidence.Lexical;

        var keys = new List<string>();
        for (var i = first; i < end; i++)
            if ((!_lexicon.NameParticles.Contains(tokens.Folded[i]) || tokens.IsCapitalized(i) && i == end - 1) && !IsInitial(tokens, i))
                keys.Add(Key(tokens.Folded[i]));
        return new NameMention(first, end, honorific, Normalize(tokens, first, end), keys, evidence);
    }

    private bool IsNameToken(EntityContext context, bool[] blocked, int i, bool atStart)
    {
        var tokens = context.Tokens;
        if (!tokens.IsWord(i) || blocked[i] || !tokens.IsCapitalized(i) && (atStart || !IsParticlePrefixed(tokens, i))) return false;
        if (context.CountryAt[i] >= 0 || context.OrganizationAt[i] >= 0 || context.DateAt[i] >= 0) return false;
        var surface = tokens.Surface(i);
        if (atStart && _lexicon.Honorifics.Contains(surface)) return false;
        if (_lexicon.NonPersonHeads.Contains(tokens.Folded[i])) return false;
        if (_lexicon.RoleHeads.Match(tokens.Folded, i, Math.Min(tokens.Count, i + _lexicon.RoleHeads.MaxTokens), out _) > 0) return false;
        return true;
    }

    private bool IsAfterNonPersonHead(TokenText tokens, int first)
    {
        // "aéroport Mohammed V", "l'aéroport international Blaise-Diagne", "université Félix Houphouët-Boigny"
        // "la base d'Adji Kossei", "le poste frontière de Ras Jedir": a place noun, then "de", then the name
        for (var back = 1; back <= 3 && first - back >= 0; back++)
        {
            var f = tokens.Folded[first - back];
            if (_lexicon.NonPersonHeads.Contains(f)) return true;
            if (back == 1 && (_deForms.Contains(f) || _lexicon.Honorifics.Contains(tokens.Surface(first - 1)))) continue; // "Mémorial Dr X"
            if (tokens.IsCapitalized(first - back) || !tokens.IsWord(first - back)) break;
        }
        return false;
    }

    private bool IsSentenceInitial(TokenText tokens, int i, Sentence sentence) =>
        i == sentence.FirstToken || tokens.Tokens[i - 1].Kind == TokenKind.Punctuation && _openingPunctuation.Contains(tokens.Folded[i - 1]);

    private static bool AnyTagged(bool[]? tags, int first, int end)
    {
        if (tags is null) return false;
        for (var i = first; i < end; i++)
            if (tags[i]) return true;
        return false;
    }

    /// <summary>"J.D. Vance", "J. Vance": given names written as initials open a name (forms of address aside).</summary>
    private bool IsLeadingInitials(TokenText tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count || tokens.Tokens[i].Kind != Tokenization.TokenKind.Abbreviation) return false;
        var surface = tokens.Span(i);
        return surface.Length <= 6 && IsDottedInitials(surface) && !_lexicon.Honorifics.Contains(tokens.Surface(i));
    }

    /// <summary>"J.", "J.D.": capitals each followed by a period.</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> surface)
    {
        if (surface.Length < 2 || surface.Length % 2 != 0) return false;
        for (var k = 0; k < surface.Length; k += 2)
            if (!char.IsUpper(surface[k]) || surface[k + 1] != '.') return false;
        return true;
    }

    private static bool IsInitial(TokenText tokens, int i)
    {
        var surface = tokens.Span(i);
        return surface.Length == 2 && IsDottedInitials(surface);
    }

    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> token)
    {
        var hyphen = token.IndexOf('-');
        return hyphen > 0 ? token[..hyphen] : token;
    }

    /// <summary>Folded, accent-free form used to match name parts across mentions.</summary>
    public static string Key(string folded) => LexiconText.FoldKey(folded);

    /// <summary>The name with all-caps parts in normal case ("SASSOU NGUESSO" → "Sassou Nguesso").</summary>
    private string Normalize(TokenText tokens, int first, int end)
    {
        var builder = new StringBuilder();
        for (var i = first; i < end; i++)
        {
            if (i > first) builder.Append(' ');
            var surface = tokens.Surface(i);
            // "SASSOU NGUESSO" → "Sassou Nguesso", but a regnal number ("Mohammed VI") and initials ("J.D.") stay.
            var keep = i > first && IsRegnal(_regnalNumerals, surface);
            builder.Append(tokens.IsAllCaps(i) && !keep && !IsLeadingInitials(tokens, i) ? TitleCase(surface) : surface);
        }
        return builder.ToString();
    }

    private static string TitleCase(string word)
    {
        var chars = word.ToCharArray();
        var startOfPart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = startOfPart ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
            startOfPart = chars[i] is '-' or '\'' or '’';
        }
        return new string(chars);
    }
}
