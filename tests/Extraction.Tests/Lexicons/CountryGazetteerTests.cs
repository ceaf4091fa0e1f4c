using Extraction.Lexicons;
using Extraction.Tokenization;

namespace Extraction.Tests.Lexicons;

public sealed class CountryGazetteerTests
{
    // Input → expected matches "surface|CODE|kind[|ALT,ALT]" in text order.
    private static readonly object[] Cases =
    [
        new object[] { "Le président a visité l'Algérie.", new[] { "Algérie|DZ|Name" } },
        new object[] { "Il s'est rendu aux Émirats arabes unis puis au Royaume-Uni.", new[] { "Émirats arabes unis|AE|Name", "Royaume-Uni|GB|Name" } },
        new object[] { "La RDC et le Rwanda ont signé.", new[] { "RDC|CD|Name", "Rwanda|RW|Name" } },
        new object[] { "Le Royaume du Maroc a annoncé", new[] { "Royaume du Maroc|MA|Name" } },
        new object[] { "les autorités marocaines ont salué", new[] { "marocaines|MA|Demonym" } },
        new object[] { "Les Israéliens et les Palestiniens", new[] { "Israéliens|IL|Demonym", "Palestiniens|PS|Demonym" } },
        new object[] { "la Guinée-Bissau et la Guinée", new[] { "Guinée-Bissau|GW|Name", "Guinée|GN|Name" } },
        new object[] { "la Guinée équatoriale", new[] { "Guinée équatoriale|GQ|Name" } },
        new object[] { "la Papouasie-Nouvelle-Guinée", new[] { "Papouasie-Nouvelle-Guinée|PG|Name" } },
        new object[] { "le gouvernement nigérien et l'armée nigériane", new[] { "nigérien|NE|Demonym", "nigériane|NG|Demonym" } },
        new object[] { "Pékin a protesté", new[] { "Pékin|CN|Capital" } },
        new object[] { "Washington a salué l'accord", new[] { "Washington|US|Capital" } },
        new object[] { "la piraterie dans le golfe de Guinée", Array.Empty<string>() },
        new object[] { "le fleuve Niger traverse le Niger", new[] { "Niger|NE|Name" } },
        new object[] { "l'Irlande du Nord et l'Irlande", new[] { "Irlande|IE|Name" } },
        new object[] { "le Soudan du Sud et le Soudan", new[] { "Soudan du Sud|SS|Name", "Soudan|SD|Name" } },
        new object[] { "la Corée du Nord et la Corée du Sud", new[] { "Corée du Nord|KP|Name", "Corée du Sud|KR|Name" } },
        new object[] { "le Congo voisin", new[] { "Congo|CG|Name|CD" } },
        new object[] { "la République démocratique du Congo", new[] { "République démocratique du Congo|CD|Name" } },
        new object[] { "des soldats congolais", new[] { "congolais|CG|Demonym|CD" } },
        new object[] { "entre Rabat et Tel Aviv, puis Tel-Aviv", new[] { "Rabat|MA|Capital", "Tel Aviv|IL|Capital", "Tel-Aviv|IL|Capital" } },
        new object[] { "à N'Djamena et au Caire", new[] { "N'Djamena|TD|Capital", "Caire|EG|Capital" } },
        new object[] { "en Côte d'Ivoire", new[] { "Côte d'Ivoire|CI|Name" } },
        new object[] { "les Etats-Unis", new[] { "Etats-Unis|US|Name" } },
        new object[] { "du Niger, des Comores et de la France", new[] { "Niger|NE|Name", "Comores|KM|Name", "France|FR|Name" } },
        new object[] { "le conflit israélo-palestinien", new[] { "israélo|IL|Demonym", "palestinien|PS|Demonym" } },
        new object[] { "un sommet franco-allemand", new[] { "franco|FR|Demonym", "allemand|DE|Demonym" } },
        new object[] { "la culture anglo-saxonne", Array.Empty<string>() },
        new object[] { "les séparatistes pro-russes", new[] { "russes|RU|Demonym" } },
        new object[] { "Maroc Telecom a annoncé", Array.Empty<string>() },
        new object[] { "Dominique de Villepin et Maurice Kamto", Array.Empty<string>() },
        new object[] { "à Maurice, le gouvernement", new[] { "Maurice|MU|Name" } },
        new object[] { "le Marocain Hakim Ziyech", new[] { "Marocain|MA|Demonym" } },
        new object[] { "l'État hébreu", new[] { "État hébreu|IL|Other" } },
        new object[] { "la chine de porcelaine", Array.Empty<string>() },
        new object[] { "MAROC : le roi", new[] { "MAROC|MA|Name" } },
        new object[] { "la Nouvelle-Calédonie et la Nouvelle-Guinée", Array.Empty<string>() },
        new object[] { "les ministres émiratis et saoudiens", new[] { "émiratis|AE|Demonym", "saoudiens|SA|Demonym" } },
        new object[] { "Djibouti", new[] { "Djibouti|DJ|Name" } },
        new object[] { "les USA, les EAU et la RCA", new[] { "USA|US|Name", "EAU|AE|Name", "RCA|CF|Name" } },
        new object[] { "la Centrafrique, le Congo-Brazzaville et le Congo-Kinshasa", new[] {
            "Centrafrique|CF|Name", "Congo-Brazzaville|CG|Name", "Congo-Kinshasa|CD|Name" } },
        new object[] { "la Grande-Bretagne et les Émirats", new[] { "Grande-Bretagne|GB|Name", "Émirats|AE|Name" } },
        new object[] { "l'eau potable", Array.Empty<string>() },
        new object[] { "les marchés sud-américains et nord-irlandais", Array.Empty<string>() },
        new object[] { "les forces sud-africaines et nord-coréennes", new[] { "sud-africaines|ZA|Demonym", "nord-coréennes|KP|Demonym" } },
        new object[] { "ETATS-UNIS : la Maison-Blanche", new[] { "ETATS-UNIS|US|Name" } },
        new object[] { "la République du Congo", new[] { "République du Congo|CG|Name" } },
        new object[] { "les Burkinabè et la junte burkinabè", new[] { "Burkinabè|BF|Demonym", "burkinabè|BF|Demonym" } },
        new object[] { "un portrait de George Washington à Paris", new[] { "Paris|FR|Capital" } },
        new object[] { "Hier Washington a répondu", new[] { "Washington|US|Capital" } },
        new object[] { "le canal de Panama et le Panama", new[] { "Panama|PA|Name" } },
        new object[] { "la plaque indo-australienne", Array.Empty<string>() },
        new object[] { "Sud-Soudan, Nord-Mali et nord-Mali", new[] { "Sud-Soudan|SS|Name", "Mali|ML|Name", "Mali|ML|Name" } },
        new object[] { "les relations algéro-marocaines", new[] { "algéro|DZ|Demonym", "marocaines|MA|Demonym" } },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Finds_country_forms(string text, string[] expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var found = CountryGazetteer.Default.Find(text, tokens)
            .Select(m => $"{text[m.Span.Start..m.Span.End]}|{m.Code}|{m.Kind}" + (m.AlternativeCodes is { } alt ? "|" + string.Join(",", alt) : ""))
            .ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void Span_excludes_article_and_tokens_cover_the_form()
    {
        const string text = "Il vit au Royaume-Uni et dans l'Union.";
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var match = CountryGazetteer.Default.Find(text, tokens).Single();
        Assert.Multiple(() =>
        {
            Assert.That(text[match.Span.Start..match.Span.End], Is.EqualTo("Royaume-Uni"));
            Assert.That(tokens[match.FirstToken].Start, Is.EqualTo(match.Span.Start));
            Assert.That(tokens[match.EndToken - 1].End, Is.EqualTo(match.Span.End));
        });
    }

    [TestCase("Rabat a salué la décision", false)]
    [TestCase("Il est arrivé à Rabat mardi", true)]
    [TestCase("depuis Pékin, le ministre", true)]
    [TestCase("jusqu'à Dakar", true)]
    [TestCase("Bruxelles mobilisera 200 millions", true)]
    [TestCase("au sommet d'Addis-Abeba", true)]
    [TestCase("le Maroc", false)]
    public void Tells_capitals_used_as_places(string text, bool expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var match = CountryGazetteer.Default.Find(text, tokens).First();
        Assert.That(CountryGazetteer.Default.IsPlaceUse(text, tokens, match), Is.EqualTo(expected));
    }

    [TestCase("des cours de français", true)]
    [TestCase("traduit en portugais", true)]
    [TestCase("il parle l'espagnol", true)]
    [TestCase("le gouvernement français", false)]
    [TestCase("des milliers de Français", false)]
    [TestCase("de marocains", false)]
    public void Tells_languages_from_demonyms(string text, bool expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var match = CountryGazetteer.Default.Find(text, tokens).Single();
        Assert.That(CountryGazetteer.Default.IsLanguageUse(text, tokens, match), Is.EqualTo(expected));
    }

    [TestCase("MA", "Maroc")]
    [TestCase("CD", "République démocratique du Congo")]
    [TestCase("US", "États-Unis")]
    [TestCase("VN", "Vietnam")]
    public void Names_the_country(string code, string name) =>
        Assert.That(CountryGazetteer.Default.Name(code), Is.EqualTo(name));

    [Test]
    public void Knows_articles()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CountryGazetteer.Default.Info("MA")!.Article, Is.EqualTo("le"));
            Assert.That(CountryGazetteer.Default.Info("FR")!.Article, Is.EqualTo("la"));
            Assert.That(CountryGazetteer.Default.Info("DZ")!.Article, Is.EqualTo("l'"));
            Assert.That(CountryGazetteer.Default.Info("US")!.Article, Is.EqualTo("les"));
            Assert.That(CountryGazetteer.Default.Info("IL")!.Article, Is.EqualTo(""));
            Assert.That(CountryGazetteer.Default.Info("MX")!.Gender, Is.EqualTo("m"));
        });
    }

    [Test]
    public void Covers_un_members_and_listed_extras_only()
    {
        var codes = CountryGazetteer.Default.Codes.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(codes, Has.Length.EqualTo(198));
            Assert.That(codes, Does.Contain("XK").And.Contain("PS").And.Contain("EH").And.Contain("TW").And.Contain("VA"));
            Assert.That(codes, Does.Not.Contain("GF").And.Not.Contain("RE").And.Not.Contain("IC").And.Not.Contain("PR"));
        });
    }

    [Test]
    public void Random_text_never_throws_and_spans_stay_on_tokens()
    {
        var random = new Random(1234);
        const string alphabet = "abcdeéèêfghijklmnopqrstuvwxyzABCDEÉFGHIJKLMNOPQRSTUVWXYZ  -''’,.;:()«»\n0123456789";
        string[] pieces = ["Maroc", "Guinée", "-Bissau", "l'", "franco", "-", "Congo", "golfe de ", "Tel", " Aviv", "N'", "Djamena", "États", "Unis"];
        for (var n = 0; n < 300; n++)
        {
            var sb = new System.Text.StringBuilder();
            var length = random.Next(0, 60);
            for (var k = 0; k < length; k++)
                sb.Append(random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            var text = sb.ToString();
            var tokens = FrenchTokenizer.Default.Tokenize(text);
            foreach (var m in CountryGazetteer.Default.Find(text, tokens))
            {
                Assert.That(m.Span.Start, Is.GreaterThanOrEqualTo(tokens[m.FirstToken].Start), text);
                Assert.That(m.Span.End, Is.LessThanOrEqualTo(tokens[m.EndToken - 1].End), text);
                Assert.That(m.Span.IsEmpty, Is.False, text);
            }
            Assert.That(() => OrganizationGazetteer.Default.Find(text, tokens), Throws.Nothing);
        }
    }
}
