using System.Collections.Frozen;
using Extraction.Records;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Lexicons;

/// <summary>A country form found in the text.</summary>
/// <param name="FirstToken">Index of the first token of the form (the article is not included).</param>
/// <param name="EndToken">Index one past the last token. Inside a hyphenated word ("israélo-palestinien") both
/// parts share the word's token range and differ by <paramref name="Span"/>.</param>
/// <param name="Span">Characters of the form: "Maroc" in "le Maroc", "Royaume du Maroc" whole, "israélo".</param>
/// <param name="Code">ISO 3166-1 alpha-2 code of the preferred reading.</param>
/// <param name="Kind">Name, demonym, capital or other (press periphrasis such as "l'État hébreu").</param>
/// <param name="AlternativeCodes">Other countries the form may mean ("Congo": CD besides CG), or null.</param>
internal sealed record CountryMatch(int FirstToken, int EndToken, TextSpan Span, string Code, CountryMentionKind Kind, string[]? AlternativeCodes);

/// <summary>What the country tables say about one state.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">Common French name ("Maroc").</param>
/// <param name="Article">Article used with the name: le, la, l', les, or empty ("Israël").</param>
/// <param name="Gender"><c>m</c> or <c>f</c>.</param>
/// <param name="Number"><c>s</c> or <c>p</c>.</param>
internal sealed record CountryInfo(string Code, string Name, string Article, string Gender, string Number);

/// <summary>
/// Finds sovereign states in tokenized French text by name, official name, acronym, demonym (adjective or noun, any
/// case) and capital, with the longest form winning ("Guinée-Bissau" over "Guinée"). Geographic phrases such as
/// "golfe de Guinée" are consumed without a match, and a name or capital directly followed by a capitalized word
/// ("Maroc Telecom", "Maurice Kamto") is dropped. Reports "Niger" even in "le fleuve" contexts the tables do not
/// list: callers filter by context.
/// </summary>
/// <remarks>Immutable after construction; <see cref="Find"/> is thread-safe.</remarks>
internal sealed class CountryGazetteer
{
    private static readonly Lazy<CountryGazetteer> Shared = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseTrie<Form> _trie = new();
    private readonly FrozenDictionary<string, CountryInfo> _countries;
    private readonly HashSet<string> _hubs = new(StringComparer.Ordinal);
    private readonly List<string[]> _locatives = [];
    private readonly HashSet<string> _languages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _languageCues = new(StringComparer.Ordinal);

    /// <summary>The gazetteer built from the embedded tables.</summary>
    public static CountryGazetteer Default => Shared.Value;

    /// <summary>Builds a gazetteer from tables with the layouts of the embedded ones.</summary>
    /// <param name="countries"><c>countries.tsv</c>: code, kind, form, article, gender, number, alt_codes.</param>
    /// <param name="aliases"><c>countries-aliases.tsv</c>: code, kind, form, article, alt_codes.</param>
    /// <param name="capitals"><c>capitals-fr.tsv</c>: code, form, kind.</param>
    /// <param name="combining"><c>countries-combining.tsv</c>: code, form, kind.</param>
    /// <param name="exclusions"><c>countries-exclusions.tsv</c>: form, mode.</param>
    /// <exception cref="InvalidDataException">A table refers to an unknown code or kind.</exception>
    public CountryGazetteer(ResourceTable countries, ResourceTable aliases, ResourceTable capitals, ResourceTable combining, ResourceTable exclusions)
    {
        var infos = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        int code = countries.Column("code"), kind = countries.Column("kind"), form = countries.Column("form"),
            article = countries.Column("article"), gender = countries.Column("gender"), number = countries.Column("number");
        foreach (var row in countries.Rows)
        {
            if (row[kind] == "name") infos[row[code]] = new CountryInfo(row[code], row[form], row[article], row[gender], row[number]);
        }
        _countries = infos.ToFrozenDictionary(StringComparer.Ordinal);
        var firstNames = ReadExclusions(exclusions);
        var forms = Forms(countries, aliases, capitals, combining);

        // Stable priority at one key: names before periphrases, demonyms and capitals ("Djibouti" is a name).
        foreach (var (text, entry) in forms.OrderBy(f => Priority(f.Form.Kind)))
        {
            var isFirstName = firstNames.Contains(LexiconText.FoldKey(LexiconText.NormalizeForm(text)));
            _trie.Add(text, isFirstName ? entry with { FirstNameLike = true } : entry);
        }
    }

    /// <summary>Reads the exclusion table into blockers, locatives and language words; returns the folded first names.</summary>
    private HashSet<string> ReadExclusions(ResourceTable exclusions)
    {
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        int exForm = exclusions.Column("form"), exMode = exclusions.Column("mode");
        foreach (var row in exclusions.Rows)
        {
            if (row[exMode] == "before-name") firstNames.Add(LexiconText.FoldKey(LexiconText.NormalizeForm(row[exForm])));
            else if (row[exMode] == "block") _trie.Add(row[exForm], Form.Blocker);
            else if (row[exMode] == "locative") _locatives.Add(FoldedTokens(row[exForm]));
            else if (row[exMode] == "language") _languages.Add(LexiconText.FoldKey(LexiconText.NormalizeForm(row[exForm])));
            else if (row[exMode] == "language-cue") _languageCues.Add(LexiconText.FoldKey(LexiconText.NormalizeForm(row[exForm])));
            else throw new InvalidDataException($"Resource '{exclusions.Name}': unknown mode '{row[exMode]}'.");
        }
        return firstNames;
    }

    /// <summary>Every form of the tables with what it stands for, in table order (names, aliases, capitals, combining parts).</summary>
    private List<(string Text, Form Form)> Forms(ResourceTable countries, ResourceTable aliases, ResourceTable capitals, ResourceTable combining)
    {
        int code = countries.Column("code"), kind = countries.Column("kind"), form = countries.Column("form"), alt = countries.Column("alt_codes");
        var forms = new List<(string Text, Form Form)>();
        foreach (var row in countries.Rows)
        {
            var mentionKind = row[kind] == "demonym" ? CountryMentionKind.Demonym : CountryMentionKind.Name;
            forms.Add((row[form], MakeForm(countries, row[code], mentionKind, row[alt], FormRole.Country)));
        }
        int aCode = aliases.Column("code"), aKind = aliases.Column("kind"), aForm = aliases.Column("form"), aAlt = aliases.Column("alt_codes");
        foreach (var row in aliases.Rows)
        {
            var mentionKind = row[aKind] switch
            {
                "name" => CountryMentionKind.Name,
                "demonym" => CountryMentionKind.Demonym,
                "other" => CountryMentionKind.Other,
                _ => throw new InvalidDataException($"Resource '{aliases.Name}': unknown kind '{row[aKind]}'."),
            };
            forms.Add((row[aForm], MakeForm(aliases, row[aCode], mentionKind, row[aAlt], FormRole.Country)));
        }
        int cCode = capitals.Column("code"), cForm = capitals.Column("form"), cKind = capitals.Column("kind");
        foreach (var row in capitals.Rows)
        {
            if (row[cKind] == "hub") _hubs.Add(LexiconText.FoldKey(LexiconText.NormalizeForm(row[cForm])));
            forms.Add((row[cForm], MakeForm(capitals, row[cCode], CountryMentionKind.Capital, "", FormRole.Country)));
        }
        int mCode = combining.Column("code"), mForm = combining.Column("form"), mKind = combining.Column("kind");
        foreach (var row in combining.Rows)
        {
            var role = row[mKind] == "transparent" ? FormRole.Transparent : FormRole.Combining;
            var formCode = role == FormRole.Transparent ? "" : row[mCode];
            forms.Add((row[mForm], MakeForm(combining, formCode, CountryMentionKind.Demonym, "", role)));
        }
        return forms;
    }

    /// <summary>Codes of all known states, sorted.</summary>
    public IEnumerable<string> Codes => _countries.Keys.Order(StringComparer.Ordinal);

    /// <summary>Common French name of the state ("Maroc"), or null for an unknown code.</summary>
    public string? Name(string code) => _countries.TryGetValue(code, out var info) ? info.Name : null;

    /// <summary>Name, article, gender and number of the state, or null for an unknown code.</summary>
    public CountryInfo? Info(string code) => _countries.GetValueOrDefault(code);

    /// <summary>True when <paramref name="code"/> is a state of the tables.</summary>
    public bool IsKnown(string code) => _countries.ContainsKey(code);

    /// <summary>All country forms in <paramref name="tokens"/>, in text order, without overlaps.</summary>
    public IReadOnlyList<CountryMatch> Find(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<CountryMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Elision))
            {
                i++;
                continue;
            }
            if (_trie.LongestAt(text, tokens, i, static f => f.Role is FormRole.Country or FormRole.Blocker) is { } hit)
            {
                var best = hit.Values[0];
                if (best.Role == FormRole.Country && !IsFollowedByName(text, tokens, hit.End, best) && !IsSurname(text, tokens, i, best))
                {
                    var span = new TextSpan(token.Start, tokens[hit.End - 1].End);
                    matches.Add(new CountryMatch(i, hit.End, span, best.Code, best.Kind, Alternatives(best, hit.Values)));
                }
                i = hit.End;
                continue;
            }
            if (token.Kind == TokenKind.Word) FindInHyphenatedWord(text, tokens, i, matches);
            i++;
        }
        return matches;
    }

    /// <summary>
    /// True when a capital match is more likely a plain place or the seat of international bodies than the state's
    /// government: after a preposition of place ("à Dakar", "depuis Pékin"), or a hub such as Bruxelles (EU) or
    /// Addis-Abeba (AU). Always false for names and demonyms.
    /// </summary>
    public bool IsPlaceUse(string text, IReadOnlyList<Token> tokens, CountryMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (match.Kind != CountryMentionKind.Capital) return false;
        if (_hubs.Contains(LexiconText.FoldKey(LexiconText.NormalizeForm(text[match.Span.Start..match.Span.End])))) return true;
        foreach (var words in _locatives)
        {
            var first = match.FirstToken - words.Length;
            if (first < 0) continue;
            var equal = true;
            for (var k = 0; k < words.Length && equal; k++) equal = FoldedEquals(tokens[first + k].Slice(text), words[k]);
            if (equal) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a lowercase demonym that is also a language name follows a word that makes it the language
    /// ("professeurs de français", "en portugais", "le russe"), not the country. "les Français" stays a demonym.
    /// </summary>
    public bool IsLanguageUse(string text, IReadOnlyList<Token> tokens, CountryMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (match.Kind != CountryMentionKind.Demonym || match.FirstToken == 0 || match.EndToken != match.FirstToken + 1) return false;
        var form = text.AsSpan(match.Span.Start, match.Span.Length);
        foreach (var c in form)
        {
            if (char.IsUpper(c)) return false;
        }
        if (!_languages.Contains(LexiconText.FoldKey(form.ToString()))) return false;
        var previous = tokens[match.FirstToken - 1];
        return _languageCues.Contains(LexiconText.FoldKey(LexiconText.NormalizeForm(previous.Slice(text).ToString())));
    }

    private static bool FoldedEquals(ReadOnlySpan<char> token, string folded)
    {
        if (token.Length != folded.Length) return false;
        for (var i = 0; i < token.Length; i++)
        {
            if (LexiconText.Fold(token[i]) != folded[i]) return false;
        }
        return true;
    }

    private static string[] FoldedTokens(string phrase)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(phrase);
        var result = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var slice = tokens[i].Slice(phrase);
            result[i] = string.Create(slice.Length, phrase[tokens[i].Start..tokens[i].End], static (span, s) =>
            {
                for (var j = 0; j < s.Length; j++) span[j] = LexiconText.Fold(s[j]);
            });
        }
        return result;
    }

    // "israélo-palestinien", "franco-allemand", "pro-russe", "Mali-Niger": every part must be known, one a country.
    private void FindInHyphenatedWord(string text, IReadOnlyList<Token> tokens, int index, List<CountryMatch> matches)
    {
        var token = tokens[index];
        var word = text.AsSpan(token.Start, token.Length);
        var hyphens = 0;
        foreach (var c in word)
        {
            if (LexiconText.IsHyphen(c)) hyphens++;
        }
        if (hyphens == 0 || hyphens > 6) return;
        Span<TextSpan> parts = stackalloc TextSpan[hyphens + 1];
        var count = 0;
        var start = token.Start;
        for (var p = token.Start; p <= token.End; p++)
        {
            if (p < token.End && !LexiconText.IsHyphen(text[p])) continue;
            if (p == start) return; // empty part: "--"
            parts[count++] = new TextSpan(start, p);
            start = p + 1;
        }
        var found = new List<CountryMatch>();
        var hasCountry = false;
        for (var s = 0; s < count;)
        {
            if (_trie.LongestInWord(text, parts[..count], s, static f => f.Role is not FormRole.Blocker) is not { } hit) return;
            var best = hit.Values[0];
            if (best.Role != FormRole.Transparent)
            {
                hasCountry |= best.Role == FormRole.Country;
                var span = new TextSpan(parts[s].Start, parts[hit.End - 1].End);
                found.Add(new CountryMatch(index, index + 1, span, best.Code, best.Kind, Alternatives(best, hit.Values)));
            }
            s = hit.End;
        }
        if (hasCountry) matches.AddRange(found);
    }

    // "Maroc Telecom", "France Télévisions", "Dominique de Villepin": a name or capital directly followed (same
    // line) by a capitalized word that does not itself start a country form is part of another name.
    private bool IsFollowedByName(string text, IReadOnlyList<Token> tokens, int next, Form form)
    {
        if (form.Kind == CountryMentionKind.Demonym || next >= tokens.Count) return false;
        var following = tokens[next];
        if (!IsSameLine(text, tokens[next - 1].End, following.Start)) return false;
        if (form.FirstNameLike && following.Kind is TokenKind.Word or TokenKind.Elision && IsParticle(text, following) && next + 1 < tokens.Count)
        {
            next++;
            following = tokens[next];
        }
        if (following.Kind != TokenKind.Word || !char.IsUpper(text[following.Start])) return false;
        if (IsAllCaps(text, following) && !form.FirstNameLike) return false;
        return _trie.LongestAt(text, tokens, next, static f => f.Role == FormRole.Country) is null;
    }

    // "George Washington", "Denzel Washington": a capital right after a capitalized word that is not the first word
    // of its sentence or line is the end of a person's name.
    private static bool IsSurname(string text, IReadOnlyList<Token> tokens, int first, Form form)
    {
        if (form.Kind != CountryMentionKind.Capital || first < 2) return false;
        var previous = tokens[first - 1];
        if (previous.Kind != TokenKind.Word || !char.IsUpper(text[previous.Start]) || IsAllCaps(text, previous)) return false;
        if (!IsSameLine(text, previous.End, tokens[first].Start)) return false;
        var before = tokens[first - 2];
        if (!IsSameLine(text, before.End, previous.Start)) return false;
        return before.Kind is TokenKind.Word or TokenKind.Elision or TokenKind.Abbreviation
            || before.Kind == TokenKind.Punctuation && text[before.Start] is ',' or '(' or '«' or '"' or '“';
    }

    private static bool IsParticle(string text, Token token)
    {
        var s = token.Slice(text);
        return s is "de" or "du" or "des" or "d'" or "d’" or "van" or "von" or "ben" or "bin" or "el" or "al";
    }

    private static bool IsAllCaps(string text, Token token)
    {
        foreach (var c in token.Slice(text))
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    private static bool IsSameLine(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '\r') return false;
        }
        return true;
    }

    private static string[]? Alternatives(Form best, Form[] values)
    {
        List<string>? codes = null;
        if (best.AlternativeCodes is { } own) (codes = []).AddRange(own);
        foreach (var v in values)
        {
            if (v.Role != FormRole.Country || v.Code == best.Code) continue;
            codes ??= [];
            if (!codes.Contains(v.Code)) codes.Add(v.Code);
            if (v.AlternativeCodes is null) continue;
            foreach (var a in v.AlternativeCodes)
            {
                if (a != best.Code && !codes.Contains(a)) codes.Add(a);
            }
        }
        return codes?.ToArray();
    }

    private static int Priority(CountryMentionKind kind) => kind switch
    {
        CountryMentionKind.Name => 0,
        CountryMentionKind.Other => 1,
        CountryMentionKind.Demonym => 2,
        _ => 3,
    };

    private Form MakeForm(ResourceTable table, string code, CountryMentionKind kind, string alt, FormRole role)
    {
        if (role is FormRole.Country or FormRole.Combining && !_countries.ContainsKey(code))
            throw new InvalidDataException($"Resource '{table.Name}': unknown country code '{code}'.");
        string[]? alternatives = null;
        if (alt.Length > 0)
        {
            alternatives = alt.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var a in alternatives)
            {
                if (!_countries.ContainsKey(a)) throw new InvalidDataException($"Resource '{table.Name}': unknown alternative code '{a}'.");
            }
        }
        return new Form(code, kind, alternatives, role, false);
    }

    private static CountryGazetteer LoadDefault() => new(
        GazetteerResources.Load("countries.tsv"),
        GazetteerResources.Load("countries-aliases.tsv"),
        GazetteerResources.Load("capitals-fr.tsv"),
        GazetteerResources.Load("countries-combining.tsv"),
        GazetteerResources.Load("countries-exclusions.tsv"));

    private enum FormRole
    {
        Blocker,
        Country,
        Combining,
        Transparent,
    }

    private sealed record Form(string Code, CountryMentionKind Kind, string[]? AlternativeCodes, FormRole Role, bool FirstNameLike)
    {
        public static readonly Form Blocker = new("", CountryMentionKind.Other, null, FormRole.Blocker, false);
    }
}
