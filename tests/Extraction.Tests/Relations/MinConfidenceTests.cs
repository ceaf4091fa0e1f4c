using Extraction.Records;
using Extraction.Relations;
using Extraction.Serialization;
using Extraction.Tests.Support;

namespace Extraction.Tests.Relations;

/// <summary><see cref="ExtractionOptions.MinConfidence"/>: 0 changes nothing; above 0 the result stays self-consistent.</summary>
public sealed class MinConfidenceTests
{
    private const string Story =
        "Le ministre marocain des Affaires étrangères, Nasser Bourita, a reçu mardi à Rabat son homologue gambien, " +
        "Mamadou Tangara. Les deux ministres ont signé un accord de coopération entre le Maroc et la Gambie. " +
        "Un certain Paul Ndiaye était présent.";

    public static IEnumerable<TestCaseData> Documents() =>
        RepoPaths.AllDocuments().Where((_, i) => i % 9 == 0).Take(6)
            .Select(f => new TestCaseData(f).SetName($"Doc_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Documents))]
    public void Zero_gives_the_same_json_as_no_option(string path)
    {
        var text = File.ReadAllText(path);
        var plain = ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(text));
        var zero = ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(text, new ExtractionOptions { MinConfidence = 0 }));
        Assert.That(zero, Is.EqualTo(plain));
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_threshold_leaves_a_consistent_result(string path)
    {
        var text = File.ReadAllText(path);
        var full = FrenchNewsExtractor.Shared.Extract(text);
        foreach (var min in new[] { 0.5, 0.7, 0.76, 0.8, 0.86, 0.91, 0.96 })
        {
            var result = FrenchNewsExtractor.Shared.Extract(text, new ExtractionOptions { MinConfidence = min });
            AssertConsistent(result, min);
            // Nothing at or above the threshold is lost for its own sake: every kept person of the full result with
            // enough confidence is still there.
            Assert.That(result.People.Select(p => p.Id), Is.EquivalentTo(full.People.Where(p => p.Confidence >= min).Select(p => p.Id)));
        }
    }

    [Test]
    public void A_dropped_person_takes_its_relations_roles_and_signatures_along()
    {
        var mention = new Mention(0, 1, "x");
        var people = new[]
        {
            new Person("person-1", "A B", "MA", [new Role("ministre", "MA", "org-1", mention, 0.9)], [mention], 0.9),
            new Person("person-2", "C D", "GM", [new Role("ministre", "GM", null, mention, 0.9)], [mention], 0.5),
        };
        var relations = new[]
        {
            new Relation(RelationTypes.HoldsRole, "person-1", "ministre", mention, null, 0.9),
            new Relation(RelationTypes.MemberOf, "person-1", "org-1", mention, null, 0.9),
            new Relation(RelationTypes.Represents, "person-1", "MA", mention, null, 0.9),
            new Relation(RelationTypes.HoldsRole, "person-2", "ministre", mention, null, 0.9),
            new Relation(RelationTypes.Represents, "person-2", "GM", mention, null, 0.9),
            new Relation(RelationTypes.MetWith, "person-1", "person-2", mention, null, 0.9),
            new Relation(RelationTypes.SignatoryOf, "person-1", "agreement-1", mention, null, 0.9),
            new Relation(RelationTypes.SignatoryOf, "person-2", "agreement-1", mention, null, 0.9),
            new Relation(RelationTypes.PartyTo, "MA", "agreement-1", mention, null, 0.9),
            new Relation(RelationTypes.PartyTo, "GM", "agreement-1", mention, null, 0.4),
            new Relation(RelationTypes.PartyTo, "MA", "agreement-2", mention, null, 0.9),
        };
        var agreements = new[]
        {
            new Agreement("agreement-1", "accord", [AgreementParty.ForCountry("MA"), AgreementParty.ForCountry("GM")], ["person-1", "person-2"], null, null, "signed", [mention], 0.9),
            new Agreement("agreement-2", "traité", [AgreementParty.ForCountry("MA")], [], null, null, "negotiated", [mention], 0.6),
        };
        var countries = new[] { new Country("MA", "Maroc", [], 0.95), new Country("GM", "Gambie", [], 0.95) };
        var organizations = new[] { new Organization("org-1", "ONU", null, [mention], 0.6) };
        var result = new ExtractionResult(null, people, countries, organizations, [], agreements, relations);

        var filtered = ConfidenceFilter.Apply(result, 0.7);

        AssertConsistent(filtered, 0.7);
        Assert.That(filtered.People.Select(p => p.Id), Is.EqualTo(new[] { "person-1" }));
        Assert.That(filtered.People[0].Roles[0].Organization, Is.Null, "the dropped organization leaves the role");
        Assert.That(filtered.Agreements.Select(a => a.Id), Is.EqualTo(new[] { "agreement-1" }));
        Assert.That(filtered.Agreements[0].Signatories, Is.EqualTo(new[] { "person-1" }));
        Assert.That(filtered.Agreements[0].Parties, Is.EqualTo(new[] { AgreementParty.ForCountry("MA") }), "the weak party_to goes with its party");
        Assert.That(filtered.Relations.Select(r => (r.Type, r.Subject, r.Object)), Is.EqualTo(new[]
        {
            (RelationTypes.HoldsRole, "person-1", "ministre"),
            (RelationTypes.Represents, "person-1", "MA"),
            (RelationTypes.SignatoryOf, "person-1", "agreement-1"),
            (RelationTypes.PartyTo, "MA", "agreement-1"),
        }));
        Assert.That(ConfidenceFilter.Apply(result, 0), Is.SameAs(result));
    }

    [Test]
    public void A_weak_represents_clears_the_person_country()
    {
        var mention = new Mention(0, 1, "x");
        var result = new ExtractionResult(null,
            [new Person("person-1", "A B", "MA", [], [mention], 0.9)],
            [new Country("MA", "Maroc", [], 0.95)], [], [], [],
            [new Relation(RelationTypes.Represents, "person-1", "MA", mention, null, 0.3)]);
        var filtered = ConfidenceFilter.Apply(result, 0.5);
        Assert.That(filtered.People[0].Country, Is.Null);
        Assert.That(filtered.Relations, Is.Empty);
    }

    [Test]
    public void A_threshold_outside_0_1_is_rejected() =>
        Assert.Throws<ArgumentException>(() => FrenchNewsExtractor.Shared.Extract(Story, new ExtractionOptions { MinConfidence = 1.5 }));

    private static void AssertConsistent(ExtractionResult r, double min)
    {
        var people = r.People.ToDictionary(p => p.Id);
        var codes = r.Countries.Select(c => c.Code).ToHashSet();
        var orgs = r.Organizations.Select(o => o.Id).ToHashSet();
        var agreements = r.Agreements.ToDictionary(a => a.Id);
        Assert.Multiple(() =>
        {
            Assert.That(r.People.Select(p => p.Confidence).Concat(r.People.SelectMany(p => p.Roles.Select(x => x.Confidence)))
                .Concat(r.Countries.Select(c => c.Confidence)).Concat(r.Organizations.Select(o => o.Confidence))
                .Concat(r.Agreements.Select(a => a.Confidence)).Concat(r.Dates.Select(d => d.Confidence))
                .Concat(r.Relations.Select(x => x.Confidence)), Has.All.GreaterThanOrEqualTo(min));
            foreach (var p in r.People)
            {
                if (p.Country is { } c) Assert.That(codes, Does.Contain(c), $"{p.Id} country");
                foreach (var role in p.Roles)
                {
                    if (role.Country is { } rc) Assert.That(codes, Does.Contain(rc));
                    if (role.Organization is { } o) Assert.That(orgs, Does.Contain(o));
                }
            }
            foreach (var a in r.Agreements)
            {
                foreach (var s in a.Signatories) Assert.That(people, Does.ContainKey(s), $"{a.Id} signatory");
                foreach (var party in a.Parties) Assert.That(party.Code is { } c ? codes.Contains(c) : orgs.Contains(party.Organization!), $"{a.Id} party");
            }
            foreach (var x in r.Relations)
            {
                switch (x.Type)
                {
                    case RelationTypes.HoldsRole:
                        Assert.That(people.TryGetValue(x.Subject, out var p) && p.Roles.Any(t => t.Title == x.Object), $"{x.Type} {x.Subject}");
                        break;
                    case RelationTypes.Represents:
                        Assert.That(people.TryGetValue(x.Subject, out var q) && q.Country == x.Object, $"{x.Type} {x.Subject}");
                        break;
                    case RelationTypes.MemberOf:
                        Assert.That(people.ContainsKey(x.Subject) && orgs.Contains(x.Object), $"{x.Type} {x.Subject}");
                        break;
                    case RelationTypes.MetWith:
                        Assert.That(people.ContainsKey(x.Subject) && people.ContainsKey(x.Object), $"{x.Type} {x.Subject}");
                        break;
                    case RelationTypes.SignatoryOf:
                        Assert.That(agreements.TryGetValue(x.Object, out var a) && a.Signatories.Contains(x.Subject), $"{x.Type} {x.Subject}");
                        break;
                    case RelationTypes.PartyTo:
                        Assert.That(agreements.TryGetValue(x.Object, out var b) && b.Parties.Any(t => (t.Code ?? t.Organization) == x.Subject), $"{x.Type} {x.Subject}");
                        break;
                    case RelationTypes.SignedOn:
                        Assert.That(agreements.TryGetValue(x.Subject, out var d) && d.Date == x.Object, $"{x.Type} {x.Subject}");
                        break;
                }
            }
        });
    }
}
