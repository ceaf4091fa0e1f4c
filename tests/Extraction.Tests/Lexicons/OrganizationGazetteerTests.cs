using Extraction.Lexicons;
using Extraction.Tokenization;

namespace Extraction.Tests.Lexicons;

public sealed class OrganizationGazetteerTests
{
    // Input → expected matches "surface|canonical name|acronym|A (acronym used) or N (name used)".
    private static readonly object[] Cases =
    [
        new object[] { "selon l'ONU", new[] { "ONU|Organisation des Nations unies|ONU|A" } },
        new object[] { "les Nations unies et l'Union africaine (UA)", new[] {
            "Nations unies|Organisation des Nations unies|ONU|N", "Union africaine|Union africaine|UA|N", "UA|Union africaine|UA|A" } },
        new object[] { "le président de la Commission de l'Union africaine", new[] {
            "Commission de l'Union africaine|Commission de l'Union africaine|CUA|N" } },
        new object[] { "le Conseil de sécurité de l'ONU a voté", new[] {
            "Conseil de sécurité de l'ONU|Conseil de sécurité des Nations unies|CSNU|N" } },
        new object[] { "la Cédéao et la CEDEAO", new[] {
            "Cédéao|Communauté économique des États de l'Afrique de l'Ouest|CEDEAO|A", "CEDEAO|Communauté économique des États de l'Afrique de l'Ouest|CEDEAO|A" } },
        new object[] { "l'Otan et l'OTAN", new[] { "OTAN|Organisation du traité de l'Atlantique nord|OTAN|A" } },
        new object[] { "la Minusma quitte le Mali", new[] {
            "Minusma|Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali|Minusma|A" } },
        new object[] { "le G5 Sahel et le G20", new[] { "G5 Sahel|G5 Sahel||N", "G20|G20||N" } },
        new object[] { "l'Organisation internationale de la Francophonie (OIF)", new[] {
            "Organisation internationale de la Francophonie|Organisation internationale de la Francophonie|OIF|N",
            "OIF|Organisation internationale de la Francophonie|OIF|A" } },
        new object[] { "une ua de mesure", Array.Empty<string>() },
        new object[] { "le Conseil de sécurité nationale s'est réuni", Array.Empty<string>() },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Finds_organizations(string text, string[] expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var found = OrganizationGazetteer.Default.Find(text, tokens)
            .Select(m => $"{text[m.Span.Start..m.Span.End]}|{m.Organization.Name}|{m.Organization.Acronym}|{(m.IsAcronym ? "A" : "N")}")
            .ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void National_bodies_carry_their_country()
    {
        const string text = "les Forces armées royales et Tsahal";
        var found = OrganizationGazetteer.Default.Find(text, FrenchTokenizer.Default.Tokenize(text));
        Assert.That(found.Select(m => m.Organization.Country), Is.EqualTo(new[] { "MA", "IL" }));
    }
}
