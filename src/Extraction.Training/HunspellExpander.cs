using Extraction.Lexicons;

namespace Extraction.Training;

/// <summary>
/// Expands a hunspell dictionary (<c>FLAG long</c>, as the French Dicollecte one) into inflected forms by applying
/// its suffix rules. Prefix rules (elided articles l', d', qu'…) and continuation flags are not applied: the
/// tokenizer splits elisions off.
/// </summary>
internal sealed class HunspellExpander
{
    private readonly Dictionary<string, List<SuffixRule>> _suffixes = new(StringComparer.Ordinal);
    private string _needAffix = "";

    private sealed record SuffixRule(string Strip, string Add, Condition Condition, string Morph);

    /// <summary>A hunspell condition: a sequence of character classes matched at the end of the word.</summary>
    private sealed class Condition
    {
        private readonly List<(string Chars, bool Negated, bool Any)> _parts = [];

        public Condition(string pattern)
        {
            if (pattern == ".") return;
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '[')
                {
                    var close = pattern.IndexOf(']', i);
                    var negated = pattern[i + 1] == '^';
                    var chars = pattern[(i + (negated ? 2 : 1))..close];
                    _parts.Add((chars, negated, false));
                    i = close;
                }
                else if (pattern[i] == '.') _parts.Add(("", false, true));
                else _parts.Add((pattern[i].ToString(), false, false));
            }
        }

        public bool Matches(string word)
        {
            if (word.Length < _parts.Count) return false;
            var offset = word.Length - _parts.Count;
            for (var k = 0; k < _parts.Count; k++)
            {
                var (chars, negated, any) = _parts[k];
                if (any) continue;
                var inSet = chars.Contains(word[offset + k], StringComparison.Ordinal);
                if (inSet == negated) return false;
            }
            return true;
        }
    }

    public static HunspellExpander ReadAffixes(string affPath)
    {
        var expander = new HunspellExpander();
        foreach (var raw in File.ReadLines(affPath))
        {
            var line = raw.Trim();
            if (line.StartsWith("NEEDAFFIX ", StringComparison.Ordinal)) expander._needAffix = line[10..].Trim();
            if (!line.StartsWith("SFX ", StringComparison.Ordinal)) continue;
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 5) continue; // header line: SFX flag Y count
            var flag = parts[1];
            var strip = parts[2] == "0" ? "" : parts[2];
            var add = parts[3];
            var slash = add.IndexOf('/');
            if (slash >= 0) add = add[..slash];
            if (add == "0") add = "";
            var morph = string.Join(' ', parts.Skip(5));
            if (!expander._suffixes.TryGetValue(flag, out var list)) expander._suffixes[flag] = list = [];
            list.Add(new SuffixRule(strip, add, new Condition(parts[4]), morph));
        }
        return expander;
    }

    /// <summary>Expands one dictionary line into (form, categories) pairs.</summary>
    public IEnumerable<(string Form, WordCategories Categories)> Expand(string dicLine)
    {
        var space = dicLine.IndexOfAny([' ', '\t']);
        var head = space < 0 ? dicLine : dicLine[..space];
        var morph = space < 0 ? "" : dicLine[(space + 1)..];
        var slash = head.IndexOf('/');
        var word = slash < 0 ? head : head[..slash];
        var flags = slash < 0 ? "" : head[(slash + 1)..];
        if (word.Length == 0) yield break;
        var baseCats = CategoriesOf(morph);
        if (baseCats == WordCategories.None) yield break;
        var flagList = new List<string>();
        for (var i = 0; i + 1 < flags.Length; i += 2) flagList.Add(flags.Substring(i, 2));
        if (_needAffix.Length == 0 || !flagList.Contains(_needAffix)) yield return (word, baseCats);
        foreach (var flag in flagList)
        {
            if (!_suffixes.TryGetValue(flag, out var rules)) continue;
            foreach (var rule in rules)
            {
                if (!word.EndsWith(rule.Strip, StringComparison.Ordinal) || !rule.Condition.Matches(word)) continue;
                var form = word[..^rule.Strip.Length] + rule.Add;
                if (form.Length == 0) continue;
                yield return (form, baseCats | CategoriesOf(rule.Morph));
            }
        }
    }

    /// <summary>Maps hunspell <c>po:</c> fields to categories.</summary>
    public static WordCategories CategoriesOf(string morph)
    {
        var cats = WordCategories.None;
        foreach (var field in morph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!field.StartsWith("po:", StringComparison.Ordinal)) continue;
            var po = field[3..];
            cats |= po switch
            {
                "nom" or "loc.nom" => WordCategories.Noun,
                "adj" or "loc.adj" => WordCategories.Adjective,
                "adv" or "loc.adv" or "negadv" or "advint" or "proadv" => WordCategories.Adverb,
                "prep" or "prepv" or "loc.prep" or "loc.prepv" => WordCategories.Preposition,
                "det" or "detpos" or "detind" or "detdem" or "detneg" or "detex" => WordCategories.Determiner,
                "properobj" or "propersuj" or "prodem" or "proind" or "prorel" or "proint" or "proneg" => WordCategories.Pronoun,
                "cjco" or "cj" => WordCategories.CoordinatingConjunction,
                "cjsub" or "loc.cj" or "loc.cjsub" => WordCategories.SubordinatingConjunction,
                "interj" or "loc.interj" => WordCategories.Interjection,
                "nb" or "nbro" => WordCategories.Numeral,
                "npr" => WordCategories.ProperNoun,
                "prn" => WordCategories.FirstName,
                "patr" or "loc.patr" => WordCategories.FamilyName,
                "ppas" => WordCategories.PastParticiple,
                "infi" => WordCategories.Infinitive,
                "ppre" => WordCategories.PresentParticiple,
                "mg" => WordCategories.FunctionWord,
                "titr" => WordCategories.Noun,
                _ when po.StartsWith("v0", StringComparison.Ordinal) => WordCategories.Auxiliary | WordCategories.Verb,
                _ when po.Length > 1 && po[0] == 'v' && char.IsAsciiDigit(po[1]) => WordCategories.Verb,
                _ => WordCategories.None,
            };
        }
        return cats;
    }
}
