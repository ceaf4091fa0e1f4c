using Extraction.Lexicons;

namespace Extraction.Tests.Lexicons;

public sealed class DemonymInflectionTests
{
    [TestCase("marocain", "marocaine")]
    [TestCase("sénégalais", "sénégalaise")]
    [TestCase("israélien", "israélienne")]
    [TestCase("ghanéen", "ghanéenne")]
    [TestCase("béninois", "béninoise")]
    [TestCase("burkinabé", "burkinabée")]
    [TestCase("belge", "belge")]
    [TestCase("argentin", "argentine")]
    [TestCase("kényan", "kényane")]
    [TestCase("turc", "turque")]
    [TestCase("grec", "grecque")]
    [TestCase("tadjik", "tadjike")]
    public void Feminine_follows_suffix_rules(string masculine, string feminine) =>
        Assert.That(DemonymInflection.Feminine(masculine), Is.EqualTo(feminine));

    [TestCase("marocain", "marocains")]
    [TestCase("français", "français")]
    [TestCase("marocaine", "marocaines")]
    [TestCase("suisse", "suisses")]
    public void Plural_adds_s_unless_final_s(string singular, string plural) =>
        Assert.That(DemonymInflection.Plural(singular), Is.EqualTo(plural));

    [TestCase("Côte d’ Ivoire", "Côte d'Ivoire")]
    [TestCase("Antigua -et-Barbuda", "Antigua-et-Barbuda")]
    [TestCase("  Tel   Aviv ", "Tel Aviv")]
    public void Forms_are_normalized(string raw, string normalized) =>
        Assert.That(LexiconText.NormalizeForm(raw), Is.EqualTo(normalized));

    [Test]
    public void Folding_strips_accents_and_case_one_char_per_char()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LexiconText.FoldKey("États-Unis"), Is.EqualTo("etats unis"));
            Assert.That(LexiconText.FoldKey("Türkiye"), Is.EqualTo("turkiye"));
            Assert.That(LexiconText.FoldKey("N'Djamena"), Is.EqualTo("n'djamena"));
        });
    }
}
