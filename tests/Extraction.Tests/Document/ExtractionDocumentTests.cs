using Extraction.Document;
using Extraction.Entities;
using Extraction.Records;
using Extraction.Relations;
using Extraction.Serialization;
using Extraction.Tests.Entities;
using Extraction.Tests.Support;
using Extraction.Text;

namespace Extraction.Tests.Document;

/// <summary>The document's layers and the stage list, on small documents written for these tests (invented people).</summary>
public sealed class ExtractionDocumentTests
{
    private static ExtractionDocument Empty() => new(SourceText.Read("Un texte."), null, ConfidenceTable.Default);

    [Test]
    public void A_layer_read_before_its_stage_ran_throws() =>
        Assert.That(() => Empty().Tokens, Throws.InvalidOperationException.With.Message.Contains("tokens"));

    [Test]
    public void A_layer_written_twice_throws()
    {
        var document = Empty();
        document.Tokens = [];
        Assert.That(() => document.Tokens = [], Throws.InvalidOperationException.With.Message.Contains("Tokens"));
    }

    [Test]
    public void The_stages_are_the_stage_names_in_order_each_once()
    {
        var declared = typeof(StageNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.That(TestDocuments.Pipeline.Stages.Select(s => s.Name), Is.EqualTo(declared));
        Assert.That(declared, Is.Unique);
    }

    [Test]
    public void Running_through_an_unknown_stage_throws() =>
        Assert.That(() => TestDocuments.Through("Un texte.", "no-such-stage"), Throws.ArgumentException);

    [Test]
    public void The_stages_one_by_one_give_what_Extract_gives()
    {
        const string text = "date 2024-05-14\nLe président sénégalais Amadou Sall a reçu mardi à Dakar le ministre togolais de la Santé, Koffi Mensah. "
            + "Les deux pays ont signé un accord de coopération sanitaire.";
        var document = TestDocuments.Through(text, StageNames.Records);
        Assert.That(ExtractionJson.Serialize(document.Result), Is.EqualTo(ExtractionJson.Serialize(FrenchNewsExtractor.Shared.Extract(text))));
    }

    [Test]
    public void Nationality_is_a_layer_the_people_s_facts_get_only_when_it_is_applied()
    {
        const string text = "Le ministre malien de la Santé, Issa Traoré, a parlé.";
        var decided = TestDocuments.Through(text, StageNames.Nationality);
        var person = decided.People.Single(p => p.Longest.Name == "Issa Traoré");
        Assert.Multiple(() =>
        {
            Assert.That((decided.LinkedFacts[person].Country, decided.LinkedFacts[person].CountryBasis), Is.EqualTo(((string?)null, (string?)null)));
            Assert.That(decided.Nationality.Countries.Single(c => c.Person == person), Is.EqualTo(new PersonCountry(person, "ML", RelationBases.RoleAdjective)));
            Assert.That(() => decided.NationalFacts, Throws.InvalidOperationException, "the table is made by apply-nationality");
        });
        var applied = TestDocuments.Through(text, StageNames.ApplyNationality);
        var facts = applied.NationalFacts[applied.People.Single(p => p.Longest.Name == "Issa Traoré")];
        Assert.That((facts.Country, facts.CountryBasis), Is.EqualTo(("ML", RelationBases.RoleAdjective)));
    }

    [Test]
    public void An_apply_stage_makes_a_new_table_and_leaves_the_earlier_one_unchanged()
    {
        var document = TestDocuments.Through("Le ministre malien de la Santé, Issa Traoré, a parlé.", StageNames.ApplyNationality);
        var person = document.People.Single(p => p.Longest.Name == "Issa Traoré");
        var (linked, national) = (document.LinkedFacts[person], document.NationalFacts[person]);
        Assert.Multiple(() =>
        {
            Assert.That(document.NationalFacts, Is.Not.SameAs(document.LinkedFacts));
            Assert.That((linked.Country, linked.CountryBasis), Is.EqualTo(((string?)null, (string?)null)), "the earlier table keeps its facts");
            Assert.That((national.Country, national.CountryBasis), Is.EqualTo(("ML", RelationBases.RoleAdjective)));
            Assert.That(national.Roles, Is.EqualTo(linked.Roles), "the new table keeps what the earlier one held");
            Assert.That(linked.Roles.Select(r => r.Title), Is.EqualTo(new[] { "ministre de la Santé" }));
        });
    }

    [Test]
    public void A_known_leader_is_a_knowledge_match_with_the_office_country_when_the_text_gives_none()
    {
        var document = TestDocuments.Through("date 2019-06-12\nJustin Trudeau a reçu mardi une délégation d'industriels.", StageNames.Knowledge);
        var match = document.Knowledge.Single();
        Assert.Multiple(() =>
        {
            Assert.That(match.Person.Longest.Name, Is.EqualTo("Justin Trudeau"));
            Assert.That(match.Country, Is.EqualTo("CA"));
            Assert.That(document.LinkedFacts[match.Person].Knowledge, Is.Null, "the knowledge is in the table apply-nationality makes, not before");
        });
    }

    [Test]
    public void A_country_the_text_gives_is_not_replaced_by_knowledge()
    {
        var document = TestDocuments.Through("date 2019-06-12\nLe Premier ministre canadien Justin Trudeau a parlé.", StageNames.Nationality);
        var match = document.Knowledge.Single();
        Assert.Multiple(() =>
        {
            Assert.That(match.Country, Is.Null);
            Assert.That(document.Nationality.Countries.Single(c => c.Person == match.Person).Basis, Is.Not.EqualTo(RelationBases.Knowledge));
        });
    }

    [Test]
    public void A_meeting_links_the_first_person_of_the_sentence_to_the_other_with_its_date()
    {
        var document = TestDocuments.Through(
            "date 2024-05-14\nLe président sénégalais Amadou Sall a reçu le 3 mai 2024 le ministre togolais Koffi Mensah.", StageNames.Meetings);
        var meeting = document.Meetings.Single();
        Assert.That((meeting.Host.Longest.Name, meeting.Guest.Longest.Name, meeting.Sentence, meeting.Date),
            Is.EqualTo(("Amadou Sall", "Koffi Mensah", 0, (string?)"2024-05-03")));
    }

    [Test]
    public void A_sentence_without_a_meeting_cue_is_no_meeting() =>
        Assert.That(TestDocuments.Through("Le président sénégalais Amadou Sall et le ministre togolais Koffi Mensah ont parlé.", StageNames.Meetings).Meetings,
            Is.Empty);

    [Test]
    public void A_domestic_story_gives_its_office_holders_the_home_country_as_a_layer()
    {
        const string text = "La Tunisie lance un plan. Le ministre de l'Intérieur Karim Ben Salah a présenté le plan. La Tunisie attend des résultats.";
        var document = TestDocuments.Through(text, StageNames.Domestic);
        var person = document.People.Single(p => p.Longest.Name == "Karim Ben Salah");
        Assert.Multiple(() =>
        {
            Assert.That(document.SignatoryFacts[person].Country, Is.Null);
            Assert.That(document.Domestic, Is.EqualTo(new[] { new PersonCountry(person, "TN", RelationBases.Domestic) }));
        });
    }

    [Test]
    public void Applying_gives_knowledge_countries_and_counterpart_titles_after_the_linked_roles()
    {
        var person = new PersonEntity(0, [new NameMention(0, 2, -1, "Issa Traoré", ["issa", "traore"], NameEvidence.Lexical)]);
        var mention = TestDocuments.Through("Le ministre Issa Traoré a parlé.", StageNames.Roles).Roles.Single();
        var (linkedRole, title) = (new LinkedRole(mention, "ministre", null), new LinkedRole(mention, "ministre", "ML", RelationBases.Homologue));
        var knowledge = new LeaderKnowledge("head_of_state", "President", "ML", "2020-01-01", null, "test", 0.9);
        var linked = PersonLayers.Apply(new PersonTable(1), new RoleLinkLayer([new PersonRole(person, linkedRole)], [], []));
        var applied = PersonLayers.Apply(linked, [new KnowledgeMatch(person, knowledge, "ML")],
            new NationalityLayer([new PersonCountry(person, "ML", RelationBases.Knowledge)], [new CounterpartTitle(person, title)]));
        Assert.Multiple(() =>
        {
            Assert.That((applied[person].Knowledge, applied[person].Country, applied[person].CountryBasis), Is.EqualTo((knowledge, "ML", RelationBases.Knowledge)));
            Assert.That(applied[person].Roles, Is.EqualTo(new[] { linkedRole, title }), "the linked roles, then the counterpart's title");
            Assert.That(linked[person].Roles, Is.EqualTo(new[] { linkedRole }), "the earlier table is unchanged");
            Assert.That((linked[person].Knowledge, linked[person].Country, linked[person].CountryBasis),
                Is.EqualTo(((LeaderKnowledge?)null, (string?)null, (string?)null)));
        });
    }

    [Test]
    public void A_later_country_layer_overwrites_the_country_and_basis_in_the_new_table_only()
    {
        var person = new PersonEntity(0, [new NameMention(0, 2, -1, "Issa Traoré", ["issa", "traore"], NameEvidence.Lexical)]);
        var first = PersonLayers.Apply(new PersonTable(1), [new PersonCountry(person, "ML", RelationBases.RoleAdjective)]);
        var second = PersonLayers.Apply(first, [new PersonCountry(person, "SN", RelationBases.Domestic)]);
        Assert.Multiple(() =>
        {
            Assert.That((first[person].Country, first[person].CountryBasis), Is.EqualTo(("ML", RelationBases.RoleAdjective)));
            Assert.That((second[person].Country, second[person].CountryBasis), Is.EqualTo(("SN", RelationBases.Domestic)));
        });
    }

    private const string TwoCountryAgreement =
        "date 2024-05-14\nLe ministre sénégalais de la Pêche, Moussa Ndiaye, et Lamin Jatta ont signé jeudi un accord de pêche entre le Sénégal et la Gambie.";

    [Test]
    public void The_country_a_signatory_gets_by_elimination_is_a_layer_written_when_it_is_applied()
    {
        var assembled = TestDocuments.Through(TwoCountryAgreement, StageNames.Agreements);
        var person = assembled.People.Single(p => p.Longest.Name == "Lamin Jatta");
        var agreement = assembled.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(assembled.NationalFacts[person].Country, Is.Null);
            Assert.That(assembled.AgreementCountries, Is.EqualTo(new[] { new PersonCountry(person, "GM", null) }));
            Assert.That(agreement.Countries, Is.EqualTo(new[] { "SN", "GM" }));
        });
        var applied = TestDocuments.Through(TwoCountryAgreement, StageNames.ApplyAgreements);
        var jattaFacts = applied.SignatoryFacts[applied.People.Single(p => p.Longest.Name == "Lamin Jatta")];
        Assert.That((jattaFacts.Country, jattaFacts.CountryBasis), Is.EqualTo(("GM", (string?)null)));
        var result = FrenchNewsExtractor.Shared.Extract(TwoCountryAgreement);
        var jatta = result.People.Single(p => p.Name == "Lamin Jatta");
        var represents = result.Relations.Single(r => r.Type == RelationTypes.Represents && r.Subject == jatta.Id);
        Assert.That((jatta.Country, represents.Object), Is.EqualTo(((string?)"GM", "GM")));
    }

    [Test]
    public void A_signatory_country_given_by_an_earlier_agreement_counts_as_known_for_the_next()
    {
        var ndiaye = new PersonEntity(0, [new NameMention(0, 2, -1, "Moussa Ndiaye", ["moussa", "ndiaye"], NameEvidence.Lexical)]);
        var jatta = new PersonEntity(1, [new NameMention(3, 5, -1, "Lamin Jatta", ["lamin", "jatta"], NameEvidence.Lexical)]);
        var sow = new PersonEntity(2, [new NameMention(6, 8, -1, "Malik Sow", ["malik", "sow"], NameEvidence.Lexical)]);
        var facts = PersonLayers.Apply(new PersonTable(3), [new PersonCountry(ndiaye, "SN", null)]);
        var mention = AgreementTestDocument.Mentions("Un accord de pêche a été signé.").Single();
        AgreementEntity Agreement(params PersonEntity[] signatories)
        {
            var a = new AgreementEntity(mention);
            a.AddCountry("SN", RelationBases.PartiesBetween);
            a.AddCountry("GM", RelationBases.PartiesBetween);
            foreach (var p in signatories) a.AddSignatory(p, RelationBases.Agent);
            return a;
        }
        // the first gives Jatta the Gambia; the second then knows two countries and gives Sow none
        var given = AgreementSignatoryCountries.Eliminate([Agreement(ndiaye, jatta), Agreement(ndiaye, jatta, sow)], facts, ["SN", "GM"]);
        Assert.Multiple(() =>
        {
            Assert.That(given, Is.EqualTo(new[] { new PersonCountry(jatta, "GM", null) }));
            Assert.That(facts[jatta].Country, Is.Null);
            Assert.That(AgreementSignatoryCountries.CountryOf(jatta, facts, given), Is.EqualTo("GM"));
        });
    }
}
