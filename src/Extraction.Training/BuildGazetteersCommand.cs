using System.Globalization;
using System.Text;
using System.Text.Json;
using Extraction.Lexicons;

namespace Extraction.Training;

/// <summary>
/// <c>build-gazetteers [--data DIR] [--out DIR]</c>: writes <c>Resources/Lexicons/countries.tsv</c> from the shared
/// country data (world-countries, ODbL; i18n-nationality and i18n-iso-countries, MIT) corrected by the hand-written
/// <c>countries-overrides.tsv</c>. Output rows are sorted, so the file is byte-identical for the same inputs.
/// </summary>
internal static class BuildGazetteersCommand
{
    public const string Help = "writes Resources/Lexicons/countries.tsv from ../shared/data (--data DIR, --out DIR)";

    // Observers and partially recognised states kept besides UN members.
    private static readonly string[] ExtraStates = ["EH", "PS", "TW", "VA", "XK"];

    public static int Run(string[] args)
    {
        var data = TrainingPaths.Option(args, "--data", TrainingPaths.DefaultData);
        var outDir = TrainingPaths.Option(args, "--out", Path.Combine(TrainingPaths.Resources, "Lexicons"));
        var overridesPath = Path.Combine(TrainingPaths.Resources, "Lexicons", "countries-overrides.tsv");
        try
        {
            var overrides = Overrides.Load(overridesPath);
            var rows = BuildRows(data, overrides, Console.Error);
            var path = Path.Combine(outDir, "countries.tsv");
            File.WriteAllText(path, Render(rows), new UTF8Encoding(false));
            var codes = rows.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count();
            Console.WriteLine($"countries.tsv: {codes} countries, {rows.Count} forms " +
                $"({rows.Count(r => r.Kind == "demonym")} demonym forms) -> {path}");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or KeyNotFoundException)
        {
            Console.Error.WriteLine("build-gazetteers: " + e.Message);
            return 1;
        }
    }

    internal sealed record Row(string Code, string Kind, string Form, string Article, string Gender, string Number, string AltCodes);

    internal static List<Row> BuildRows(string dataDir, Overrides overrides, TextWriter log)
    {
        using var world = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDir, "countries.world-countries.json")));
        using var nationality = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDir, "nationalities_fr.i18n-nationality.json")));
        using var iso = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDir, "countries_fr.i18n-iso-countries.json")));
        var worldEntries = world.RootElement.GetProperty("entries");
        var nationalityEntries = nationality.RootElement.GetProperty("entries");
        var isoEntries = iso.RootElement.GetProperty("entries");

        var rows = new List<Row>();
        foreach (var country in worldEntries.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var code = country.Name;
            var entry = country.Value;
            if (!(entry.GetProperty("un_member").GetBoolean() || ExtraStates.Contains(code))) continue;
            rows.AddRange(CountryRows(code, entry, nationalityEntries, isoEntries, overrides));
        }
        return MergeShared(rows, overrides, log);
    }

    private static IEnumerable<Row> CountryRows(string code, JsonElement entry, JsonElement nationality, JsonElement iso, Overrides overrides)
    {
        var forms = new List<Row>();
        var dataName = Clean(entry.GetProperty("name_fr_common").GetString());
        var name = overrides.Get(code, "name") ?? dataName!;
        var (article, gender, number) = overrides.Get(code, "article") is { } a ? ParseArticle(a, name) : DefaultArticle(name, overrides);
        forms.Add(new Row(code, "name", name, article, gender, number, ""));

        var official = overrides.Get(code, "official") ?? Clean(entry.GetProperty("name_fr_official").GetString());
        if (official is not null)
        {
            var (oa, og, on) = DefaultArticle(official, overrides);
            forms.Add(new Row(code, "official", official, oa, og, on, ""));
        }
        var aliases = new List<string>();
        if (dataName is not null) aliases.Add(dataName);
        if (iso.TryGetProperty(code, out var isoEntry))
        {
            foreach (var n in isoEntry.GetProperty("names_fr").EnumerateArray()) aliases.Add(Clean(n.GetString()) ?? "");
        }
        foreach (var alias in aliases)
        {
            if (alias.Length == 0 || alias.Contains(',')) continue;
            var (aa, ag, an) = DefaultArticle(alias, overrides);
            forms.Add(new Row(code, "alias", alias, aa, ag, an, ""));
        }

        // Demonyms: world-countries m/f (or the override), then extra masculine forms from i18n-nationality.
        var pairs = new List<(string M, string F)>();
        var demonym = overrides.Get(code, "demonym");
        if (demonym is not null)
        {
            if (demonym != "-")
            {
                var parts = demonym.Split('|');
                pairs.Add((parts[0], parts.Length > 1 ? parts[1] : DemonymInflection.Feminine(parts[0])));
            }
        }
        else if (entry.TryGetProperty("demonym_fr", out var d) && d.ValueKind == JsonValueKind.Object)
        {
            var m = Clean(d.GetProperty("m").GetString());
            var f = Clean(d.GetProperty("f").GetString());
            if (m is not null) pairs.Add((Lower(m), f is null ? DemonymInflection.Feminine(Lower(m)) : Lower(f)));
        }
        if (demonym != "-" && nationality.TryGetProperty(code, out var nat))
        {
            foreach (var value in nat.GetProperty("values").EnumerateArray())
            {
                if (!value.GetProperty("is_adjective").GetBoolean()) continue;
                var raw = value.GetProperty("adjective_m_sg").GetString() ?? "";
                raw = overrides.Fix(code, raw);
                if (overrides.IsRejected(code, raw)) continue;
                var m = Lower(LexiconText.NormalizeForm(raw));
                if (m.Length > 0 && !pairs.Exists(p => p.M == m)) pairs.Add((m, DemonymInflection.Feminine(m)));
            }
        }
        foreach (var (m, f) in pairs)
        {
            forms.Add(new Row(code, "demonym", m, "", "m", "s", ""));
            forms.Add(new Row(code, "demonym", f, "", "f", "s", ""));
            forms.Add(new Row(code, "demonym", DemonymInflection.Plural(m), "", "m", "p", ""));
            forms.Add(new Row(code, "demonym", DemonymInflection.Plural(f), "", "f", "p", ""));
        }
        return Deduplicate(forms);
    }

    // One row per folded form and code: the first kind wins (name, official, alias, demonym), and among spellings
    // of one key the most permissive (fewest capitals) is kept. Same-gender duplicates (belge m/f) collapse.
    private static IEnumerable<Row> Deduplicate(List<Row> forms)
    {
        var byKey = new Dictionary<string, Row>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in forms)
        {
            var key = LexiconText.FoldKey(row.Form);
            if (!byKey.TryGetValue(key, out var kept))
            {
                byKey[key] = row;
                order.Add(key);
                continue;
            }
            if (kept.Kind == row.Kind && (Capitals(row.Form), -Accents(row.Form)).CompareTo((Capitals(kept.Form), -Accents(kept.Form))) < 0)
                byKey[key] = kept with { Form = row.Form };
            else if (kept.Kind == "demonym" && row.Kind == "demonym" && kept.Gender != row.Gender)
                byKey[key] = kept with { Gender = "" };
        }
        return order.Select(k => byKey[k]);
    }

    private static int Capitals(string s) => s.Count(char.IsUpper);

    private static int Accents(string s) => s.Count(c => c > '\u007f');

    // A form used by several countries ("congolais") is kept once, under the preferred code, with the others as
    // alternatives. "shares" overrides add alternatives to forms of another country ("Congo" may mean CD).
    private static List<Row> MergeShared(List<Row> rows, Overrides overrides, TextWriter log)
    {
        var result = new List<Row>();
        foreach (var group in rows.GroupBy(r => (r.Kind == "demonym" ? "d:" : "n:") + LexiconText.FoldKey(r.Form), StringComparer.Ordinal))
        {
            var codes = group.Select(r => r.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var extra in overrides.SharingCodes(group.First().Form))
            {
                if (!codes.Contains(extra)) codes.Add(extra);
            }
            if (codes.Count == 1)
            {
                result.AddRange(group);
                continue;
            }
            var preferred = overrides.PreferredCode(group.First().Form);
            if (preferred is null || !codes.Contains(preferred))
            {
                preferred = group.First().Code;
                log.WriteLine($"build-gazetteers: warning: '{group.First().Form}' is shared by {string.Join(",", codes)}; no 'prefer' override, keeping {preferred}.");
            }
            var alternatives = string.Join(",", codes.Where(c => c != preferred));
            foreach (var row in group.Where(r => r.Code == preferred)) result.Add(row with { AltCodes = alternatives });
        }
        result.Sort(CompareRows);
        foreach (var code in rows.Select(r => r.Code).Distinct(StringComparer.Ordinal))
        {
            if (result.Count(r => r.Code == code && r.Kind == "name") != 1)
                throw new InvalidDataException($"Country {code} lost its display name while merging shared forms.");
        }
        return result;
    }

    private static readonly string[] KindOrder = ["name", "official", "alias", "demonym"];

    private static int CompareRows(Row a, Row b)
    {
        var c = string.CompareOrdinal(a.Code, b.Code);
        if (c != 0) return c;
        c = Array.IndexOf(KindOrder, a.Kind).CompareTo(Array.IndexOf(KindOrder, b.Kind));
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Number, b.Number);
        if (c != 0) return c;
        c = string.CompareOrdinal(b.Gender, a.Gender);
        return c != 0 ? c : string.CompareOrdinal(a.Form, b.Form);
    }

    private static (string Article, string Gender, string Number) ParseArticle(string value, string name)
    {
        if (value == "-")
        {
            var (_, g, n) = RuleArticle(name);
            return ("", g, n);
        }
        var parts = value.Split('|');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw new InvalidDataException($"Bad article override '{value}'.");
    }

    private static (string Article, string Gender, string Number) DefaultArticle(string name, Overrides overrides)
    {
        var head = name.Split(' ')[0];
        return overrides.HeadNoun(head) is { } h ? ParseArticle(h, name) : RuleArticle(name);
    }

    // French default: feminine when the first word ends in -e ("Guinée-Bissau", "Afrique du Sud"), "l'" before a vowel or mute h.
    private static (string Article, string Gender, string Number) RuleArticle(string name)
    {
        var head = name.Split(' ', '-')[0];
        var gender = head.EndsWith('e') ? "f" : "m";
        var first = LexiconText.Fold(name[0]);
        var article = first is 'a' or 'e' or 'i' or 'o' or 'u' or 'h' ? "l'" : gender == "f" ? "la" : "le";
        return (article, gender, "s");
    }

    private static string Lower(string s) => s.ToLower(CultureInfo.InvariantCulture);

    // Generic fixes of data typography; forms with parentheses are dropped (they are notes, not names).
    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Contains('(')) return null;
        return LexiconText.NormalizeForm(value);
    }

    private static string Render(List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.Append("""
            # Sovereign states (UN members, observers EH PS TW VA XK): names, official names and demonyms in French.
            # GENERATED by `dotnet run --project src/Extraction.Training -- build-gazetteers`; do not edit, change the
            # inputs (../shared/data and countries-overrides.tsv) and regenerate.
            # LICENCE: this table is a derived database of world-countries 5.1.0 (https://github.com/mledoze/countries),
            # made available under the Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/.
            # Any adapted version of this file must be offered under ODbL 1.0 with this notice.
            # It also contains names and demonyms from i18n-iso-countries 7.14.0 and i18n-nationality 1.4.0
            # (MIT, Copyright (c) 2016 widdix GmbH), with corrections from countries-overrides.tsv.
            # FORMAT: code (ISO 3166-1 alpha-2)<TAB>kind<TAB>form<TAB>article<TAB>gender<TAB>number<TAB>alt_codes
            #   kind: name (display name, one per code) | official | alias | demonym (lowercase, matched in any case)
            #   article (le, la, l', les or empty) and gender/number (m/f, s/p) describe the name; for demonyms they
            #   give the form's own gender and number. alt_codes: other countries the same form may mean.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        sb.Append("code\tkind\tform\tarticle\tgender\tnumber\talt_codes\n");
        foreach (var r in rows)
            sb.Append(r.Code).Append('\t').Append(r.Kind).Append('\t').Append(r.Form).Append('\t').Append(r.Article).Append('\t')
                .Append(r.Gender).Append('\t').Append(r.Number).Append('\t').Append(r.AltCodes).Append('\n');
        return sb.ToString();
    }

    /// <summary>The hand-written corrections table.</summary>
    internal sealed class Overrides
    {
        private readonly List<(string Code, string Field, string Value)> _rows;

        private Overrides(List<(string, string, string)> rows) => _rows = rows;

        public static Overrides Load(string path)
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, true));
            var table = ResourceTable.Parse("Lexicons/countries-overrides.tsv", reader);
            int c = table.Column("code"), f = table.Column("field"), v = table.Column("value");
            return new Overrides(table.Rows.Select(r => (r[c], r[f], r[v])).ToList());
        }

        public string? Get(string code, string field) =>
            _rows.Where(r => r.Code == code && r.Field == field).Select(r => r.Value).FirstOrDefault();

        public string Fix(string code, string raw)
        {
            foreach (var (c, f, v) in _rows)
            {
                if (c != code || f != "nationality-fix") continue;
                var parts = v.Split("=>");
                if (parts[0] == raw) return parts[1];
            }
            return raw;
        }

        public bool IsRejected(string code, string raw) => _rows.Exists(r => r.Code == code && r.Field == "nationality-reject" && r.Value == raw);

        // "prefer congolais" also covers congolaise, congolais, congolaises.
        public string? PreferredCode(string form) =>
            _rows.Where(r => r.Field == "prefer" && form.StartsWith(r.Value, StringComparison.Ordinal)).Select(r => r.Code).FirstOrDefault();

        public IEnumerable<string> SharingCodes(string form) =>
            _rows.Where(r => r.Field == "shares" && r.Value == form).Select(r => r.Code);

        public string? HeadNoun(string word) =>
            _rows.Where(r => r.Field == "head-noun" && r.Value.StartsWith(word + "|", StringComparison.Ordinal))
                .Select(r => r.Value[(word.Length + 1)..]).FirstOrDefault();
    }
}
