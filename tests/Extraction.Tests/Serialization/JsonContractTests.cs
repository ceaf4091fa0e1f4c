using System.Text.RegularExpressions;
using Extraction.Serialization;
using Extraction.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extraction.Tests.Serialization;

/// <summary>The output of every seed and dev text is valid against docs/extraction.schema.json, and the schema has teeth.</summary>
public sealed class JsonContractTests
{
    private static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    private static string Json(string path) => ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(File.ReadAllText(path)));

    private static string SeedJson => Json(RepoPaths.SeedFiles().First());

    [TestCaseSource(nameof(Documents))]
    public void Output_is_valid_and_every_field_is_described(string path)
    {
        var json = Json(path);
        Assert.Multiple(() =>
        {
            Assert.That(ContractSchema.Errors(ContractSchema.Published, json), Is.Null);
            Assert.That(ContractSchema.Errors(ContractSchema.Strict, json), Is.Null, "a field of the output is not in the schema");
        });
    }

    [Test]
    public void The_dev_texts_are_there_to_be_checked()
    {
        Assert.That(RepoPaths.AllDocuments().Count(), Is.GreaterThan(RepoPaths.SeedFiles().Count()), "../shared/devset/texts is missing");
    }

    [Test]
    public void The_optional_knowledge_and_basis_fields_validate_when_present()
    {
        var result = JObject.Parse(SeedJson);
        var people = (JArray)result["people"]!;
        Assume.That(people, Is.Not.Empty);
        people[0]["knowledge"] = JObject.Parse("""{ "office": "head of government", "title": "Chancellor", "country": "DE", "from": "2021-12", "to": null, "source": "CIA World Factbook" }""");
        if (people.Count > 1) people[1]["knowledge"] = null;
        foreach (var relation in (JArray)result["relations"]!) relation["basis"] = relation["type"]!.Value<string>() == "represents" ? "role-adjective" : "signing-clause";
        foreach (var agreement in (JArray)result["agreements"]!) agreement["basis"] = "signing-cue";
        var json = result.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(ContractSchema.Errors(ContractSchema.Published, json), Is.Null);
            Assert.That(ContractSchema.Errors(ContractSchema.Strict, json), Is.Null);
        });
    }

    private static readonly (string Name, Action<JObject> Break)[] Breakages =
    [
        ("missing people", r => r.Remove("people")),
        ("wrong schemaVersion", r => r["schemaVersion"] = "2"),
        ("referenceDate not ISO", r => r["referenceDate"] = "avril 2022"),
        ("person id renamed", r => r["people"]![0]!["id"] = "p1"),
        ("lower-case country code", r => r["people"]![0]!["country"] = "il"),
        ("confidence above 1", r => r["people"]![0]!["confidence"] = 1.5),
        ("knowledge without office", r => r["people"]![0]!["knowledge"] = JObject.Parse("""{ "title": "x", "country": "DE", "source": "y" }""")),
        ("unknown relation type", r => r["relations"]![0]!["type"] = "friend_of"),
        ("represents a person", r => r["relations"]!.First(x => x["type"]!.Value<string>() == "represents")["object"] = "person-1"),
        ("basis not a kind", r => r["relations"]![0]!["basis"] = "Role Adjective"),
        ("agreement basis not a kind", r => r["agreements"]![0]!["basis"] = "Signing Cue"),
        ("mention without text", r => ((JObject)r["people"]![0]!["mentions"]![0]!).Remove("text")),
        ("unknown mention kind", r => r["countries"]![0]!["mentions"]![0]!["kind"] = "city"),
        ("party with both code and organization", r => r["agreements"]![0]!["parties"]![0]!["organization"] = "org-1"),
    ];

    private static IEnumerable<TestCaseData> BrokenOutputs() =>
        Breakages.Select(b => new TestCaseData(b.Break).SetArgDisplayNames(b.Name));

    [TestCaseSource(nameof(BrokenOutputs))]
    public void A_broken_output_is_refused(Action<JObject> breakIt)
    {
        var result = JObject.Parse(SeedJson);
        breakIt(result);
        Assert.That(ContractSchema.Errors(ContractSchema.Published, result.ToString()), Is.Not.Null);
    }

    [Test]
    public void An_undescribed_field_is_caught_by_the_strict_form_only()
    {
        var result = JObject.Parse(SeedJson);
        result["dates"]![0]!["weekday"] = "mercredi";
        Assert.Multiple(() =>
        {
            Assert.That(ContractSchema.Errors(ContractSchema.Published, result.ToString()), Is.Null, "fields may be added within schemaVersion 1");
            Assert.That(ContractSchema.Errors(ContractSchema.Strict, result.ToString()), Does.Contain("weekday").Or.Contain("/dates/0"));
        });
    }

    [Test]
    public void The_contract_document_names_every_field_and_relation_type_of_the_schema()
    {
        var contract = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "json-contract.md"));
        var schema = JObject.Parse(File.ReadAllText(ContractSchema.SchemaPath));
        var names = schema.Descendants().OfType<JProperty>()
            .Where(p => p.Name == "properties").SelectMany(p => ((JObject)p.Value).Properties().Select(q => q.Name))
            .Distinct(StringComparer.Ordinal).ToList();
        var relationTypes = schema["$defs"]!["relation"]!["properties"]!["type"]!["enum"]!.Values<string>().ToList();
        Assert.Multiple(() =>
        {
            foreach (var name in names.Concat(relationTypes))
                Assert.That(Regex.IsMatch(contract, "`" + Regex.Escape(name!) + "`"), Is.True, $"docs/json-contract.md does not name `{name}`");
        });
    }
}
