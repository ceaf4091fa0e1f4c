using Extraction.Records;
using Extraction.Serialization;
using Extraction.Tagging;
using Extraction.Tests.Support;
using Extraction.Tokenization;

namespace Extraction.Tests.Tagging;

/// <summary>The public linguistic layer: <see cref="FrenchNewsExtractor.Analyze"/>.</summary>
internal sealed class AnalyzeApiTests
{
    private static readonly FrenchNewsExtractor Extractor = FrenchNewsExtractor.Shared;

    [Test]
    public void Tokens_carry_their_part_of_speech()
    {
        var analysis = Extractor.Analyze("Le ministre signe un accord à Rabat.");
        Assert.That(analysis.Tokens.Select(t => (t.Text, t.Pos)), Is.EqualTo(new[]
        {
            ("Le", UposTag.DET), ("ministre", UposTag.NOUN), ("signe", UposTag.VERB), ("un", UposTag.DET),
            ("accord", UposTag.NOUN), ("à", UposTag.ADP), ("Rabat", UposTag.PROPN), (".", UposTag.PUNCT),
        }));
    }

    [Test]
    public void Recognizer_mentions_are_typed_and_scored()
    {
        const string text = "La ministre Ama Kuffour a reçu mardi à Accra son homologue du Togo.";
        var entities = Extractor.Analyze(text).Entities;
        Assert.Multiple(() =>
        {
            Assert.That(entities.Select(e => (e.Text, e.Type)), Does.Contain(("Ama Kuffour", EntityType.PER)));
            Assert.That(entities.Select(e => (e.Text, e.Type)), Does.Contain(("Accra", EntityType.LOC)));
            Assert.That(entities.Select(e => e.Score), Is.All.InRange(0.0, 1.0));
        });
    }

    private static IEnumerable<string> Documents() => RepoPaths.AllDocuments();

    [TestCaseSource(nameof(Documents))]
    public void Offsets_round_trip_and_ranges_are_consistent(string path)
    {
        var text = File.ReadAllText(path);
        var analysis = Extractor.Analyze(text);
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Tokens, Is.Not.Empty);
            foreach (var token in analysis.Tokens)
                Assert.That(text[token.Start..token.End], Is.EqualTo(token.Text));
            Assert.That(analysis.Tokens.Zip(analysis.Tokens.Skip(1)).All(p => p.First.End <= p.Second.Start), Is.True, "tokens sorted, disjoint");
            foreach (var entity in analysis.Entities)
            {
                Assert.That(text[entity.Start..entity.End], Is.EqualTo(entity.Text));
                Assert.That(entity.Start, Is.EqualTo(analysis.Tokens[entity.FirstToken].Start));
                Assert.That(entity.End, Is.EqualTo(analysis.Tokens[entity.EndToken - 1].End));
            }
            Assert.That(analysis.Entities.Zip(analysis.Entities.Skip(1)).All(p => p.First.End <= p.Second.Start), Is.True, "entities sorted, disjoint");
            Assert.That(analysis.Sentences[0].FirstToken, Is.Zero);
            Assert.That(analysis.Sentences[^1].EndToken, Is.EqualTo(analysis.Tokens.Count));
            Assert.That(analysis.Sentences.Zip(analysis.Sentences.Skip(1)).All(p => p.First.EndToken == p.Second.FirstToken), Is.True, "sentences tile the tokens");
        });
    }

    [Test]
    public void Date_header_is_not_analyzed()
    {
        const string text = "date 2024-03-05\nLe Togo signe.";
        var analysis = Extractor.Analyze(text);
        Assert.That(analysis.Tokens[0].Text, Is.EqualTo("Le"));
        Assert.That(analysis.Tokens[0].Start, Is.EqualTo(text.IndexOf("Le", StringComparison.Ordinal)));
    }

    [Test]
    public void Bad_input_is_rejected_or_empty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Extractor.Analyze(null!), Throws.ArgumentNullException);
            Assert.That(Extractor.Analyze("  \n\t "), Is.SameAs(TextAnalysis.Empty));
            Assert.That(() => Extractor.Analyze("abc", new ExtractionOptions { MaxInputLength = 2 }), Throws.ArgumentException);
        });
    }

    [Test]
    public void Json_is_camel_case_with_named_tags_and_deterministic()
    {
        const string text = "Le président Kofi Mensah est arrivé à Lomé.";
        var json = ExtractionJson.Serialize(Extractor.Analyze(text));
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"pos\": \"PROPN\""));
            Assert.That(json, Does.Contain("\"kind\": \"Word\""));
            Assert.That(json, Does.Contain("\"firstToken\":"));
            Assert.That(json, Does.Contain("\"type\": \"PER\""));
            Assert.That(ExtractionJson.Serialize(Extractor.Analyze(text)), Is.EqualTo(json));
        });
    }

    [Test]
    public void Token_kinds_come_from_the_tokenizer()
    {
        var tokens = Extractor.Analyze("L'accord du 12 mai 2024 : voir https://example.org.").Tokens;
        Assert.Multiple(() =>
        {
            Assert.That(tokens[0].Kind, Is.EqualTo(TokenKind.Elision));
            Assert.That(tokens.Single(t => t.Text == "12").Kind, Is.EqualTo(TokenKind.Number));
            Assert.That(tokens.Single(t => t.Text.StartsWith("https", StringComparison.Ordinal)).Kind, Is.EqualTo(TokenKind.Url));
        });
    }
}
