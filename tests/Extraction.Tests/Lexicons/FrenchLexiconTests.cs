using Extraction.Lexicons;

namespace Extraction.Tests.Lexicons;

internal sealed class FrenchLexiconTests
{
    private static readonly object[] CategoryCases =
    [
        new object[] { "chevaux", WordCategories.Noun },
        new object[] { "mangeaient", WordCategories.Verb },
        new object[] { "belles", WordCategories.Adjective },
        new object[] { "Paris", WordCategories.ProperNoun },
        new object[] { "Le", WordCategories.Determiner },
        new object[] { "été", WordCategories.PastParticiple },
        new object[] { "rapidement", WordCategories.Adverb },
    ];

    [TestCaseSource(nameof(CategoryCases))]
    public void Categories_include_expected(string word, WordCategories expected) =>
        Assert.That(FrenchLexicon.Default.Categories(word) & expected, Is.EqualTo(expected));

    [Test]
    public void Inflected_forms_are_expanded_from_affix_rules()
    {
        var lexicon = FrenchLexicon.Default;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Count, Is.GreaterThan(300_000));
            Assert.That(lexicon.Categories("signèrent") & WordCategories.Verb, Is.Not.EqualTo(WordCategories.None));
            Assert.That(lexicon.Categories("ministres") & WordCategories.Noun, Is.Not.EqualTo(WordCategories.None));
            Assert.That(lexicon.Categories("xqzwv"), Is.EqualTo(WordCategories.None));
        });
    }

    [Test]
    public void Names_and_common_words()
    {
        var lexicon = FrenchLexicon.Default;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.IsFirstName("Jean"), Is.True);
            Assert.That(lexicon.IsFirstName("table"), Is.False);
            Assert.That(lexicon.IsFamilyName("Dupont"), Is.True);
            Assert.That(lexicon.IsProperNoun("Paris"), Is.True);
            Assert.That(lexicon.IsCommonWord("Accord"), Is.True);
            Assert.That(lexicon.IsCommonWord("Dupont"), Is.False);
            Assert.That(lexicon.Categories("aujourd’hui") & WordCategories.Adverb, Is.EqualTo(WordCategories.Adverb));
        });
    }

    [Test]
    public void Letters_round_trip()
    {
        const WordCategories cats = WordCategories.Noun | WordCategories.Verb | WordCategories.FirstName;
        Assert.That(FrenchLexicon.FromLetters(FrenchLexicon.ToLetters(cats)), Is.EqualTo(cats));
    }

    [Test]
    public void Written_lexicon_reads_back_with_accents_and_case()
    {
        var forms = new Dictionary<string, WordCategories>(StringComparer.Ordinal)
        {
            ["été"] = WordCategories.Noun | WordCategories.PastParticiple,
            ["Zoé"] = WordCategories.FirstName,
            ["zoé"] = WordCategories.None | WordCategories.Noun,
            ["2ᵉ"] = WordCategories.Adjective,
            ["aujourd'hui"] = WordCategories.Adverb,
            ["œuvre"] = WordCategories.Noun | WordCategories.Verb,
        };
        using var stream = new MemoryStream();
        FrenchLexicon.Write(stream, forms, "test notice");
        stream.Position = 0;
        var lexicon = FrenchLexicon.Read(stream, "test");
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Count, Is.EqualTo(forms.Count));
            foreach (var (form, categories) in forms)
                Assert.That(lexicon.ExactCategories(form), Is.EqualTo(categories), form);
            Assert.That(lexicon.ExactCategories("ete"), Is.EqualTo(WordCategories.None));
            Assert.That(lexicon.ExactCategories("Été"), Is.EqualTo(WordCategories.None));
            Assert.That(lexicon.Categories("ÉTÉ"), Is.EqualTo(forms["été"]));
            Assert.That(lexicon.Categories("aujourd’hui"), Is.EqualTo(WordCategories.Adverb));
            Assert.That(lexicon.ExactCategories("\ud800"), Is.EqualTo(WordCategories.None));
        });
    }

    [Test]
    public void Every_form_of_a_large_lexicon_is_found_and_its_neighbours_are_not()
    {
        // Forms of every length around the hash's 8-byte chunks, sharing long prefixes and differing in one byte or
        // one accent: the hash index must find each one with its own categories and nothing else.
        var forms = new Dictionary<string, WordCategories>(StringComparer.Ordinal);
        var sets = new[] { WordCategories.Noun, WordCategories.Verb | WordCategories.Infinitive, WordCategories.FirstName, WordCategories.Adjective | WordCategories.Noun };
        // 3,000 forms: one pass of lookups stays under the count that builds the index, three more cross it.
        for (var i = 0; i < 3_000; i++)
        {
            var stem = new string((char)('a' + i % 26), 1 + i % 19);
            forms[$"{stem}{i}é"] = sets[i % sets.Length];
        }
        using var stream = new MemoryStream();
        FrenchLexicon.Write(stream, forms, "n");
        stream.Position = 0;
        var lexicon = FrenchLexicon.Read(stream, "test");
        int Wrong() => forms.Count(p => lexicon.ExactCategories(p.Key) != p.Value);
        int Found() => forms.Keys.Count(f => lexicon.ExactCategories(f[..^1] + "e") != WordCategories.None || lexicon.ExactCategories(f + "s") != WordCategories.None
            || lexicon.ExactCategories(f.AsSpan(0, f.Length - 1)) != WordCategories.None);
        var wrongSearched = Wrong();
        var indexedAfterSearch = lexicon.IsIndexed;
        var foundSearched = Found(); // crosses the lookup count that builds the index
        var indexedAfterMore = lexicon.IsIndexed;
        lexicon.EnsureIndex();
        Assert.Multiple(() =>
        {
            Assert.That(indexedAfterSearch, Is.False, "the index waits for many lookups");
            Assert.That(indexedAfterMore, Is.True, "then builds itself");
            Assert.That(wrongSearched, Is.Zero, "binary search");
            Assert.That(foundSearched, Is.Zero, "binary search, then hash index");
            Assert.That(Wrong(), Is.Zero, "hash index");
            Assert.That(Found(), Is.Zero, "hash index");
        });
    }

    [Test]
    public void Same_forms_write_the_same_bytes()
    {
        var forms = new Dictionary<string, WordCategories>(StringComparer.Ordinal) { ["b"] = WordCategories.Noun, ["a"] = WordCategories.Verb, ["é"] = WordCategories.Adverb };
        var reversed = forms.Reverse().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        FrenchLexicon.Write(first, forms, "n");
        FrenchLexicon.Write(second, reversed, "n");
        Assert.That(first.ToArray(), Is.EqualTo(second.ToArray()));
    }

    [Test]
    public void Bad_lexicon_files_throw_InvalidDataException()
    {
        var forms = new Dictionary<string, WordCategories>(StringComparer.Ordinal) { ["mot"] = WordCategories.Noun };
        using var good = new MemoryStream();
        FrenchLexicon.Write(good, forms, "n");
        var raw = Decompress(good.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(() => FrenchLexicon.Read(new MemoryStream(Compress([1, 2, 3, 4, 5, 6, 7, 8])), "x"), Throws.InstanceOf<InvalidDataException>());
            Assert.That(() => FrenchLexicon.Read(new MemoryStream(Compress(raw[..^2])), "x"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated"));
            Assert.That(() => FrenchLexicon.Read(new MemoryStream("not gzip at all"u8.ToArray()), "x"), Throws.InstanceOf<InvalidDataException>());
        });
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var gz = new System.IO.Compression.GZipStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        gz.CopyTo(output);
        return output.ToArray();
    }
}
