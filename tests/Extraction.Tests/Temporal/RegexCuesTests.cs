using System.Text.RegularExpressions;
using Extraction.Temporal;
using Extraction.Tests.Support;

namespace Extraction.Tests.Temporal;

public sealed class RegexCuesTests
{
    private static string[][] Cues(string pattern, RegexOptions options = RegexOptions.None) =>
        RegexCues.Derive(pattern, options).ToArray();

    [Test]
    public void A_literal_word_is_required()
    {
        Assert.That(Cues(@"mois\s+de"), Is.EqualTo(new[] { new[] { "mois" }, new[] { "de" } }));
    }

    [Test]
    public void A_prefix_tree_gives_back_its_whole_forms()
    {
        Assert.That(Cues(@"(?:j(?:anvier|uin)|mai)"), Is.EqualTo(new[] { new[] { "janvier", "juin", "mai" } }));
    }

    [Test]
    public void Optional_and_repeated_parts_require_nothing_of_their_own()
    {
        Assert.Multiple(() =>
        {
            // "\s*" may be empty or not: "le an" must not become the cue "lean".
            Assert.That(Cues(@"(?:le\s*)?an"), Is.EqualTo(new[] { new[] { "an" } }));
            Assert.That(Cues(@"(?:fin\s+)?mai"), Is.EqualTo(new[] { new[] { "mai" } }));
            Assert.That(Cues(@"x*"), Is.Empty);
            Assert.That(Cues(@"(?:ab)+"), Is.EqualTo(new[] { new[] { "ab" } }));
            Assert.That(Cues(@"e?"), Is.Empty);
        });
    }

    [Test]
    public void Alternatives_pool_one_cue_of_each_branch()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Cues(@"(?:de\s+|d['’])"), Is.EqualTo(new[] { new[] { "d'", "de", "d’" } }));
            // A branch that requires nothing leaves the whole alternation without a cue.
            Assert.That(Cues(@"(?:de\s+|\s+)"), Is.Empty);
        });
    }

    [Test]
    public void Digits_and_listed_classes_are_exact_characters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Cues(@"20\d\d"), Has.Length.EqualTo(1));
            Assert.That(Cues(@"20\d\d")[0], Has.Length.EqualTo(100).And.Contains("2024"));
            Assert.That(Cues(@"[0-3]\d/")[0], Has.Length.EqualTo(40).And.Contains("31/"));
            Assert.That(Cues(@"\x41b"), Is.EqualTo(new[] { new[] { "Ab" } }));
        });
    }

    [Test]
    public void What_the_analysis_does_not_know_weakens_it_and_never_invents_a_cue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Cues(@"[^a]bc"), Is.EqualTo(new[] { new[] { "bc" } }));
            Assert.That(Cues(@"\p{L}+mai"), Is.EqualTo(new[] { new[] { "mai" } }));
            Assert.That(Cues(@"(?<n>ab)\k<n>"), Is.EqualTo(new[] { new[] { "ab" } }));
            Assert.That(Cues(@"(?<![\p{L}_])mai(?![\p{L}])"), Is.EqualTo(new[] { new[] { "mai" } }));
            Assert.That(Cues(@"(?i)mai"), Is.Empty, "inline options may change the case");
            Assert.That(Cues(@"mai", RegexOptions.IgnoreCase), Is.Empty);
            Assert.That(Cues(@"mai)"), Is.Empty, "unbalanced");
            Assert.That(Cues(@"[a-z-[aeiou]]x"), Is.Empty, "class subtraction");
        });
    }

    /// <summary>
    /// Soundness over real text: wherever a date pattern matches a paragraph of the seeds and dev texts, the
    /// paragraph holds every cue the extractor checks for it, so the prefilter removes no match.
    /// </summary>
    [Test]
    public void Every_date_pattern_match_in_the_documents_is_in_a_paragraph_that_has_its_cues()
    {
        var definitions = TemporalDefinitions.Default;
        var checkedMatches = 0;
        foreach (var file in RepoPaths.AllDocuments())
        {
            foreach (var paragraph in File.ReadAllText(file).ToLowerInvariant().Split('\n'))
            {
                foreach (var pattern in definitions.Patterns)
                {
                    if (!pattern.Regex.IsMatch(paragraph)) continue;
                    checkedMatches++;
                    var missing = pattern.Cues.Where(c => !definitions.Cues[c].In(paragraph)).ToList();
                    Assert.That(missing, Is.Empty, $"{pattern.Name} matches \"{paragraph}\" in {Path.GetFileName(file)}");
                }
            }
        }
        Assert.That(checkedMatches, Is.GreaterThan(300));
    }

    [Test]
    public void A_long_cue_set_is_cut_to_few_prefixes_that_every_string_starts_with()
    {
        var years = Enumerable.Range(1900, 201).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(RegexCues.Shortened(years, 16), Is.EqualTo(new[] { "19", "20", "21" }));
            Assert.That(RegexCues.Shortened(["mai", "mars"], 16), Is.EqualTo(new[] { "mai", "mars" }), "short sets stay");
            Assert.That(RegexCues.Shortened(["abc", "abd", "b"], 2), Is.EqualTo(new[] { "ab", "b" }));
            Assert.That(RegexCues.Shortened(["a", "abc", "abd"], 2), Is.EqualTo(new[] { "a" }), "a prefix of another prefix is enough");
        });
    }

    [Test]
    public void Every_date_pattern_has_a_cue()
    {
        var definitions = TemporalDefinitions.Default;
        Assert.That(definitions.Patterns.Where(p => p.Cues.Length == 0).Select(p => p.Name), Is.Empty);
    }

    [Test]
    public void A_set_is_searched_with_ascii_parts_and_without_strings_that_hold_another()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RegexCues.Searchable(["passé", "passée", "précédent", "suivant", "suivante"]), Is.EqualTo(new[] { "dent", "pass", "suivant" }));
            Assert.That(RegexCues.Searchable(["an", "année", "mois"]), Is.EqualTo(new[] { "an", "mois" }));
            // No ASCII run of three characters: the string stays as it is.
            Assert.That(RegexCues.Searchable(["déc", "dec", "mai"]), Is.EqualTo(new[] { "dec", "déc", "mai" }));
        });
    }

    [Test]
    public void Every_cue_string_of_the_date_patterns_holds_a_string_its_set_is_searched_with()
    {
        foreach (var set in TemporalDefinitions.Default.Cues)
        {
            var searched = RegexCues.Searchable(set.Strings);
            foreach (var s in set.Strings)
                Assert.That(searched.Any(t => s.Contains(t, StringComparison.Ordinal)), $"'{s}' is found by [{string.Join(", ", searched)}]");
            Assert.That(set.In(set.Strings[0]), Is.True);
        }
    }
}
