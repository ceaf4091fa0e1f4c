using Extraction.Lexicons;

namespace Extraction.Tagging;

/// <summary>Per-token values that feature templates combine: hashes of the normalized word and its parts, lexicon categories.</summary>
internal readonly record struct TokenInfo(
    uint Lower, uint Exact, uint Prefix1, uint Prefix2, uint Prefix3, uint Suffix1, uint Suffix2, uint Suffix3, uint Suffix4,
    uint Shape, uint Categories, uint Flags);

/// <summary>Computes <see cref="TokenInfo"/> for tokens; a pure function of the token text and the lexicon.</summary>
internal static class TokenFeatures
{
    /// <summary>Bit flags in <see cref="TokenInfo.Flags"/>.</summary>
    public const uint Title = 1, Upper = 2, HasDigit = 4, HasHyphen = 8, AllDigits = 16, Punct = 32, Short = 64, Long = 128, HasPeriod = 256;

    /// <summary>Hash of the boundary (before the first / after the last token).</summary>
    public static readonly uint Boundary = FeatureHash.Of("<S>");

    /// <summary>A value standing for the token beyond the sentence.</summary>
    public static readonly TokenInfo Outside = new(Boundary, Boundary, Boundary, Boundary, Boundary, Boundary, Boundary, Boundary, Boundary, Boundary, 0xFFFFFFFF, 0);

    /// <summary>Computes the info of one token.</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> word, FrenchLexicon lexicon)
    {
        if (word.Length > 48) word = word[..48];
        Span<char> lower = stackalloc char[word.Length];
        Span<char> shape = stackalloc char[word.Length];
        var shapeLength = 0;
        var upper = 0;
        var letters = 0;
        var digits = 0;
        uint flags = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '’') c = '\'';
            char s;
            if (char.IsDigit(c)) { digits++; s = 'd'; lower[i] = '0'; }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) { upper++; s = 'X'; } else s = 'x';
                lower[i] = char.ToLowerInvariant(c);
            }
            else
            {
                s = c;
                lower[i] = c;
                if (c == '-') flags |= HasHyphen;
                if (c == '.') flags |= HasPeriod;
            }
            // Collapse runs longer than 3 of the same shape character ("Xxxxxxx" → "Xxxx").
            if (shapeLength >= 3 && shape[shapeLength - 1] == s && shape[shapeLength - 2] == s && shape[shapeLength - 3] == s) continue;
            shape[shapeLength++] = s;
        }
        if (letters > 0 && char.IsUpper(word[0])) flags |= Title;
        if (letters > 1 && upper == letters) flags |= Upper;
        if (digits > 0) flags |= HasDigit;
        if (digits == word.Length) flags |= AllDigits;
        if (letters == 0 && digits == 0) flags |= Punct;
        if (word.Length <= 2) flags |= Short;
        if (word.Length >= 10) flags |= Long;
        var n = lower.Length;
        return new TokenInfo(
            Lower: FeatureHash.Of(lower),
            Exact: FeatureHash.Of(word),
            Prefix1: FeatureHash.Of(lower[..Math.Min(1, n)]),
            Prefix2: FeatureHash.Of(lower[..Math.Min(2, n)]),
            Prefix3: FeatureHash.Of(lower[..Math.Min(3, n)]),
            Suffix1: FeatureHash.Of(lower[Math.Max(0, n - 1)..]),
            Suffix2: FeatureHash.Of(lower[Math.Max(0, n - 2)..]),
            Suffix3: FeatureHash.Of(lower[Math.Max(0, n - 3)..]),
            Suffix4: FeatureHash.Of(lower[Math.Max(0, n - 4)..]),
            Shape: FeatureHash.Of(shape[..shapeLength]),
            Categories: (uint)lexicon.Categories(word),
            Flags: flags);
    }

    /// <summary>Computes the info of every token of a sequence.</summary>
    /// <remarks>
    /// A token's info depends only on its text, and news text repeats its words (articles, prepositions, the names of
    /// the story), so each distinct form is computed once per call (hashes, shape and two or three lexicon binary
    /// searches) and copied to its repetitions.
    /// </remarks>
    public static TokenInfo[] Compute(string text, IReadOnlyList<Tokenization.Token> tokens, FrenchLexicon lexicon)
    {
        var infos = new TokenInfo[tokens.Count];
        var seen = new FirstOccurrences(text, tokens);
        for (var i = 0; i < infos.Length; i++)
        {
            var first = seen.FirstOf(i);
            infos[i] = first < i ? infos[first] : Compute(tokens[i].Slice(text), lexicon);
        }
        return infos;
    }

    /// <summary>
    /// An open-addressing set of token texts, keyed by the index of the first token with that text: allocation-free
    /// per token (the keys are slices of the input), growing by doubling.
    /// </summary>
    private struct FirstOccurrences(string text, IReadOnlyList<Tokenization.Token> tokens)
    {
        private int[] _slots = new int[256]; // token index + 1; 0 = empty
        private int[] _hashes = new int[256];
        private int _count;

        /// <summary>The first token before or at <paramref name="i"/> with the text of token <paramref name="i"/> (<paramref name="i"/> itself when it is new); call with increasing indexes.</summary>
        public int FirstOf(int i)
        {
            var word = tokens[i].Slice(text);
            var hash = string.GetHashCode(word);
            var mask = _slots.Length - 1;
            for (var at = hash & mask; ; at = (at + 1) & mask)
            {
                var slot = _slots[at];
                if (slot == 0)
                {
                    _slots[at] = i + 1;
                    _hashes[at] = hash;
                    if (++_count * 2 > _slots.Length) Grow();
                    return i;
                }
                if (_hashes[at] == hash && tokens[slot - 1].Slice(text).SequenceEqual(word)) return slot - 1;
            }
        }

        private void Grow()
        {
            var slots = new int[_slots.Length * 2];
            var hashes = new int[slots.Length];
            var mask = slots.Length - 1;
            for (var k = 0; k < _slots.Length; k++)
            {
                if (_slots[k] == 0) continue;
                var at = _hashes[k] & mask;
                while (slots[at] != 0) at = (at + 1) & mask;
                slots[at] = _slots[k];
                hashes[at] = _hashes[k];
            }
            _slots = slots;
            _hashes = hashes;
        }
    }
}
