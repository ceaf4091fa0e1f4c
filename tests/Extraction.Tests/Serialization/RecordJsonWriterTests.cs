using System.Globalization;
using Extraction.Records;
using Extraction.Serialization;
using Extraction.Tagging;
using Extraction.Tests.Support;
using Extraction.Tokenization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Extraction.Tests.Serialization;

/// <summary>
/// <see cref="ExtractionJson"/> writes the records field by field; Newtonsoft's serializer reads the records'
/// attributes. The two must give the same bytes, so that a user serializing a record with JsonConvert gets the
/// contract's JSON and a field added to a record cannot be forgotten by the hand-written writer.
/// </summary>
public sealed class RecordJsonWriterTests
{
    // The settings ExtractionJson used before it wrote by hand: the reference the hand-written text must equal.
    private static JsonSerializerSettings Reference(bool indented) => new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        NullValueHandling = NullValueHandling.Include,
        Formatting = indented ? Formatting.Indented : Formatting.None,
        FloatFormatHandling = FloatFormatHandling.String,
        Culture = CultureInfo.InvariantCulture,
    };

    private static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    private static void AssertSameAsNewtonsoft(ExtractionResult result)
    {
        foreach (var indented in new[] { true, false })
        {
            var expected = JsonConvert.SerializeObject(result, Reference(indented));
            Assert.That(ExtractionJson.Serialize(result, indented), Is.EqualTo(expected), $"indented: {indented}");
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            ExtractionJson.Serialize(result, writer, indented);
            Assert.That(writer.ToString(), Is.EqualTo(expected), $"to a TextWriter, indented: {indented}");
        }
        // Every property of the records names itself: the default settings give the same text too.
        Assert.That(ExtractionJson.Serialize(result), Is.EqualTo(JsonConvert.SerializeObject(result, Formatting.Indented)), "default settings");
    }

    private static void AssertSameAsNewtonsoft(TextAnalysis analysis)
    {
        foreach (var indented in new[] { true, false })
            Assert.That(ExtractionJson.Serialize(analysis, indented), Is.EqualTo(JsonConvert.SerializeObject(analysis, Reference(indented))), $"indented: {indented}");
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_document_gives_the_serializers_bytes(string path)
    {
        var text = File.ReadAllText(path);
        AssertSameAsNewtonsoft(FrenchNewsExtractor.Shared.Extract(text));
        AssertSameAsNewtonsoft(FrenchNewsExtractor.Shared.Analyze(text));
    }

    [TestCase("")]
    [TestCase("   \n\t ")]
    [TestCase("date 2021-03-04\n")]
    [TestCase("Le ministre « Jean \"Jojo\" Dupont » a dit : \\o/ \u0001\u007f\u2028\u2029 — 😀 漢字 ‘ok’.")]
    [TestCase("Le président ghanéen Kofi Mensah a signé mardi 3 mars 2020 à Accra un accord de coopération avec le Togo.")]
    public void Edge_texts_give_the_serializers_bytes(string text)
    {
        AssertSameAsNewtonsoft(FrenchNewsExtractor.Shared.Extract(text));
        AssertSameAsNewtonsoft(FrenchNewsExtractor.Shared.Analyze(text));
    }

    // Strings every escape path of the writer sees: quotes, backslash, controls, line separators, a lone surrogate,
    // a pair, HTML-looking text.
    private static readonly string[] Strings = ["", "\"q\" \\ /", "a\nb\r\tc\b\f\u0000\u001f\u007f", "\u2028\u2029\u0085", "\ud800x", "😀 é ñ 漢", "</script>&'"];

    // Doubles every number path sees: integers (".0"), shortest round-trip, exponents, signed zero, non-finite.
    private static readonly double[] Doubles = [0, 1, 0.5, 0.1, 1.0 / 3, 0.9952, 1e-7, 123456789012345680000.0, 1e21, -0.0, double.Epsilon, double.MaxValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    [Test]
    public void Hand_made_records_with_every_value_give_the_serializers_bytes()
    {
        for (var i = 0; i < Math.Max(Strings.Length, Doubles.Length); i++)
        {
            var s = Strings[i % Strings.Length];
            var d = Doubles[i % Doubles.Length];
            var mention = new Mention(i, -i, s);
            var knowledge = i % 2 == 0 ? null : new LeaderKnowledge(s, i % 3 == 0 ? null : s, s, null, s, s, d);
            var person = new Person(s, s, i % 2 == 0 ? null : s, [new Role(s, null, s, mention, d), new Role(s, s, null, mention, -d)], [mention, mention], d, knowledge);
            var modifiers = Enum.GetValues<DateModifier>().Select(m => (DateModifier?)m).Append(null).Append((DateModifier)99);
            var dates = modifiers.Select(m => new DateExpression(s, int.MaxValue, int.MinValue, i % 2 == 0 ? s : null, m, d)).ToList();
            var kinds = Enum.GetValues<CountryMentionKind>().Append((CountryMentionKind)(-1));
            var country = new Country(s, s, kinds.Select(k => new CountryMention(i, i + 1, s, k)).ToList(), d);
            var agreement = new Agreement(s, s, [AgreementParty.ForCountry(s), AgreementParty.ForOrganization(s), new AgreementParty(null, null)], [s, "", s], null, s, s, [mention], d, i % 2 == 0 ? null : s);
            var relation = new Relation(s, s, s, mention, i % 2 == 0 ? null : s, d, i % 3 == 0 ? null : s);
            AssertSameAsNewtonsoft(new ExtractionResult(i % 2 == 0 ? null : s, [person, person with { Roles = [] }], [country],
                [new Organization(s, s, null, [], d), new Organization(s, s, s, [mention], d)], dates, [agreement], [relation, relation]));

            var tokens = Enum.GetValues<TokenKind>().Append((TokenKind)77)
                .SelectMany(k => Enum.GetValues<UposTag>().Append((UposTag)200).Select(p => new AnalyzedToken(i, i + 2, s, k, p))).ToList();
            var entities = Enum.GetValues<EntityType>().Append((EntityType)9).Select(t => new EntityMention(i, i + 1, s, t, d, 0, i)).ToList();
            AssertSameAsNewtonsoft(new TextAnalysis(tokens, [new Sentence(0, i, 0, 1), new Sentence(i, i, 1, 1)], entities));
        }
        AssertSameAsNewtonsoft(ExtractionResult.Empty(null));
        AssertSameAsNewtonsoft(TextAnalysis.Empty);
    }

    [Test]
    public void Null_lists_and_records_are_written_as_null_like_the_serializer()
    {
        var mention = new Mention(0, 1, "x");
        var person = new Person("p", "P", null, null!, null!, 1, null);
        var role = new Person("p", "P", null, [new Role("t", null, null, null!, 1)], [null!], 1);
        AssertSameAsNewtonsoft(new ExtractionResult(null, [person, role, null!], null!, [null!], [null!], [new Agreement("a", "t", null!, null!, null, null, "signed", null!, 1), null!],
            [new Relation("t", "s", "o", null!, null, 1), new Relation("t", "s", "o", mention, null, 1)]));
        AssertSameAsNewtonsoft(new TextAnalysis(null!, null!, [null!]));
    }
}
