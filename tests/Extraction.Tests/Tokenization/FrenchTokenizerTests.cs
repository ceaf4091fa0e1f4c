using Extraction.Tests.Support;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>Input → expected token texts (and kinds) for every case the tokenizer must handle, plus offset properties.</summary>
public sealed class FrenchTokenizerTests
{
    private const string Nbsp = "\u00A0";
    private const string Narrow = "\u202F";

    private static TestCaseData Case(string name, string input, params string[] tokens) =>
        new TestCaseData(input, tokens).SetName("Tokenizes_" + name);

    public static IEnumerable<TestCaseData> TokenCases()
    {
        // elision, with ' and ’, every elided form
        yield return Case("elided_article", "l'accord", "l'", "accord");
        yield return Case("elided_article_curly", "l’accord", "l’", "accord");
        yield return Case("elided_de", "d'Abidjan et d’Alger", "d'", "Abidjan", "et", "d’", "Alger");
        yield return Case("elided_je", "j'ai, j’ai", "j'", "ai", ",", "j’", "ai");
        yield return Case("elided_que", "qu'il et qu’elle", "qu'", "il", "et", "qu’", "elle");
        yield return Case("elided_ne", "n'a pas, n’est", "n'", "a", "pas", ",", "n’", "est");
        yield return Case("elided_se", "s'entretenir, s’est", "s'", "entretenir", ",", "s’", "est");
        yield return Case("elided_ce", "c'est, C’était", "c'", "est", ",", "C’", "était");
        yield return Case("elided_me_te", "m'a dit, t'appelle, m’informe, t’a", "m'", "a", "dit", ",", "t'", "appelle", ",", "m’", "informe", ",", "t’", "a");
        yield return Case("elided_jusque", "jusqu'à, jusqu’ici", "jusqu'", "à", ",", "jusqu’", "ici");
        yield return Case("elided_lorsque", "lorsqu'il, lorsqu’on", "lorsqu'", "il", ",", "lorsqu’", "on");
        yield return Case("elided_puisque", "puisqu'elle, puisqu’il", "puisqu'", "elle", ",", "puisqu’", "il");
        yield return Case("elided_quoique", "quoiqu'il, quoiqu’on", "quoiqu'", "il", ",", "quoiqu’", "on");
        yield return Case("elided_uppercase", "L'ONU, QU'IL, D’ABORD", "L'", "ONU", ",", "QU'", "IL", ",", "D’", "ABORD");
        yield return Case("elision_before_mute_h", "l'homme d'habitude", "l'", "homme", "d'", "habitude");
        yield return Case("elision_before_number", "d'1,5 million", "d'", "1,5", "million");
        yield return Case("elision_then_compound", "l'accord-cadre", "l'", "accord-cadre");
        yield return Case("double_elision", "qu'aujourd'hui", "qu'", "aujourd'hui");
        yield return Case("apostrophe_words_kept", "aujourd'hui, presqu'île, quelqu'un, prud'hommes", "aujourd'hui", ",", "presqu'île", ",", "quelqu'un", ",", "prud'hommes");
        yield return Case("no_elision_before_consonant", "N'Djamena et N’Diaye", "N'Djamena", "et", "N’Diaye");

        // verb-subject inversion and imperatives
        yield return Case("inversion_a_t_il", "a-t-il", "a", "-t-il");
        yield return Case("inversion_s_est_il", "s'est-il", "s'", "est", "-il");
        yield return Case("inversion_precise_t_il", "précise-t-il", "précise", "-t-il");
        yield return Case("inversion_a_t_elle", "a-t-elle", "a", "-t-elle");
        yield return Case("inversion_a_t_on", "a-t-on appris", "a", "-t-on", "appris");
        yield return Case("inversion_dit_elle", "dit-elle.", "dit", "-elle", ".");
        yield return Case("inversion_plural", "Sont-ils partis ? ont-elles dit", "Sont", "-ils", "partis", "?", "ont", "-elles", "dit");
        yield return Case("inversion_est_ce", "Qu'est-ce que", "Qu'", "est", "-ce", "que");
        yield return Case("inversion_misspelt", "a-t'il, a-t’elle", "a", "-t'il", ",", "a", "-t’elle");
        yield return Case("inversion_uppercase", "A-T-IL", "A", "-T-IL");
        yield return Case("imperative_chain", "donne-le-moi, allez-y", "donne", "-le", "-moi", ",", "allez", "-y");
        yield return Case("peut_etre_whole", "peut-être", "peut-être");
        yield return Case("rendez_vous_whole", "un rendez-vous", "un", "rendez-vous");

        // hyphenated names and compounds
        yield return Case("hyphenated_first_names", "Jean-Yves et Faustin-Archange", "Jean-Yves", "et", "Faustin-Archange");
        yield return Case("hyphenated_compounds", "accord-cadre, vice-président", "accord-cadre", ",", "vice-président");
        yield return Case("hyphenated_places", "Tel-Aviv, Guinée-Bissau", "Tel-Aviv", ",", "Guinée-Bissau");
        yield return Case("hyphenated_surnames", "Al-Nahyane et Houphouët-Boigny", "Al-Nahyane", "et", "Houphouët-Boigny");
        yield return Case("hyphen_with_digits", "COVID-19 et G20", "COVID-19", "et", "G20");
        yield return Case("names_ending_like_clitics", "Saint-Jean-Le-Vieux", "Saint-Jean-Le-Vieux");
        yield return Case("demonstrative_particles", "celle-ci et celui-là", "celle-ci", "et", "celui-là");

        // abbreviations and honorifics
        yield return Case("honorific_m", "M. Dupont", "M.", "Dupont");
        yield return Case("honorific_mme", "Mme Durand et Mme. Martin", "Mme", "Durand", "et", "Mme.", "Martin");
        yield return Case("honorific_mm", "MM. Durand et Martin", "MM.", "Durand", "et", "Martin");
        yield return Case("honorific_se", "S.E. le ministre", "S.E.", "le", "ministre");
        yield return Case("honorific_sem", "S.E.M. Denis Dupont", "S.E.M.", "Denis", "Dupont");
        yield return Case("honorific_dr_pr", "Dr Martin, Pr. Durand et Dr. Léa", "Dr", "Martin", ",", "Pr.", "Durand", "et", "Dr.", "Léa");
        yield return Case("etc", "des fruits, etc. et", "des", "fruits", ",", "etc.", "et");
        yield return Case("etc_then_ellipsis", "etc...", "etc", "...");
        yield return Case("before_christ", "50 av. J.-C.", "50", "av.", "J.-C.");
        yield return Case("numero", "n° 5, le N°12 et nº 3", "n°", "5", ",", "le", "N°", "12", "et", "nº", "3");
        yield return Case("page_and_cf", "cf. p. 12", "cf.", "p.", "12");
        yield return Case("saint", "St Louis et St. Louis", "St", "Louis", "et", "St.", "Louis");
        yield return Case("missing_space_after_honorific", "M.Dupont", "M.", "Dupont");
        yield return Case("multi_dot_table_entry", "c.-à-d. demain", "c.-à-d.", "demain");

        // initials and dotted acronyms
        yield return Case("initials", "J. F. Kennedy", "J.", "F.", "Kennedy");
        yield return Case("hyphenated_initials", "J.-F. Dupont", "J.-F.", "Dupont");
        yield return Case("dotted_acronym", "aux U.S.A. et", "aux", "U.S.A.", "et");
        yield return Case("acronym_longer_than_table_prefix", "le M.N.L.A. armé", "le", "M.N.L.A.", "armé");
        yield return Case("lowercase_letter_then_period", "il y a.", "il", "y", "a", ".");

        // ordinals
        yield return Case("ordinal_premier", "le 1er et la 1re", "le", "1er", "et", "la", "1re");
        yield return Case("ordinal_eme", "4ème, 2e, 2nd", "4ème", ",", "2e", ",", "2nd");
        yield return Case("ordinal_superscript", "23ᵉ sommet", "23ᵉ", "sommet");
        yield return Case("ordinal_roman", "XXIe siècle, Ve République, François Ier", "XXIe", "siècle", ",", "Ve", "République", ",", "François", "Ier");
        yield return Case("roman_lookalikes_stay_words", "Le Ce De Me Vers Ces", "Le", "Ce", "De", "Me", "Vers", "Ces");

        // numbers
        yield return Case("grouped_space", "1 300 soldats", "1 300", "soldats");
        yield return Case("grouped_nbsp", "1" + Nbsp + "300" + Nbsp + "000 euros", "1" + Nbsp + "300" + Nbsp + "000", "euros");
        yield return Case("grouped_narrow_nbsp", "15" + Narrow + "000 personnes", "15" + Narrow + "000", "personnes");
        yield return Case("year_not_grouped", "en 2021 300 personnes", "en", "2021", "300", "personnes");
        yield return Case("decimal_comma", "1,5 million", "1,5", "million");
        yield return Case("decimal_list_not_joined", "1, 5 et 7", "1", ",", "5", "et", "7");
        yield return Case("year_range", "2018-2019", "2018-2019");
        yield return Case("date_numbers", "2023-06-15 et 24/11/2021", "2023-06-15", "et", "24/11/2021");
        yield return Case("time", "15h30, 9h et 15:30", "15h30", ",", "9h", "et", "15:30");
        yield return Case("hours_word_stays_apart", "15 heures", "15", "heures");
        yield return Case("percent", "10% et 10 %", "10", "%", "et", "10", "%");
        yield return Case("units_split", "10km", "10", "km");
        yield return Case("letter_after_number_not_ordinal", "3D", "3", "D");
        yield return Case("year_then_period", "en 2021.", "en", "2021", ".");

        // quotes, ellipses, dashes
        yield return Case("guillemets", "«Bonjour» et « Salut »", "«", "Bonjour", "»", "et", "«", "Salut", "»");
        yield return Case("curly_quotes", "“Bonjour” ‘là’", "“", "Bonjour", "”", "‘", "là", "’");
        yield return Case("straight_quotes", "\"Bonjour\"", "\"", "Bonjour", "\"");
        yield return Case("ellipsis_dots", "Mais... non", "Mais", "...", "non");
        yield return Case("ellipsis_char", "Mais… non", "Mais", "…", "non");
        yield return Case("stop_runs", "Quoi ?! Non !!!", "Quoi", "?!", "Non", "!!!");
        yield return Case("dashes", "Rabat – Le — la - le", "Rabat", "–", "Le", "—", "la", "-", "le");
        yield return Case("dash_glued", "(MAP)–Le", "(", "MAP", ")", "–", "Le");

        // addresses
        yield return Case("url_https", "Voir https://www.example.org/a?b=1&c=2.", "Voir", "https://www.example.org/a?b=1&c=2", ".");
        yield return Case("url_www_in_parentheses", "(www.example.com)", "(", "www.example.com", ")");
        yield return Case("bare_domain", "sur le360.ma, dit-il", "sur", "le360.ma", ",", "dit", "-il");
        yield return Case("bare_domain_with_path", "hespress.ma/fr/politique.", "hespress.ma/fr/politique", ".");
        yield return Case("typo_is_not_domain", "au Maroc.Le roi", "au", "Maroc", ".", "Le", "roi");
        yield return Case("email", "écrire à jean.dupont@exemple.fr.", "écrire", "à", "jean.dupont@exemple.fr", ".");
        yield return Case("handle", "@MAP_Info a tweeté", "@MAP_Info", "a", "tweeté");
        yield return Case("hashtag", "#Maroc #COP30", "#Maroc", "#COP30");
        yield return Case("copyright_line", "© Copyright : DR", "©", "Copyright", ":", "DR");

        // robustness
        yield return Case("empty", "");
        yield return Case("only_spaces", " \t\n\u00A0\u200B\uFEFF ");
        yield return Case("emoji_and_lone_surrogates", "a\uD83D\uDE00b \uD800 \uDC00", "a", "\uD83D\uDE00", "b", "\uD800", "\uDC00");
        yield return Case("control_characters", "a\u0001b\u0007", "a", "b");
        yield return Case("soft_hyphen_inside_word", "inter\u00ADnational", "inter\u00ADnational");
        yield return Case("combining_accent", "e\u0301te\u0301", "e\u0301te\u0301");
    }

    [TestCaseSource(nameof(TokenCases))]
    public void Tokenizes(string input, string[] expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(input);
        Assert.That(tokens.Select(t => t.Slice(input).ToString()), Is.EqualTo(expected),
            string.Join(Environment.NewLine, FrenchTokenizer.Default.Explain(input)));
    }

    public static IEnumerable<TestCaseData> KindCases()
    {
        static TestCaseData K(string input, string token, TokenKind kind) =>
            new TestCaseData(input, token, kind).SetName($"Kind_of_{token}_is_{kind}");
        yield return K("l'accord", "l'", TokenKind.Elision);
        yield return K("jusqu’ici", "jusqu’", TokenKind.Elision);
        yield return K("a-t-il", "-t-il", TokenKind.Clitic);
        yield return K("dit-elle", "-elle", TokenKind.Clitic);
        yield return K("Jean-Yves", "Jean-Yves", TokenKind.Word);
        yield return K("M. Dupont", "M.", TokenKind.Abbreviation);
        yield return K("S.E.M. Dupont", "S.E.M.", TokenKind.Abbreviation);
        yield return K("J. F. Kennedy", "J.", TokenKind.Abbreviation);
        yield return K("aux U.S.A.", "U.S.A.", TokenKind.Abbreviation);
        yield return K("n° 5", "n°", TokenKind.Abbreviation);
        yield return K("1 300", "1 300", TokenKind.Number);
        yield return K("15h30", "15h30", TokenKind.Number);
        yield return K("2018-2019", "2018-2019", TokenKind.Number);
        yield return K("1er", "1er", TokenKind.Ordinal);
        yield return K("23ᵉ", "23ᵉ", TokenKind.Ordinal);
        yield return K("XXIe", "XXIe", TokenKind.Ordinal);
        yield return K("«", "«", TokenKind.Punctuation);
        yield return K("…", "…", TokenKind.Punctuation);
        yield return K("—", "—", TokenKind.Punctuation);
        yield return K("10%", "%", TokenKind.Symbol);
        yield return K("©", "©", TokenKind.Symbol);
        yield return K("https://example.org", "https://example.org", TokenKind.Url);
        yield return K("le360.ma", "le360.ma", TokenKind.Url);
        yield return K("a@b.fr", "a@b.fr", TokenKind.Email);
        yield return K("@MAP_Info", "@MAP_Info", TokenKind.Handle);
        yield return K("#Maroc", "#Maroc", TokenKind.Handle);
    }

    [TestCaseSource(nameof(KindCases))]
    public void Assigns_kind(string input, string token, TokenKind kind)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(input);
        var match = tokens.Where(t => t.Slice(input).SequenceEqual(token)).ToList();
        Assert.That(match, Has.Count.EqualTo(1), string.Join(Environment.NewLine, FrenchTokenizer.Default.Explain(input)));
        Assert.That(match[0].Kind, Is.EqualTo(kind));
    }

    public static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Select(f => new TestCaseData(f).SetName($"Offsets_round_trip_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Documents))]
    public void Offsets_round_trip_on_documents(string path)
    {
        var text = File.ReadAllText(path);
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        Assert.That(tokens, Is.Not.Empty);
        AssertCoversText(text, new TextSpan(0, text.Length), tokens);
    }

    [Test]
    public void Offsets_round_trip_on_random_text()
    {
        const string palette = "aeéhlnqsuxMJSEACTIVX019 \u00A0\u202F\n.,;:!?…'’-–—«»\"“”()@#_/%©°ºᵉ\u0301\u200B\uD83D\uDE00\uD800\uDC00\t\u0001";
        var random = new Random(20240601);
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++) chars[i] = palette[random.Next(palette.Length)];
            var text = new string(chars);
            var tokens = FrenchTokenizer.Default.Tokenize(text);
            AssertCoversText(text, new TextSpan(0, text.Length), tokens);
            Assert.DoesNotThrow(() => SentenceSplitter.Default.Split(text, tokens), text);
        }
    }

    [Test]
    public void Tokenizes_a_range_with_offsets_into_the_whole_text()
    {
        const string text = "date 2022-04 L'accord a-t-il été signé ? Oui.";
        var body = new TextSpan(13, text.Length);
        var tokens = FrenchTokenizer.Default.Tokenize(text, body);
        Assert.That(tokens.Select(t => t.Slice(text).ToString()), Is.EqualTo(new[] { "L'", "accord", "a", "-t-il", "été", "signé", "?", "Oui", "." }));
        AssertCoversText(text, body, tokens);
        // Look-ahead stops at the end of the range: "2022-04" cut after "2022" is just "2022".
        var head = FrenchTokenizer.Default.Tokenize(text, new TextSpan(5, 9));
        Assert.That(head.Select(t => t.Slice(text).ToString()), Is.EqualTo(new[] { "2022" }));
    }

    [Test]
    public void Rejects_null_text_and_ranges_outside_the_text()
    {
        Assert.Throws<ArgumentNullException>(() => FrenchTokenizer.Default.Tokenize(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchTokenizer.Default.Tokenize("abc", new TextSpan(1, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchTokenizer.Default.Tokenize("abc", new TextSpan(2, 1)));
    }

    public static IEnumerable<TestCaseData> HostileInputs()
    {
        yield return new TestCaseData(new string('a', 1_000_000)).SetName("Hostile_1MB_word");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("a.", 500_000))).SetName("Hostile_dotted_letters");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("ab.", 300_000))).SetName("Hostile_dotted_words");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("ab-", 300_000)) + "il").SetName("Hostile_hyphenated_word");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("x.y@", 200_000))).SetName("Hostile_address_like");
        yield return new TestCaseData(new string('!', 100_000)).SetName("Hostile_100k_exclamations");
        yield return new TestCaseData(new string(',', 100_000)).SetName("Hostile_100k_commas");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat(". ", 100_000))).SetName("Hostile_100k_periods");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1 000 ", 100_000))).SetName("Hostile_number_groups");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("l'", 300_000))).SetName("Hostile_elisions");
        yield return new TestCaseData("http://" + new string('(', 300_000) + new string(')', 300_000)).SetName("Hostile_url_brackets");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("\uD800\u0001\uDFFF", 100_000))).SetName("Hostile_lone_surrogates_and_controls");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("M. ", 200_000))).SetName("Hostile_honorifics");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("\n\n", 200_000))).SetName("Hostile_blank_lines");
    }

    [TestCaseSource(nameof(HostileInputs))]
    public void Stays_linear_and_total_on_hostile_input(string text)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        watch.Stop();
        AssertCoversText(text, new TextSpan(0, text.Length), tokens);
        Assert.That(sentences.Sum(s => s.EndToken - s.FirstToken), Is.EqualTo(tokens.Length));
        // Linear work here is a few milliseconds; a quadratic path would take minutes.
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Explain_names_the_rule_behind_each_token()
    {
        var lines = FrenchTokenizer.Default.Explain("L'accord a-t-il été signé par M. Dupont le 1er mars ?");
        Assert.That(lines.Select(l => (l.Text, l.Rule)), Is.EqualTo(new[]
        {
            ("L'", TokenRule.Elision), ("accord", TokenRule.Word), ("a", TokenRule.Word), ("-t-il", TokenRule.Clitic),
            ("été", TokenRule.Word), ("signé", TokenRule.Word), ("par", TokenRule.Word), ("M.", TokenRule.TableAbbreviation),
            ("Dupont", TokenRule.Word), ("le", TokenRule.Word), ("1er", TokenRule.Ordinal), ("mars", TokenRule.Word),
            ("?", TokenRule.Stops),
        }));
        Assert.That(lines[3].ToString(), Does.Contain("-t-il").And.Contain("Clitic"));
    }

    /// <summary>
    /// Tokens are in order, non-empty, inside the range and non-overlapping; every character they leave out is a
    /// separator (whitespace, control or invisible format character), so the text is fully accounted for.
    /// </summary>
    internal static void AssertCoversText(string text, TextSpan range, IReadOnlyList<Token> tokens)
    {
        var position = range.Start;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Start < position || t.End <= t.Start || t.End > range.End)
                Assert.Fail($"Token {i} [{t.Start},{t.End}) is out of order, empty or outside [{range.Start},{range.End}).");
            for (var k = position; k < t.Start; k++)
                if (!TokenChars.IsSeparator(text[k])) Assert.Fail($"Character U+{(int)text[k]:X4} at {k} belongs to no token.");
            position = t.End;
        }
        for (var k = position; k < range.End; k++)
            if (!TokenChars.IsSeparator(text[k])) Assert.Fail($"Character U+{(int)text[k]:X4} at {k} belongs to no token.");
    }
}
