using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>Person countries by context, venue cities, instrument sets and relation evidence (invented people).</summary>
public sealed class CountriesAndRelationsTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static readonly object[] PersonCountryCases =
    [
        // a side named in the sentence
        new object[] { "Représentant la partie marocaine, Mme Leila Bensaïd a salué un accord équilibré.", "Leila Bensaïd", "MA" },
        // a nationality on a government noun wins over a nearer adjective
        new object[] { "Les autorités ghanéennes ont réclamé le départ des instructeurs français : le président Kojo Mensah les juge inutiles.", "Kojo Mensah", "GH" },
        // a possessive office belongs to the country named before it
        new object[] { "« Le Bénin a toujours soutenu le peuple togolais », a déclaré son ministre des Affaires étrangères, Firmin Adjovi.", "Firmin Adjovi", "BJ" },
        // an office holder paired with a foreign one belongs to the other country of the story
        new object[] { "Le Ghana et le Togo renforcent leurs liens. Le roi Kwaku II et le président togolais, Faure Adjavon, ont inauguré lundi un pont sur la rivière.", "Kwaku II", "GH" },
        // a visiting office holder comes from the other country
        new object[] { "Le Ghana et le Togo renforcent leurs liens. Lors d'une visite du roi Kwaku II à Lomé, les deux pays ont lancé un projet de gazoduc.", "Kwaku II", "GH" },
        // a co-signatory without adjective gets the other party by elimination
        new object[] { "Le ministre égyptien de l'Énergie, Tarek Mansour, et le ministre de l'Énergie, Yaw Osei, ont signé un accord entre l'Égypte et le Ghana.", "Yaw Osei", "GH" },
    ];

    [TestCaseSource(nameof(PersonCountryCases))]
    public void Person_country_from_context(string body, string name, string country) =>
        Assert.That(Extract(body).People.Single(p => p.Name == name).Country, Is.EqualTo(country));

    [Test]
    public void Son_homologue_is_the_counterpart_of_the_sentence_subject()
    {
        var r = Extract("Le président du Ghana, Kojo Mensah, a reçu le ministre togolais des Affaires étrangères, Komi Agbeko, porteur d'un message de son homologue Faure Adjavon.");
        var counterpart = r.People.Single(p => p.Name == "Faure Adjavon");
        Assert.Multiple(() =>
        {
            Assert.That(counterpart.Country, Is.EqualTo("TG"));
            Assert.That(counterpart.Roles.Select(x => x.Title), Does.Contain("président"));
        });
    }

    [Test]
    public void A_city_that_is_only_a_venue_is_not_a_country()
    {
        var r = Extract("Les ministres sénégalais et gambien se sont réunis à Addis-Abeba en marge du sommet.");
        Assert.That(r.Countries.Select(c => c.Code), Is.EquivalentTo(new[] { "SN", "GM" }));
    }

    [Test]
    public void A_capital_standing_for_its_government_is_a_country()
    {
        var r = Extract("Rabat et Nouakchott ont salué la décision.");
        Assert.That(r.Countries.Select(c => (c.Code, c.Mentions[0].Kind)), Is.EquivalentTo(new[] { ("MA", CountryMentionKind.Capital), ("MR", CountryMentionKind.Capital) }));
    }

    [Test]
    public void A_set_of_instruments_never_split_is_one_agreement_with_its_plural_type()
    {
        var r = Extract("Le Rwanda et le Bénin ont signé jeudi neuf accords de coopération dans les domaines de la santé et de l'éducation.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Type, Does.StartWith("accords de coopération"));
            Assert.That(a.Parties.Select(p => p.Code), Is.EquivalentTo(new[] { "RW", "BJ" }));
        });
    }

    [Test]
    public void Relations_carry_the_sentence_that_supports_them()
    {
        const string sentence = "Le ministre ivoirien des Mines, Serge Kouamé, a reçu mardi son homologue burkinabè, Issa Ouédraogo.";
        var text = " date 2024-05-10 " + sentence;
        var r = FrenchNewsExtractor.Shared.Extract(text);
        Assert.Multiple(() =>
        {
            Assert.That(r.Relations.Select(x => x.Type), Is.SupersetOf(new[] { RelationTypes.HoldsRole, RelationTypes.Represents, RelationTypes.MetWith }));
            foreach (var relation in r.Relations)
            {
                Assert.That(relation.Evidence.Text, Is.EqualTo(sentence));
                Assert.That(text.Substring(relation.Evidence.Start, relation.Evidence.End - relation.Evidence.Start), Is.EqualTo(relation.Evidence.Text));
                Assert.That(relation.Confidence, Is.InRange(0.0, 1.0));
            }
            var met = r.Relations.Single(x => x.Type == RelationTypes.MetWith);
            Assert.That(met.Date, Is.EqualTo("2024-05-07"));
        });
    }

    [Test]
    public void Ambiguous_congolais_is_resolved_against_the_counterpart()
    {
        var r = Extract("Le ministre des Affaires étrangères de la République démocratique du Congo, Jean Mbuyi, et son homologue congolais, Rodrigue Itoua, ont signé un accord.");
        Assert.Multiple(() =>
        {
            Assert.That(r.People.Single(p => p.Name == "Jean Mbuyi").Country, Is.EqualTo("CD"));
            Assert.That(r.People.Single(p => p.Name == "Rodrigue Itoua").Country, Is.EqualTo("CG"));
        });
    }
}
