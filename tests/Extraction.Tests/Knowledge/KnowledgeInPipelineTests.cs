using Extraction.Records;
using Extraction.Serialization;

namespace Extraction.Tests.Knowledge;

/// <summary>
/// Person countries from the embedded knowledge of heads of state and government, on sentences written for these
/// tests about real office holders (none of them in the dev set).
/// </summary>
public sealed class KnowledgeInPipelineTests
{
    private static ExtractionResult Extract(string text) => FrenchNewsExtractor.Shared.Extract(text);

    private static Person Single(ExtractionResult result, string name)
    {
        var matches = result.People.Where(p => p.Name == name).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"people: {string.Join(", ", result.People.Select(p => p.Name))}");
        return matches[0];
    }

    private static Relation Represents(ExtractionResult result, Person person) =>
        result.Relations.Single(r => r.Type == RelationTypes.Represents && r.Subject == person.Id);

    [Test]
    public void A_head_of_government_in_office_at_the_reference_date()
    {
        var result = Extract("date 2019-06-12\nJustin Trudeau a reçu mardi une délégation d'industriels de l'automobile.");
        var person = Single(result, "Justin Trudeau");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.EqualTo("CA"));
            Assert.That(person.Knowledge?.Office, Is.EqualTo(LeaderOffices.HeadOfGovernment));
            Assert.That(person.Knowledge?.Title, Is.EqualTo("Prime Minister"));
            Assert.That(person.Knowledge?.From, Is.EqualTo("2015-11-04"));
            Assert.That(person.Knowledge?.Source, Is.EqualTo("CIA World Factbook"));
            Assert.That(Represents(result, person).Basis, Is.EqualTo(RelationBases.Knowledge));
        });
    }

    [Test]
    public void The_same_name_outside_the_tenure_gets_no_country()
    {
        var person = Single(Extract("date 2008-03-02\nJustin Trudeau a reçu mardi une délégation d'industriels de l'automobile."), "Justin Trudeau");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.Null);
            Assert.That(person.Knowledge, Is.Null);
        });
    }

    [Test]
    public void A_surname_only_mention()
    {
        var result = Extract("date 2019-06-12\nLe Premier ministre Trudeau a reçu mardi une délégation d'industriels de l'automobile.");
        Assert.That(result.People.Single().Country, Is.EqualTo("CA"));
    }

    [Test]
    public void A_homonym_in_several_countries_gets_no_country_without_a_cue()
    {
        // Elizabeth II was the chief of state of about fifteen countries in 2015.
        var person = Single(Extract("date 2015-06-10\nLa reine Elizabeth II a reçu mardi des représentants d'associations caritatives."), "Elizabeth II");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.Null);
            Assert.That(person.Knowledge, Is.Null);
        });
    }

    [Test]
    public void No_reference_date_any_tenure_with_a_lower_confidence()
    {
        var undated = Single(Extract("Narendra Modi a inauguré un barrage sur le fleuve."), "Narendra Modi");
        var dated = Single(Extract("date 2019-06-12\nNarendra Modi a inauguré un barrage sur le fleuve."), "Narendra Modi");
        Assert.Multiple(() =>
        {
            Assert.That(undated.Country, Is.EqualTo("IN"));
            Assert.That(undated.Knowledge!.Confidence, Is.LessThan(dated.Knowledge!.Confidence));
        });
    }

    [Test]
    public void A_text_cue_wins_over_knowledge()
    {
        var result = Extract("date 2019-06-12\nLe ministre belge de l'Économie, Justin Trudeau, a reçu mardi une délégation d'industriels.");
        var person = Single(result, "Justin Trudeau");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.EqualTo("BE"));
            Assert.That(person.Knowledge, Is.Null, "the Canadian prime minister is not a Belgian minister");
            Assert.That(Represents(result, person).Basis, Is.EqualTo(RelationBases.RoleAdjective));
        });
    }

    [Test]
    public void Elimination_from_the_text_wins_over_knowledge()
    {
        // The text makes the counterpart of a Senegalese president Moroccan; knowledge would say Canadian.
        var result = Extract("date 2019-06-12\nLe Maroc et le Sénégal ont signé un accord. Le président sénégalais Amadou Sall a reçu son homologue Justin Trudeau.");
        var person = Single(result, "Justin Trudeau");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.EqualTo("MA"));
            Assert.That(Represents(result, person).Basis, Is.EqualTo(RelationBases.Elimination));
        });
    }

    [Test]
    public void A_vice_president()
    {
        var person = Single(Extract("date 2022-03-10\nLa vice-présidente Kamala Harris s'est rendue jeudi à Varsovie."), "Kamala Harris");
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.EqualTo("US"));
            Assert.That(person.Knowledge?.Office, Is.EqualTo(LeaderOffices.VicePresident));
        });
    }

    [Test]
    public void Knowledge_feeds_the_counterpart_inference()
    {
        // Trudeau is Canadian from knowledge; "son homologue" in a Canada–Ghana story is then Ghanaian.
        var result = Extract("date 2019-06-12\nLe Canada et le Ghana ont signé un accord. Justin Trudeau a reçu à Ottawa son homologue Kojo Mensah.");
        Assert.That(Single(result, "Kojo Mensah").Country, Is.EqualTo("GH"));
    }

    [Test]
    public void Json_has_knowledge_and_basis()
    {
        var json = ExtractionJson.Serialize(Extract("date 2019-06-12\nJustin Trudeau a reçu mardi une délégation d'industriels de l'automobile."), indented: false);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"knowledge\":{\"office\":\"head of government\",\"title\":\"Prime Minister\",\"country\":\"CA\",\"from\":\"2015-11-04\",\"to\":\"2025-03-14\",\"source\":\"CIA World Factbook\""));
            Assert.That(json, Does.Contain("\"basis\":\"knowledge\""));
        });
    }

    [Test]
    public void Html_tooltip_and_tables_show_the_knowledge_and_the_basis()
    {
        const string text = "date 2019-06-12\nJustin Trudeau a reçu mardi une délégation d'industriels de l'automobile.";
        var html = Extraction.Rendering.HtmlReport.Render(text, Extract(text), "article.txt");
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("(knowledge) · Prime Minister, "));
            Assert.That(html, Does.Contain("2015-11-04 – 2025-03-14 (CIA World Factbook)"));
            Assert.That(html, Does.Contain("<th>Basis</th>"));
        });
    }
}
