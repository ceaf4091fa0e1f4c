using Extraction.Tagging;
using Extraction.Tokenization;

namespace Extraction.Tests.Tagging;

internal sealed class PlaceGazetteerTests
{
    private static readonly PlaceGazetteer Places = new(
        new[] { "york", "new york city", "port louis", "port au prince", "saint-martin-de-ré", "l'île-rousse" }.Select(PlaceGazetteer.Normalize),
        FrenchTokenizer.Default);

    private static string Codes(string text)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var codes = new byte[tokens.Length];
        Places.Match(text, tokens, 0, tokens.Length, codes);
        return string.Concat(codes.Select(c => (char)('0' + c)));
    }

    [TestCase("Il vit à New York City depuis", "0002340")]
    [TestCase("Il vit à New York depuis", "000010")]
    [TestCase("Il vit à York City depuis", "000100")]
    [TestCase("Port Louis et Port au Prince", "240234")]
    [TestCase("Port au Louis", "000")]
    [TestCase("À Saint-Martin-de-Ré, puis L’Île-Rousse", "010024")]
    public void Longest_name_wins_and_only_whole_names_match(string text, string expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        Assert.That(Codes(text), Is.EqualTo(expected), string.Join(" | ", tokens.Select(t => t.Slice(text).ToString())));
    }
}
