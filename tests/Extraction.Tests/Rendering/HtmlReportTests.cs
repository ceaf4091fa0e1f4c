using System.Xml;
using System.Xml.Linq;
using Extraction.Records;
using Extraction.Rendering;
using Extraction.Tests.Support;

namespace Extraction.Tests.Rendering;

public sealed class HtmlReportTests
{
    private static readonly string[] Kinds = ["person", "role", "country", "date", "organization", "agreement"];

    /// <summary>The page is well-formed XML as well as HTML5, so the tests read it with LINQ to XML.</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static IEnumerable<XElement> Marks(XDocument page) => page.Descendants("mark");

    private static XElement Doc(XDocument page) => page.Descendants("section").Single(s => (string?)s.Attribute("class") == "doc");

    /// <summary>Groups the mark fragments by mention and returns each mention's kind, offsets and highlighted text.</summary>
    private static List<(string Kind, int Start, int End, string Text, List<XElement> Fragments)> Mentions(XDocument page) =>
        Marks(page)
            .GroupBy(m => (string)m.Attribute("data-mention")!)
            .Select(g =>
            {
                var first = g.First();
                // Text directly owned by this mention's fragments, nested marks included.
                var text = string.Concat(g.Select(f => f.Value));
                return ((string)first.Attribute("data-kind")!, (int)first.Attribute("data-start")!, (int)first.Attribute("data-end")!, text, g.ToList());
            })
            .ToList();

    [Test]
    public void Page_is_self_contained_well_formed_html_with_legend_text_and_tables()
    {
        var html = HtmlReport.Render(SampleResults.Text, SampleResults.Full(), "article.txt");
        var page = Parse(html);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(page.Root!.Name.LocalName, Is.EqualTo("html"));
            Assert.That(page.Descendants("meta").Any(m => (string?)m.Attribute("charset") == "utf-8"), Is.True);
            Assert.That(page.Descendants("title").Single().Value, Is.EqualTo("article.txt"));
            Assert.That(page.Descendants("style").Count(), Is.EqualTo(1));
            // No external asset, no script.
            Assert.That(page.Descendants("script"), Is.Empty);
            Assert.That(page.Descendants("link"), Is.Empty);
            Assert.That(page.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href"), Is.Empty);
            Assert.That(html, Does.Not.Contain("url("));
            Assert.That(html, Does.Not.Contain("http"));
            // Legend: one entry per kind, with its count.
            var legend = page.Descendants("ul").Single(u => (string?)u.Attribute("class") == "legend").Elements("li").ToList();
            Assert.That(legend.Select(li => (string)li.Attribute("data-kind")!), Is.EqualTo(Kinds));
            Assert.That(legend.Single(li => (string)li.Attribute("data-kind")! == "person").Descendants("span").Last().Value, Is.EqualTo("2"));
            // The text is all there, in order, once.
            Assert.That(Doc(page).Value, Is.EqualTo(SampleResults.Text));
            // Tables below the text.
            var sections = page.Descendants("section").Select(s => (string?)s.Attribute("id")).Where(id => id is not null).ToList();
            Assert.That(sections, Is.EqualTo(new[] { "people", "agreements", "relations", "countries", "organizations", "dates" }));
        });
    }

    [Test]
    public void Every_mention_of_every_kind_is_highlighted_with_exactly_its_text()
    {
        var result = SampleResults.Full();
        var page = Parse(HtmlReport.Render(SampleResults.Text, result));
        var shown = Mentions(page);

        var expected = SampleResults.AllMentions(result).Distinct().OrderBy(m => m).ToList();
        Assert.That(shown.Select(m => (m.Kind, m.Start, m.End)).OrderBy(m => m), Is.EqualTo(expected));
        Assert.That(expected.Select(m => m.Kind).Distinct(), Is.EquivalentTo(Kinds));
        foreach (var m in shown)
        {
            Assert.That(m.Text, Is.EqualTo(SampleResults.Text[m.Start..m.End]), $"{m.Kind} {m.Start}-{m.End}");
            Assert.That(m.Fragments.All(f => ((string)f.Attribute("class")!).Split(' ').Contains("k-" + m.Kind)), Is.True);
            Assert.That(m.Fragments.Count(f => f.Attribute("data-label") is not null), Is.EqualTo(1), "one label per mention");
        }
    }

    [Test]
    public void Nested_mentions_are_nested_marks()
    {
        var page = Parse(HtmlReport.Render(SampleResults.Text, SampleResults.Full()));
        var role = Marks(page).Single(m => (string)m.Attribute("data-kind")! == "role");
        var agreement = Marks(page).First(m => (string)m.Attribute("data-kind")! == "agreement");
        Assert.Multiple(() =>
        {
            Assert.That(role.Elements("mark").Select(m => (string)m.Attribute("data-kind")!), Is.EqualTo(new[] { "country" }));
            Assert.That(role.Elements("mark").Single().Value, Is.EqualTo("israélien"));
            Assert.That(agreement.Elements("mark").Single().Value, Is.EqualTo("Maroc"));
        });
    }

    [Test]
    public void Tooltips_and_data_attributes_carry_the_normalized_values()
    {
        var page = Parse(HtmlReport.Render(SampleResults.Text, SampleResults.Full()));
        XElement First(string kind, string text) =>
            Marks(page).First(m => (string)m.Attribute("data-kind")! == kind && m.Value == text);

        Assert.Multiple(() =>
        {
            var gantz = First("person", "Gantz");
            Assert.That((string?)gantz.Attribute("data-value"), Is.EqualTo("Benny Gantz"));
            Assert.That((string?)gantz.Attribute("title"), Does.Contain("Benny Gantz").And.Contain("IL Israël"));
            var rabat = First("country", "Rabat");
            Assert.That((string?)rabat.Attribute("data-value"), Is.EqualTo("MA"));
            Assert.That((string?)rabat.Attribute("title"), Does.Contain("MA").And.Contain("Maroc").And.Contain("capital"));
            var date = First("date", "24 novembre 2021");
            Assert.That((string?)date.Attribute("data-value"), Is.EqualTo("2021-11-24"));
            var early = First("date", "début mars");
            Assert.That((string?)early.Attribute("title"), Does.Contain("2022-03").And.Contain("start"));
            var ua = First("organization", "UA");
            Assert.That((string?)ua.Attribute("data-value"), Is.EqualTo("Union africaine"));
            var role = First("role", "ministre israélien de la Défense");
            Assert.That((string?)role.Attribute("data-value"), Is.EqualTo("ministre de la Défense"));
            Assert.That((string?)role.Attribute("title"), Does.Contain("Benny Gantz"));
            var accord = First("agreement", "accord");
            Assert.That((string?)accord.Attribute("data-value"), Is.EqualTo("accord de coopération sécuritaire"));
            Assert.That((string?)accord.Attribute("title"), Does.Contain("MA Maroc").And.Contain("Union africaine").And.Contain("signed by Benny Gantz"));
        });
    }

    [Test]
    public void Tables_list_people_agreements_and_relations_by_name()
    {
        var page = Parse(HtmlReport.Render(SampleResults.Text, SampleResults.Full()));
        string[][] Rows(string id) => page.Descendants("section").Single(s => (string?)s.Attribute("id") == id)
            .Descendants("tbody").Single().Elements("tr")
            .Select(tr => tr.Elements("td").Select(td => td.Value).ToArray()).ToArray();

        Assert.Multiple(() =>
        {
            var people = Rows("people");
            Assert.That(people, Has.Length.EqualTo(1));
            Assert.That(people[0][0], Does.StartWith("Benny Gantz"));
            Assert.That(people[0][1], Is.EqualTo("IL Israël"));
            Assert.That(people[0][2], Is.EqualTo("ministre de la Défense (IL)"));
            var agreements = Rows("agreements");
            Assert.That(agreements[0][0], Does.StartWith("accord de coopération sécuritaire"));
            Assert.That(agreements[0][2], Is.EqualTo("IL IsraëlMA MarocUnion africaine"), "one party per line");
            Assert.That(agreements[0][3], Is.EqualTo("Benny Gantz"));
            Assert.That(agreements[0][4], Is.EqualTo("2021-11-24"));
            var relations = Rows("relations");
            Assert.That(relations.Select(r => r[0]), Is.EqualTo(new[] { "holds_role", "signatory_of", "party_to", "signed_on" }));
            Assert.That(relations[1][1..3], Is.EqualTo(new[] { "Benny Gantz", "accord de coopération sécuritaire" }));
            Assert.That(relations[2][1], Is.EqualTo("MA Maroc"));
        });
    }

    [Test]
    public void Crossing_mentions_are_split_into_fragments_that_stay_well_formed()
    {
        const string text = "Abc Def Ghi Jkl";
        // [0,7) and [4,11) cross; [4,15) starts with the second and outlives both.
        var result = ExtractionResult.Empty(null) with
        {
            People = [new Person("person-1", "Abc Def", null, [], [new Mention(0, 7, "Abc Def")], 1)],
            Organizations =
            [
                new Organization("org-1", "Def Ghi", null, [new Mention(4, 11, "Def Ghi")], 1),
                new Organization("org-2", "Def Ghi Jkl", null, [new Mention(4, 15, "Def Ghi Jkl")], 1),
            ],
        };
        var page = Parse(HtmlReport.Render(text, result));
        var shown = Mentions(page);

        Assert.That(Doc(page).Value, Is.EqualTo(text));
        Assert.That(shown, Has.Count.EqualTo(3));
        foreach (var m in shown) Assert.That(m.Text, Is.EqualTo(text[m.Start..m.End]));
        Assert.That(shown.Single(m => m.Start == 4 && m.End == 11).Fragments, Has.Count.EqualTo(2));
        Assert.That(shown.Single(m => m.Start == 0).Fragments, Has.Count.EqualTo(1));
    }

    [Test]
    public void Same_span_of_two_kinds_nests_in_a_fixed_order_whatever_the_record_order()
    {
        const string text = "Paris a signé.";
        var orgs = new[]
        {
            new Organization("org-1", "Paris", null, [new Mention(0, 5, "Paris")], 1),
            new Organization("org-2", "Ville de Paris", null, [new Mention(0, 5, "Paris")], 1),
        };
        var result = ExtractionResult.Empty(null) with
        {
            Countries = [new Country("FR", "France", [new CountryMention(0, 5, "Paris", CountryMentionKind.Capital)], 1)],
            Organizations = orgs,
        };
        var html = HtmlReport.Render(text, result);
        var again = HtmlReport.Render(text, result);
        var first = Parse(html);
        var reversed = Parse(HtmlReport.Render(text, result with { Organizations = orgs.Reverse().ToArray() }));
        var outer = Doc(first).Elements("mark").Single();
        Assert.Multiple(() =>
        {
            Assert.That((string?)outer.Attribute("data-ref"), Is.EqualTo("org-1"));
            Assert.That((string?)outer.Elements("mark").Single().Attribute("data-ref"), Is.EqualTo("org-2"));
            Assert.That((string?)outer.Elements("mark").Single().Elements("mark").Single().Attribute("data-kind"), Is.EqualTo("country"));
            Assert.That(Doc(reversed).ToString(), Is.EqualTo(Doc(first).ToString()));
            Assert.That(again, Is.EqualTo(html));
        });
    }

    [Test]
    public void Markup_in_text_and_values_is_escaped()
    {
        const string text = "<script>alert('x')</script> \"Tom & Jerry\" <b>ok</b>";
        var tom = text.IndexOf("Tom", StringComparison.Ordinal);
        var result = ExtractionResult.Empty("2020") with
        {
            People = [new Person("person-1", "Tom \"<img src=x onerror=alert(1)>\" & co", null,
                [new Role("<i>chef</i>", null, null, new Mention(0, 8, "<script>"), 1)],
                [new Mention(tom, tom + 3, "Tom")], 1)],
        };
        var html = HtmlReport.Render(text, result, "<title>&");
        var page = Parse(html);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Not.Contain("<img"));
            Assert.That(html, Does.Not.Contain("<b>"));
            Assert.That(html, Does.Not.Contain("<i>"));
            Assert.That(page.Descendants("script"), Is.Empty);
            Assert.That(Doc(page).Value, Is.EqualTo(text));
            Assert.That(page.Descendants("title").Single().Value, Is.EqualTo("<title>&"));
            Assert.That((string?)Marks(page).Single(m => (string)m.Attribute("data-kind")! == "person").Attribute("data-value"),
                Is.EqualTo("Tom \"<img src=x onerror=alert(1)>\" & co"));
        });
    }

    [Test]
    public void Control_characters_and_lone_surrogates_do_not_break_the_page()
    {
        var text = "a\u0001b \ud800 c\uD83D\uDE00d";
        var page = Parse(HtmlReport.Render(text, ExtractionResult.Empty(null)));
        Assert.That(Doc(page).Value, Is.EqualTo("a\uFFFDb \uFFFD c\uD83D\uDE00d"));
    }

    [Test]
    public void Mentions_outside_the_text_are_listed_but_not_highlighted()
    {
        var result = ExtractionResult.Empty(null) with
        {
            People = [new Person("person-1", "X", null, [], [new Mention(2, 99, "?"), new Mention(3, 3, ""), new Mention(-1, 1, "?")], 1)],
        };
        var page = Parse(HtmlReport.Render("short", result));
        Assert.Multiple(() =>
        {
            Assert.That(Marks(page), Is.Empty);
            Assert.That(Doc(page).Value, Is.EqualTo("short"));
            Assert.That(page.Descendants("section").Single(s => (string?)s.Attribute("id") == "people").Descendants("tr").Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Empty_result_says_none_found_in_every_table()
    {
        var page = Parse(HtmlReport.Render("Rien.", ExtractionResult.Empty(null)));
        var sections = page.Descendants("section").Where(s => s.Attribute("id") is not null).ToList();
        Assert.That(sections, Has.Count.EqualTo(6));
        Assert.That(sections.All(s => s.Descendants("p").Any(p => p.Value == "None found.")), Is.True);
    }

    public static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Select(f => new TestCaseData(f).SetName($"Real_output_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Documents))]
    public void Real_extraction_output_renders_with_every_mention_highlighted(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var result = FrenchNewsExtractor.Shared.Extract(text);
        var page = Parse(HtmlReport.Render(text, result, Path.GetFileName(path)));

        Assert.That(Doc(page).Value, Is.EqualTo(text));
        var expected = SampleResults.AllMentions(result).Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End)
            .Distinct().OrderBy(m => m).ToList();
        var shown = Mentions(page);
        Assert.That(shown.Select(m => (m.Kind, m.Start, m.End)).Distinct().OrderBy(m => m), Is.EqualTo(expected));
        foreach (var m in shown) Assert.That(m.Text, Is.EqualTo(text[m.Start..m.End]));
    }
}
