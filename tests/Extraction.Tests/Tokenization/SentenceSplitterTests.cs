using Extraction.Tests.Support;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>Input → expected sentence texts, plus structural properties on the seed and dev texts.</summary>
public sealed class SentenceSplitterTests
{
    private static TestCaseData Case(string name, string input, params string[] sentences) =>
        new TestCaseData(input, sentences).SetName("Splits_" + name);

    public static IEnumerable<TestCaseData> SentenceCases()
    {
        yield return Case("at_periods", "Il est arrivé. Il parle.", "Il est arrivé.", "Il parle.");
        yield return Case("at_question_and_exclamation", "Viendra-t-il ? Oui ! Il arrive.", "Viendra-t-il ?", "Oui !", "Il arrive.");
        yield return Case("not_before_lowercase_after_question", "Pourquoi ? demande-t-il.", "Pourquoi ? demande-t-il.");

        // honorifics and abbreviations never end a sentence
        yield return Case("not_after_m", "Il a reçu M. Dupont hier. Ils ont parlé.", "Il a reçu M. Dupont hier.", "Ils ont parlé.");
        yield return Case("not_after_mm", "MM. Durand et Martin sont là. Ils parlent.", "MM. Durand et Martin sont là.", "Ils parlent.");
        yield return Case("mme_with_and_without_period", "Mme Durand et Mme. Martin sont là.", "Mme Durand et Mme. Martin sont là.");
        yield return Case("not_after_se_and_sem", "S.E. Le ministre a reçu S.E.M. Jean Dupont. Puis il est parti.",
            "S.E. Le ministre a reçu S.E.M. Jean Dupont.", "Puis il est parti.");
        yield return Case("not_after_dr_pr", "Le Dr. Martin et le Pr. Durand sont venus. Dr Léa aussi.",
            "Le Dr. Martin et le Pr. Durand sont venus.", "Dr Léa aussi.");
        yield return Case("not_after_av_jc_inside", "Il est né en 50 av. J.-C. à Rome.", "Il est né en 50 av. J.-C. à Rome.");
        yield return Case("after_jc_at_end", "Rome fut fondée en 753 av. J.-C. Puis elle grandit.", "Rome fut fondée en 753 av. J.-C.", "Puis elle grandit.");
        yield return Case("etc_inside", "Des pommes, des poires, etc. et des prunes.", "Des pommes, des poires, etc. et des prunes.");
        yield return Case("etc_at_end", "Des pommes, des poires, etc. Le marché ouvre.", "Des pommes, des poires, etc.", "Le marché ouvre.");
        yield return Case("not_after_p_cf_numero", "Voir p. 12, cf. Chapitre 3 et le n° 5. Fin.", "Voir p. 12, cf. Chapitre 3 et le n° 5.", "Fin.");
        yield return Case("not_after_st", "Il visite St. Louis demain. Elle reste.", "Il visite St. Louis demain.", "Elle reste.");

        // initials and acronyms
        yield return Case("not_after_initials", "J. F. Kennedy est mort en 1963. Il était président.", "J. F. Kennedy est mort en 1963.", "Il était président.");
        yield return Case("not_after_acronym_before_name", "Il vit aux U.S.A. Washington est loin.", "Il vit aux U.S.A. Washington est loin.");
        yield return Case("after_acronym_before_typical_first_word", "Il vit aux U.S.A. Le pays lui plaît.", "Il vit aux U.S.A.", "Le pays lui plaît.");
        yield return Case("not_after_initials_before_surname_particle", "Il a reçu J.-Y. Le Drian. Le ministre est parti.", "Il a reçu J.-Y. Le Drian.", "Le ministre est parti.");
        yield return Case("after_initial_before_pronoun", "Il cite le plan B. Il ne le suivra pas.", "Il cite le plan B.", "Il ne le suivra pas.");
        yield return Case("after_acronym_before_elision", "Il vit aux U.S.A. L'Europe lui manque.", "Il vit aux U.S.A.", "L'Europe lui manque.");

        // quotes
        yield return Case("quote_with_reporting_clause", "«Je viens de parler avec mon ami.», a écrit Jean Dupont. Il est ministre.",
            "«Je viens de parler avec mon ami.», a écrit Jean Dupont.", "Il est ministre.");
        yield return Case("quote_with_spaced_guillemets", "« Nous ne fermerons aucune porte », a-t-il insisté. La séance est levée.",
            "« Nous ne fermerons aucune porte », a-t-il insisté.", "La séance est levée.");
        yield return Case("quote_then_new_sentence", "«Phrase.» Nouvelle phrase.", "«Phrase.»", "Nouvelle phrase.");
        yield return Case("spaced_quote_then_new_sentence", "« Nous signerons. » Il est parti.", "« Nous signerons. »", "Il est parti.");
        yield return Case("quote_then_lowercase_clause", "«Quoi ?» s'étonne-t-il.", "«Quoi ?» s'étonne-t-il.");
        yield return Case("multi_sentence_quote", "«Je pars. Tu restes.», a dit Léa.", "«Je pars.", "Tu restes.», a dit Léa.");
        yield return Case("curly_and_straight_quotes", "“Oui.” Il part. \"Non.\" Elle reste.", "“Oui.”", "Il part.", "\"Non.\"", "Elle reste.");
        yield return Case("quote_ending_after_guillemet", "Il a dit « oui ». Elle a dit non.", "Il a dit « oui ».", "Elle a dit non.");
        yield return Case("closing_parenthesis", "Il part (enfin.) Elle reste.", "Il part (enfin.)", "Elle reste.");

        // ellipses, dashes, numbers
        yield return Case("ellipsis_before_uppercase", "Il hésite... Puis il part.", "Il hésite...", "Puis il part.");
        yield return Case("ellipsis_before_lowercase", "Il hésite… puis il part.", "Il hésite… puis il part.");
        yield return Case("omission_mark", "« Nous avons [...] Le texte sera signé », dit-il. Fin.", "« Nous avons [...] Le texte sera signé », dit-il.", "Fin.");
        yield return Case("dialogue_dash", "Il part. – Non, dit-elle.", "Il part.", "– Non, dit-elle.");
        yield return Case("dateline_dash_is_inside", "Rabat, 15 juin (MAP) – Le ministre est arrivé.", "Rabat, 15 juin (MAP) – Le ministre est arrivé.");
        yield return Case("digit_starts_sentence", "Il y en avait 300. 200 sont partis.", "Il y en avait 300.", "200 sont partis.");
        yield return Case("decimal_is_not_a_stop", "La croissance est de 1,5. Bien.", "La croissance est de 1,5.", "Bien.");

        // line structure
        yield return Case("blank_line_always_ends", "Une phrase sans point\n\nsuite en minuscule", "Une phrase sans point", "suite en minuscule");
        yield return Case("blank_line_with_spaces", "Titre\n  \t\nLe texte.", "Titre", "Le texte.");
        yield return Case("copyright_line", "Légende de la photo.\n\n© Copyright : DR\n\nLe ministre a signé.", "Légende de la photo.", "© Copyright : DR", "Le ministre a signé.");
        yield return Case("heading_then_single_newline", "Accord de défense entre deux pays\nLe ministre a signé.", "Accord de défense entre deux pays", "Le ministre a signé.");
        yield return Case("heading_ending_with_name", "Visite de Jean Dupont\nIl arrive demain.", "Visite de Jean Dupont", "Il arrive demain.");
        yield return Case("wrapped_line_before_name", "Il a rencontré son homologue\nJean Dupont hier.", "Il a rencontré son homologue\nJean Dupont hier.");
        yield return Case("wrapped_line_before_lowercase", "Il a rencontré\nson homologue.", "Il a rencontré\nson homologue.");
        yield return Case("colon_then_newline_quote", "Il a déclaré :\n« Nous signerons. »", "Il a déclaré :\n« Nous signerons. »");
        yield return Case("stop_then_single_newline", "Il part.\nelle reste.", "Il part.", "elle reste.");
        yield return Case("honorific_then_newline", "Il a reçu M.\nDupont hier.", "Il a reçu M.\nDupont hier.");
        yield return Case("blank_line_after_abbreviation_and_bracket", "Voir (cf.)\n\nLa suite.", "Voir (cf.)", "La suite.");
        yield return Case("crlf_paragraphs", "Titre\r\n\r\nTexte.", "Titre", "Texte.");
        yield return Case("numbered_list_items", "Les points :\n\n1. Le gaz.\n2. Le pétrole.", "Les points :", "1. Le gaz.", "2. Le pétrole.");
        yield return Case("junior_at_end", "Il a reçu Martin Luther King Jr. Il a parlé.", "Il a reçu Martin Luther King Jr.", "Il a parlé.");
        yield return Case("list_items", "Les points :\n- le gaz\n- le pétrole", "Les points :\n- le gaz", "- le pétrole");

        yield return Case("empty", "");
        yield return Case("no_final_stop", "Une phrase sans point", "Une phrase sans point");
        yield return Case("only_stops", ". . . !", ". . . !");
    }

    [TestCaseSource(nameof(SentenceCases))]
    public void Splits(string input, string[] expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(input);
        var sentences = SentenceSplitter.Default.Split(input, tokens);
        Assert.That(sentences.Select(s => input[s.Start..s.End]), Is.EqualTo(expected));
        AssertWellFormed(input, tokens, sentences);
    }

    public static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Select(f => new TestCaseData(f).SetName($"Sentences_well_formed_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Documents))]
    public void Sentences_are_well_formed_on_documents(string path)
    {
        var text = File.ReadAllText(path);
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        Assert.That(sentences, Is.Not.Empty);
        AssertWellFormed(text, tokens, sentences);
        // Paragraphs always end sentences, so no sentence spans a blank line.
        foreach (var s in sentences)
            Assert.That(text[s.Start..s.End], Does.Not.Match(@"\n[ \t]*\n"), "a sentence crosses a paragraph break");
    }

    [Test]
    public void Random_text_gives_well_formed_sentences_that_never_cross_a_blank_line()
    {
        const string palette = "aeLMJSU.. ,;:!?…'’-–«»\"()[]\n\n\r 1";
        var random = new Random(4242);
        for (var round = 0; round < 3000; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++) chars[i] = palette[random.Next(palette.Length)];
            var text = new string(chars);
            var tokens = FrenchTokenizer.Default.Tokenize(text);
            var sentences = SentenceSplitter.Default.Split(text, tokens);
            AssertWellFormed(text, tokens, sentences);
            foreach (var s in sentences)
                for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
                {
                    var gap = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End);
                    Assert.That(TokenChars.LineBreaks(gap), Is.LessThan(2), $"blank line inside a sentence of {text}");
                }
        }
    }

    [Test]
    public void Rejects_null_arguments_and_foreign_tokens()
    {
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Default.Split(null!, []));
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Default.Split("a", null!));
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Default.Split("a", [new Token(0, 5, TokenKind.Word)]));
    }

    /// <summary>Sentences tile the token list in order; their spans are the spans of their first and last tokens.</summary>
    private static void AssertWellFormed(string text, Token[] tokens, Sentence[] sentences)
    {
        var next = 0;
        foreach (var s in sentences)
        {
            Assert.That(s.FirstToken, Is.EqualTo(next));
            Assert.That(s.EndToken, Is.GreaterThan(s.FirstToken));
            Assert.That(s.Start, Is.EqualTo(tokens[s.FirstToken].Start));
            Assert.That(s.End, Is.EqualTo(tokens[s.EndToken - 1].End));
            Assert.That(s.End, Is.LessThanOrEqualTo(text.Length));
            next = s.EndToken;
        }
        Assert.That(next, Is.EqualTo(tokens.Length));
    }
}
