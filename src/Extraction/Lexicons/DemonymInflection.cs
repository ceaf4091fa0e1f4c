namespace Extraction.Lexicons;

/// <summary>
/// French inflection of nationality adjectives: feminine from masculine and plurals, by the regular suffix rules
/// (-ais → -aise, -ien → -ienne, -ain → -aine, -ois → -oise, -é → -ée, -e unchanged, -s/-x/-z plural unchanged).
/// </summary>
internal static class DemonymInflection
{
    // Longest suffix first; each pair is (masculine ending, feminine ending).
    private static readonly (string Masculine, string Feminine)[] FeminineRules =
    [
        ("éen", "éenne"), ("ien", "ienne"), ("ain", "aine"), ("ais", "aise"), ("ois", "oise"), ("in", "ine"),
        ("an", "ane"), ("on", "one"), ("é", "ée"), ("e", "e"), ("ec", "ecque"), ("c", "que"),
    ];

    /// <summary>Feminine singular of a masculine singular adjective ("marocain" → "marocaine").</summary>
    public static string Feminine(string masculine)
    {
        foreach (var (m, f) in FeminineRules)
        {
            if (masculine.EndsWith(m, StringComparison.Ordinal)) return masculine[..^m.Length] + f;
        }
        return masculine + "e";
    }

    /// <summary>Plural of a singular adjective ("marocain" → "marocains", "français" → "français").</summary>
    public static string Plural(string singular)
    {
        if (singular.Length == 0) return singular;
        var last = singular[^1];
        return last is 's' or 'x' or 'z' ? singular : singular + "s";
    }
}
