using System.Text;

namespace Extraction.Tests.Robustness;

/// <summary>
/// Deterministic generator of fuzz documents: mutated real articles, French word salad, spliced articles and
/// random Unicode. Case <c>i</c> under master seed <c>s</c> is always the same string, so any failure can be replayed alone.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>Families of generated input, chosen in turn by case index.</summary>
    public static readonly string[] Families = ["mutated-article", "random-unicode", "word-salad", "spliced-articles"];

    private const string FrenchLetters = "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ";
    private const string Spaces = " \u00A0\u202F\u2009\n\r\t\u3000\u2028";
    private const string Punctuation = ".,;:!?'’«»\"()[]{}—–-…/\\@#%&*+=<>|~^_`";

    private static readonly string[] Snippets =
    [
        "date 2022-04\n", "date 2021-11-24\n", "date 9999-99\n", "date \n", "M.", "Mme", "MM.", "l'", "qu’", "jusqu'", "-t-il", "-elle",
        "«\u00A0", "\u00A0»", "“", "”", "\"", "(", ")", "[", "—", "–", "-", "…", "...", "?!", ";", ":", "/", "\\",
        "1er", "2e", "XXIe", "24 novembre 2021", "fin mars dernier", "2018-2019", "1 300", "1,5", "50 %", "10 €", "12h30",
        "https://www.example.org/a?b=c&d=e", "contact@example.org", "@MAP_Info", "#Maroc",
        "\r\n", "\n\n", "\t", "\u00A0", "\u202F", "\u2009", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2028", "\u2029",
        "\0", "\u0007", "\u001B", "\u007F", "\u0085", "\uFFFD", "\uFFFF",
        "\uD83D", "\uDE00", "\uDE00\uD83D", "😀", "🇫🇷", "👨‍👩‍👧", "👍🏽", "𝐀𝐁", "𠀋",
        "الرباط", "北京", "Москва", "Αθήνα", "עברית", "e\u0301", "\u0301", "\u202E", "\u202C",
        "<p>", "</p>", "<a href=\"x\">", "&nbsp;", "&#39;", "<!--", "-->", "<script>", "{\"a\":1}",
        "Emmanuel Macron", "le président", "ministre des Affaires étrangères", "Maroc", "marocain", "Rabat", "l'Union africaine",
        "a signé un accord de coopération", "s'est entretenu avec", "ONU", "Jean-Yves Le Drian", "Mohammed VI",
    ];

    /// <summary>The document of case <paramref name="index"/> under <paramref name="masterSeed"/>.</summary>
    public static string Generate(int masterSeed, int index, IReadOnlyList<string> corpus)
    {
        var random = new Random(CaseSeed(masterSeed, index));
        return FamilyOf(index) switch
        {
            0 => Mutate(random, Slice(random, corpus[random.Next(corpus.Count)], 2_000), random.Next(1, 9)),
            1 => RandomUnicode(random, random.Next(0, 1_500)),
            2 => WordSalad(random, corpus, random.Next(1, 300)),
            _ => Mutate(random, Slice(random, corpus[random.Next(corpus.Count)], 1_000) + Separator(random) + Slice(random, corpus[random.Next(corpus.Count)], 1_000), random.Next(0, 4)),
        };
    }

    /// <summary>Which of <see cref="Families"/> case <paramref name="index"/> belongs to.</summary>
    public static int FamilyOf(int index) => index % Families.Length;

    /// <summary>A well-mixed, stable seed for one case (SplitMix64 finaliser), independent of the runtime's hashing.</summary>
    public static int CaseSeed(int masterSeed, int index)
    {
        var z = ((ulong)(uint)masterSeed << 32) | (uint)index;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    private static string Slice(Random random, string text, int maxLength)
    {
        if (text.Length <= maxLength) return random.Next(3) == 0 ? text : text[random.Next(text.Length + 1)..];
        var start = random.Next(text.Length - maxLength + 1);
        return text.Substring(start, random.Next(maxLength + 1));
    }

    private static string Separator(Random random) => random.Next(4) switch
    {
        0 => "\n\n",
        1 => " ",
        2 => string.Empty,
        _ => Snippets[random.Next(Snippets.Length)],
    };

    private static string Mutate(Random random, string text, int mutations)
    {
        var b = new StringBuilder(text);
        for (var m = 0; m < mutations; m++)
        {
            var at = random.Next(b.Length + 1);
            switch (random.Next(10))
            {
                case 0:
                case 1:
                    b.Insert(at, Snippets[random.Next(Snippets.Length)]);
                    break;
                case 2:
                    b.Insert(at, RandomUnicode(random, random.Next(1, 20)));
                    break;
                case 3:
                    b.Remove(at, random.Next(Math.Min(50, b.Length - at) + 1));
                    break;
                case 4:
                    var length = random.Next(Math.Min(30, b.Length - at) + 1);
                    var piece = b.ToString(at, length);
                    for (var k = random.Next(2, 40); k > 0 && b.Length < 4_000; k--) b.Insert(at, piece);
                    break;
                case 5:
                    if (b.Length > 0) b.Length = at; // may cut a surrogate pair in half
                    break;
                case 6:
                    for (var i = at; i < Math.Min(b.Length, at + 200); i++)
                        b[i] = char.IsUpper(b[i]) ? char.ToLowerInvariant(b[i]) : char.ToUpperInvariant(b[i]);
                    break;
                case 7:
                    var space = random.Next(4) switch { 0 => "\u00A0", 1 => "\n", 2 => "", _ => "\t" };
                    b.Replace(" ", space, at, Math.Min(200, b.Length - at));
                    break;
                case 8:
                    b.Replace('\'', random.Next(2) == 0 ? '’' : '`');
                    break;
                default:
                    b.Insert(at, new string(Pick(random, Punctuation), random.Next(1, 200)));
                    break;
            }
        }
        return b.ToString();
    }

    private static string WordSalad(Random random, IReadOnlyList<string> corpus, int words)
    {
        var b = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var text = corpus[random.Next(corpus.Count)];
            var at = random.Next(text.Length);
            while (at > 0 && !char.IsWhiteSpace(text[at - 1])) at--;
            var end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            b.Append(text, at, end - at);
            b.Append(random.Next(12) switch { 0 => ". ", 1 => ", ", 2 => "\n", 3 => " « ", 4 => " » ", _ => " " });
        }
        return b.ToString();
    }

    private static string RandomUnicode(Random random, int length)
    {
        var b = new StringBuilder(length + 2);
        while (b.Length < length)
        {
            var roll = random.Next(100);
            if (roll < 35) b.Append((char)random.Next(0x20, 0x7F));
            else if (roll < 48) b.Append(Pick(random, FrenchLetters));
            else if (roll < 58) b.Append(Pick(random, Spaces));
            else if (roll < 68) b.Append(Pick(random, Punctuation));
            else if (roll < 73) b.Append((char)random.Next(0, 0x20));
            else if (roll < 76) b.Append((char)random.Next(0xD800, 0xE000)); // a lone surrogate half
            else if (roll < 83) b.Append(char.ConvertFromUtf32(RandomAstral(random)));
            else if (roll < 90) b.Append((char)(random.Next(4) switch { 0 => random.Next(0x0600, 0x06FF), 1 => random.Next(0x4E00, 0x9FFF), 2 => random.Next(0x0400, 0x04FF), _ => random.Next(0x05D0, 0x05EA) }));
            else if (roll < 93) b.Append((char)random.Next(0x0300, 0x0370));
            else if (roll < 97) b.Append((char)random.Next(0x30, 0x3A));
            else b.Append((char)random.Next(0x80, 0xD800));
        }
        return b.ToString();
    }

    private static char Pick(Random random, string chars) => chars[random.Next(chars.Length)];

    private static int RandomAstral(Random random) => random.Next(4) switch
    {
        0 => random.Next(0x1F300, 0x1FAFF), // emoji
        1 => random.Next(0x1D400, 0x1D7FF), // mathematical letters
        2 => random.Next(0x20000, 0x2A6DF), // CJK extension B
        _ => random.Next(0x10000, 0x10FFFF),
    };
}
