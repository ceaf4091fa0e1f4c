using System.Text;
using Extraction.Serialization;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Robustness;

/// <summary>
/// Hostile and odd input runs through the whole pipeline without an exception or a hang, and what comes out is
/// still sound: offsets round-trip, ids resolve, the JSON is the same twice.
/// </summary>
public sealed class PathologicalInputTests
{
    private const string French = "Le ministre des Affaires étrangères, M. Jean Dupont, s'est entretenu mardi à Rabat avec son homologue marocain. ";

    public static IEnumerable<TestCaseData> Inputs()
    {
        var random = new Random(20240229);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        yield return Case("binary_latin1", Encoding.Latin1.GetString(bytes));
        yield return Case("binary_utf8_lossy", Encoding.UTF8.GetString(bytes));
        yield return Case("nul_and_controls", string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)(i % 32))));
        yield return Case("controls_inside_words", string.Concat(Enumerable.Repeat("Em\u0000ma\u0007nuel Ma\u001Bcron\u0008 a si\u200Bgné\u00AD l'ac\u200Dcord. ", 500)));
        yield return Case("lone_high_surrogates", string.Concat(Enumerable.Repeat("Paris\uD83D et \uD800Rabat ", 2_000)));
        yield return Case("lone_low_surrogates", string.Concat(Enumerable.Repeat("\uDC00Paris \uDFFF. Le \uDE00roi", 2_000)));
        yield return Case("reversed_surrogate_pairs", string.Concat(Enumerable.Repeat("\uDE00\uD83D M. \uDC00\uD800Dupont.", 2_000)));
        yield return Case("text_ending_with_high_surrogate", French + "\uD83D");
        yield return Case("text_starting_with_low_surrogate", "\uDE00" + French);
        yield return Case("arabic", string.Concat(Enumerable.Repeat("وقع المغرب وإسرائيل اتفاقية تعاون أمني في الرباط يوم 24 نوفمبر 2021. ", 300)));
        yield return Case("cjk", string.Concat(Enumerable.Repeat("摩洛哥和以色列于2021年11月24日在拉巴特签署了安全合作协议。", 300)));
        yield return Case("emoji_and_zwj", string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦 🇫🇷🇲🇦 M. Dupont 👍🏽 a signé ✍️ l'accord 🤝 #paix @Elysee ", 500)));
        yield return Case("mixed_scripts", string.Concat(Enumerable.Repeat(French + "الرباط 北京 Москва Αθήνα עִבְרִית 🇲🇦 ", 200)));
        yield return Case("combining_marks", string.Concat(Enumerable.Repeat("Le pre\u0301sident Mac\u0301\u0302\u0303ron a\u0300 Pari\u0327s. ", 1_000)) + new string('\u0301', 10_000));
        yield return Case("rtl_and_bidi_controls", string.Concat(Enumerable.Repeat("\u202EM. Dupont\u202C \u2066Rabat\u2069 \u200F2021\u200E. ", 1_000)));
        yield return Case("bom_and_nbsp", "\uFEFF" + string.Concat(Enumerable.Repeat("M.\u00A0Jean\u202FDupont\u2009a dit\u00A0: « non\u00A0». ", 1_000)));
        yield return Case("one_megabyte_word", new string('a', 1 << 20));
        yield return Case("one_megabyte_accented_word", string.Concat(Enumerable.Repeat("éÉàçœ", (1 << 20) / 5)));
        yield return Case("one_megabyte_hyphenated_word", string.Concat(Enumerable.Repeat("a-", 1 << 19)));
        yield return Case("one_megabyte_elided_word", string.Concat(Enumerable.Repeat("l'", 1 << 19)) + "accord");
        yield return Case("one_megabyte_number", new string('9', 1 << 20));
        yield return Case("one_megabyte_number_with_separators", string.Concat(Enumerable.Repeat("1,", 1 << 19)) + "5");
        yield return Case("one_megabyte_ordinal", "1" + new string('e', 1 << 20));
        yield return Case("one_megabyte_url_like", "https://" + string.Concat(Enumerable.Repeat("ab.", 1 << 18)));
        yield return Case("one_megabyte_of_capitalised_words", string.Concat(Enumerable.Repeat("Jean-Pierre ", (1 << 20) / 12)));
        foreach (var mark in new[] { ".", "!", "?", "…", ",", "'", "’", "-", "«", "»", "\"", "(", ")", "/", ":", "@", "#" })
            yield return Case($"100k_{Name(mark)}", string.Concat(Enumerable.Repeat(mark, 100_000)));
        yield return Case("100k_mixed_punctuation", string.Concat(Enumerable.Range(0, 100_000).Select(i => ".,;:!?«»()-'\""[i % 13])));
        yield return Case("100k_sentences", string.Concat(Enumerable.Repeat("M. X. ", 100_000)));
        yield return Case("100k_abbreviations", string.Concat(Enumerable.Repeat("M. Mme. Dr. ", 35_000)));
        yield return Case("100k_newlines", new string('\n', 100_000));
        yield return Case("100k_crlf_paragraphs", string.Concat(Enumerable.Repeat("Le roi.\r\n", 100_000)));
        yield return Case("100k_date_headers", string.Concat(Enumerable.Repeat("date 2022-04-12\n", 50_000)));
        yield return Case("long_numbers_and_dates", string.Concat(Enumerable.Repeat("le 24 novembre 2021, 1er janvier 99999999999999999999, 2018-2019-2020-2021 ", 2_000)));
        yield return Case("header_invalid_date", "date 2022-13-45\n" + French);
        yield return Case("header_only_word", "date");
        yield return Case("header_huge_year", "date 99999999999999999999-04\n" + French);
        yield return Case("html_page", HtmlPage());
        yield return Case("html_tags_only", string.Concat(Enumerable.Repeat("<div><p class=\"x\"><a href='/'>", 20_000)));
        yield return Case("unclosed_html_comment", "<!-- " + string.Concat(Enumerable.Repeat(French, 500)));
        yield return Case("json_like", string.Concat(Enumerable.Repeat("{\"people\":[{\"id\":\"person-1\",\"text\":\"M. Dupont\"}]}", 5_000)));
        yield return Case("all_bmp_characters", string.Concat(Enumerable.Range(0, 0x10000).Select(i => (char)i)));
        yield return Case("all_planes_sample", string.Concat(Enumerable.Range(0, 0x110000 / 97).Select(i => i * 97).Where(cp => cp is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)));
        yield return Case("french_repeated_1mb", string.Concat(Enumerable.Repeat(French, (1 << 20) / French.Length)));
    }

    [TestCaseSource(nameof(Inputs))]
    public void Whole_pipeline_survives(string text)
    {
        var first = TimeLimit.Run(() => FrenchNewsExtractor.Shared.Extract(text), TimeLimit.PerDocument, "Extract");
        var problems = ResultInvariants.Check(text, first);
        Assert.That(problems, Is.Empty, string.Join("\n", problems.Take(20)));

        var second = TimeLimit.Run(() => FrenchNewsExtractor.Shared.Extract(text), TimeLimit.PerDocument, "second Extract");
        Assert.That(ExtractionJson.Serialize(second), Is.EqualTo(ExtractionJson.Serialize(first)), "same input, same JSON");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Tokens_and_sentences_stay_inside_the_text(string text)
    {
        var range = new TextSpan(0, text.Length);
        var (tokens, sentences) = TimeLimit.Run(() =>
        {
            var t = FrenchTokenizer.Default.Tokenize(text, range);
            return (t, SentenceSplitter.Default.Split(text, t));
        }, TimeLimit.PerDocument, "Tokenize + Split");
        var problems = ResultInvariants.CheckTokens(text, range, tokens, sentences);
        Assert.That(problems, Is.Empty, string.Join("\n", problems.Take(20)));
    }

    [TestCaseSource(nameof(Inputs))]
    public void Analysis_offsets_round_trip(string text)
    {
        var analysis = TimeLimit.Run(() => FrenchNewsExtractor.Shared.Analyze(text), TimeLimit.PerDocument, "Analyze");
        var bad = analysis.Tokens.Where(t => t.End > text.Length || text[t.Start..t.End] != t.Text).Select(t => $"token {t.Start}-{t.End}")
            .Concat(analysis.Entities.Where(e => e.End > text.Length || text[e.Start..e.End] != e.Text || e.Score is < 0 or > 1 || double.IsNaN(e.Score))
                .Select(e => $"entity {e.Start}-{e.End}"))
            .Take(20).ToList();
        Assert.That(bad, Is.Empty);
    }

    private static TestCaseData Case(string name, string text) => new TestCaseData(text).SetArgDisplayNames(name);

    private static string Name(string mark) => string.Concat(mark.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    private static string HtmlPage()
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Maroc – Israël : accord</title>");
        b.Append("<script>var x = 1 < 2 && 3 > 2; document.write('<p>' + \"l'accord\" + '</p>');</script>");
        b.Append("<style>p::before { content: \"«\"; }</style></head><body>");
        for (var i = 0; i < 200; i++)
        {
            b.Append("<article><h1 class=\"titre\">Le Maroc et Israël signent un accord</h1>");
            b.Append("<p>Le ministre de la Défense, <a href=\"https://example.org/p?id=1&amp;x=2\">Benny Gantz</a>, ");
            b.Append("s&#39;est rendu &agrave; Rabat le 24&nbsp;novembre&#160;2021.<br/>Il a rencontr&eacute; ");
            b.Append("<strong>M.&nbsp;Abdellatif Loudiyi</strong>.</p><!-- pub --><img src=x onerror=alert(1)></article>");
        }
        b.Append("</body></html>");
        return b.ToString();
    }
}
