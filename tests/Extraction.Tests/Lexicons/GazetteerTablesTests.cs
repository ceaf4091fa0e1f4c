using System.Text.Json;
using Extraction.Lexicons;
using Extraction.Tests.Support;

namespace Extraction.Tests.Lexicons;

public sealed class GazetteerTablesTests
{
    private static readonly string[] Files =
        ["countries.tsv", "countries-aliases.tsv", "countries-overrides.tsv", "countries-combining.tsv", "countries-exclusions.tsv", "capitals-fr.tsv", "organizations.tsv"];

    private static readonly string[] OrganizationTypes =
        ["-", "intergovernmental", "institution", "ministry", "army", "agency", "company", "party", "armed-group", "ngo", "media"];

    [TestCaseSource(nameof(Files))]
    public void Table_parses_with_a_header_and_rows(string file)
    {
        var table = GazetteerResources.Load(file);
        Assert.Multiple(() =>
        {
            Assert.That(table.Header, Is.Not.Empty);
            Assert.That(table.Rows, Is.Not.Empty);
            Assert.That(table.Rows.SelectMany(r => r), Has.None.Matches<string>(c => c != c.Trim()), "cells with stray spaces");
        });
    }

    [TestCase("countries.tsv", "code,kind,form")]
    [TestCase("countries-aliases.tsv", "code,kind,form")]
    [TestCase("capitals-fr.tsv", "code,form")]
    [TestCase("countries-combining.tsv", "code,form")]
    [TestCase("countries-exclusions.tsv", "form")]
    [TestCase("countries-overrides.tsv", "code,field,value")]
    [TestCase("organizations.tsv", "name")]
    public void Table_has_no_duplicate_rows(string file, string keyColumns)
    {
        var table = GazetteerResources.Load(file);
        var columns = keyColumns.Split(',').Select(table.Column).ToArray();
        var duplicates = table.Rows.GroupBy(r => string.Join("\t", columns.Select(c => r[c])), StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void Every_country_code_is_known()
    {
        var gazetteer = CountryGazetteer.Default;
        var unknown = new List<string>();
        foreach (var (file, column) in new[] { ("countries-aliases.tsv", "code"), ("capitals-fr.tsv", "code"), ("organizations.tsv", "country") })
        {
            var table = GazetteerResources.Load(file);
            var c = table.Column(column);
            unknown.AddRange(table.Rows.Select(r => r[c]).Where(code => code.Length > 0 && !gazetteer.IsKnown(code)).Select(code => $"{file}:{code}"));
        }
        var combining = GazetteerResources.Load("countries-combining.tsv");
        unknown.AddRange(combining.Rows.Where(r => r[0] != "-" && !gazetteer.IsKnown(r[0])).Select(r => "countries-combining.tsv:" + r[0]));
        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void Country_codes_are_iso_alpha2_codes()
    {
        var iso = Path.Combine(RepoPaths.Shared, "data", "countries_fr.i18n-iso-countries.json");
        Assume.That(File.Exists(iso), "needs ../shared/data");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(iso));
        var codes = doc.RootElement.GetProperty("entries").EnumerateObject().Select(p => p.Name).Append("XK").ToHashSet(StringComparer.Ordinal);
        Assert.That(CountryGazetteer.Default.Codes.Where(c => !codes.Contains(c)), Is.Empty);
    }

    [Test]
    public void Countries_table_has_one_display_name_per_code_and_sorted_rows()
    {
        var table = GazetteerResources.Load("countries.tsv");
        int code = table.Column("code"), kind = table.Column("kind");
        var names = table.Rows.Where(r => r[kind] == "name").GroupBy(r => r[code]).ToArray();
        var codes = table.Rows.Select(r => r[code]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(names.Where(g => g.Count() != 1).Select(g => g.Key), Is.Empty);
            Assert.That(names, Has.Length.EqualTo(codes.Distinct().Count()));
            Assert.That(codes, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [Test]
    public void A_form_means_one_country_unless_alternatives_are_listed()
    {
        // Same folded spelling and same case pattern under two codes, with neither row naming the other as alternative.
        var rows = new List<(string Key, string Code, string Alt, string Source)>();
        void Add(string file, string codeColumn, string formColumn, string? altColumn)
        {
            var table = GazetteerResources.Load(file);
            int c = table.Column(codeColumn), f = table.Column(formColumn), a = altColumn is null ? -1 : table.Column(altColumn);
            foreach (var r in table.Rows)
                rows.Add((r[f], r[c], a < 0 ? "" : r[a], file));
        }
        Add("countries.tsv", "code", "form", "alt_codes");
        Add("countries-aliases.tsv", "code", "form", "alt_codes");
        Add("capitals-fr.tsv", "code", "form", null);
        var conflicts = rows.GroupBy(r => LexiconText.NormalizeForm(r.Key), StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Code).Distinct().Count() > 1
                && !g.Any(r => g.All(o => o.Code == r.Code || r.Alt.Split(',').Contains(o.Code))))
            .Select(g => g.Key + ": " + string.Join(",", g.Select(r => r.Code + "@" + r.Source)))
            .ToArray();
        Assert.That(conflicts, Is.Empty);
    }

    [Test]
    public void Aliases_do_not_repeat_generated_forms()
    {
        var generated = GazetteerResources.Load("countries.tsv");
        var known = generated.Rows.Select(r => r[0] + "\t" + LexiconText.NormalizeForm(r[2])).ToHashSet(StringComparer.Ordinal);
        var aliases = GazetteerResources.Load("countries-aliases.tsv");
        Assert.That(aliases.Rows.Where(r => known.Contains(r[0] + "\t" + LexiconText.NormalizeForm(r[2]))).Select(r => r[2]), Is.Empty);
    }

    [Test]
    public void Organizations_have_known_types_and_unique_forms()
    {
        var table = GazetteerResources.Load("organizations.tsv");
        int name = table.Column("name"), acronyms = table.Column("acronyms"), aliases = table.Column("aliases"), type = table.Column("type");
        var forms = table.Rows.SelectMany(r => new[] { r[name] }.Concat(r[acronyms].Split('|')).Concat(r[aliases].Split('|'))
            .Where(f => f.Length > 0).Select(f => (Form: LexiconText.NormalizeForm(f), Org: r[name])));
        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(r => r[type]).Where(t => !OrganizationTypes.Contains(t)), Is.Empty);
            Assert.That(forms.GroupBy(f => f.Form, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
        });
    }
}
