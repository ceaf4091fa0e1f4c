using Extraction.Lexicons;
using Extraction.Temporal;
using Extraction.Tests.Support;

namespace Extraction.Tests.Temporal;

public sealed class TemporalDefinitionsTests
{
    [Test]
    public void Every_temporal_table_loads_and_every_pattern_compiles()
    {
        var definitions = TemporalDefinitions.Default;
        Assert.Multiple(() =>
        {
            Assert.That(definitions.Months, Has.Count.GreaterThanOrEqualTo(12));
            string[] names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
            Assert.That(names.Select(m => definitions.Months[m]), Is.EqualTo(Enumerable.Range(1, 12)));
            Assert.That(definitions.Weekdays, Has.Count.EqualTo(7));
            Assert.That(definitions.Patterns, Is.Not.Empty);
            Assert.That(definitions.StandaloneMonths.Where(m => !definitions.Months.ContainsKey(m)), Is.Empty);
        });
    }

    [Test]
    public void Temporal_tables_have_no_duplicate_rows()
    {
        var names = ResourceTable.EmbeddedNames().Concat(typeof(ResourceTable).Assembly.GetManifestResourceNames())
            .Where(n => n.Contains("Temporal", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.That(names, Is.Not.Empty);
        foreach (var name in names)
        {
            using var stream = typeof(ResourceTable).Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var table = ResourceTable.Parse(name, reader);
            // A form appears once per table, or once per kind where a table gives it several (tense-cues "match",
            // year-context "role": "avant 2020" is a cue, "2019 avant" a follower).
            var kind = table.Header.FirstOrDefault(h => h is "match" or "role");
            var keyColumns = kind is null ? new[] { 0 } : new[] { 0, table.Column(kind) };
            var keys = table.Rows.Select(r => string.Join('\t', keyColumns.Select(c => r[c]))).ToList();
            Assert.That(keys, Is.Unique, name);
        }
    }

    [TestCase("Fin  Mars", "fin mars")]
    [TestCase("l’an\u00A0dernier", "l'an dernier")]
    public void Normalizes_case_apostrophes_and_spaces(string input, string expected) =>
        Assert.That(TemporalDefinitions.Normalize(input), Is.EqualTo(expected));
}

public sealed class TemporalAlternationTests
{
    private static readonly string[][] FormLists =
    [
        ["an", "année", "années", "anniversaire"],
        ["janvier", "janv.", "juin", "juillet", "juil.", "mai", "mars"],
        ["fin", "fin de", "fin d'", "début", "mi", "milieu"],
        ["l'an", "l'année", "la", "le", "les", "l'"],
        ["a", "ab", "abc", "b", "ba", "c"],
        ["il y a", "il", "ils"],
    ];

    private static readonly string[] Texts =
    [
        "l'an dernier, l’année 2020 et les années 30 ; la fin de mai, fin d’août, en juil. ou en juillet 1999",
        "janv. janvier juin juillet mai mars marsupial anniversaire ann a ab abc abcd b ba bac c ca il y a ils il  y  a",
        "a b c ab ba abc bac cab l' l'a la le les fin  de fin\u00a0de mi-mai milieu début",
    ];

    [Test]
    public void The_prefix_tree_alternation_matches_exactly_like_the_longest_first_list()
    {
        foreach (var forms in FormLists)
        {
            // The reference: the plain list, longest first, as the alternation was written before.
            var flat = "(?:" + string.Join('|', forms.Distinct().OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)
                .Select(f => string.Concat(f.Select(c => c == ' ' ? "\\s+" : c == '\'' ? "['\u2019]" : System.Text.RegularExpressions.Regex.Escape(c.ToString()))))) + ")";
            var tree = TemporalDefinitions.Alternation(forms);
            foreach (var suffix in new[] { "", "(?:\\s+\\d+)?", "(?![a-z])", "\\s+(?:de|d['\u2019])" })
            {
                var a = new System.Text.RegularExpressions.Regex(flat + suffix);
                var b = new System.Text.RegularExpressions.Regex(tree + suffix);
                foreach (var text in Texts)
                {
                    var expected = a.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                    Assert.That(b.Matches(text).Select(m => (m.Index, m.Length)).ToList(), Is.EqualTo(expected), $"{tree}{suffix} on \"{text}\"");
                }
            }
        }
    }

    [Test]
    public void The_alternation_shares_prefixes()
    {
        Assert.That(TemporalDefinitions.Alternation(["juin", "juillet", "mai"]), Is.EqualTo("(?:jui(?:llet|n)|mai)"));
        Assert.That(TemporalDefinitions.Alternation(["an", "année"]), Is.EqualTo("(?:an(?:née|))"));
    }
}

public sealed class GeneratedTemporalPatternTests
{
    [Test]
    public void Every_date_pattern_runs_as_generated_code()
    {
        // A pattern falls back to the interpreter when the tables no longer expand to the text of the generated file:
        // run `dotnet run -c Release --project src/Extraction.Training -- generate-temporal-patterns` after changing them.
        var interpreted = TemporalDefinitions.Default.Patterns.Where(p => p.Regex.GetType() == typeof(System.Text.RegularExpressions.Regex)).Select(p => p.Name);
        Assert.That(interpreted, Is.Empty, "regenerate src/Extraction/Temporal/GeneratedTemporalPatterns.cs");
    }

    [Test]
    public void The_generated_cue_sets_are_those_the_patterns_give()
    {
        foreach (var pattern in TemporalDefinitions.Default.Patterns)
        {
            var source = pattern.Regex.ToString();
            Assert.That(GeneratedTemporalPatterns.Cues(pattern.Name, source), Is.EqualTo(TemporalDefinitions.DerivedCues(source)),
                $"{pattern.Name}: regenerate src/Extraction/Temporal/GeneratedTemporalPatterns.cs");
        }
        Assert.That(GeneratedTemporalPatterns.Cues("day-month", "(?:autre)"), Is.Null, "a pattern whose text changed derives its cues");
    }

    [Test]
    public void Generated_and_interpreted_patterns_find_the_same_matches()
    {
        var generated = TemporalDefinitions.Default.Patterns;
        var reference = TemporalDefinitions.Load(useGenerated: false).Patterns;
        Assert.That(reference.All(p => p.Regex.GetType() == typeof(System.Text.RegularExpressions.Regex)));
        // The data-driven date cases plus a few lines written for this test (ranges, weekdays, years, near misses).
        var texts = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Extraction.Tests", "Temporal", "Cases", "dates.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0])
            .Concat([
                "du 3 au 5 mars 2021, puis entre le 1er et le 2 avril ; de janvier à mars 2020, entre 1998 et 2003, 1999-2001.",
                "le mardi soir dernier, hier matin, la veille, l'année dernière, cette semaine-ci, l'an en cours, il y a deux ans.",
                "Demain ? Mardi saint, mi-juin, fin 2022, au début de l'année 2019, le 12/07/2018, dans trois mois, vendredi prochain.",
                "mais2020 n'est pas 2020a ni a2020 ; « 14 juillet » et le 31 décembre 1999.",
            ]).ToList();
        Assert.That(texts, Has.Count.GreaterThan(10));
        for (var p = 0; p < generated.Count; p++)
        {
            foreach (var text in texts)
            {
                var lower = text.ToLowerInvariant();
                var expected = reference[p].Regex.Matches(lower).Select(m => (m.Index, m.Length, string.Join('|', m.Groups.Values.Select(g => $"{g.Name}:{g.Index}:{g.Length}")))).ToList();
                var actual = generated[p].Regex.Matches(lower).Select(m => (m.Index, m.Length, string.Join('|', m.Groups.Values.Select(g => $"{g.Name}:{g.Index}:{g.Length}")))).ToList();
                Assert.That(actual, Is.EqualTo(expected), $"{generated[p].Name} on \"{text}\"");
            }
        }
    }
}
