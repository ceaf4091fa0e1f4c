using System.Text;
using static Extraction.Tokenization.TokenChars;

namespace Extraction.Tokenization;

internal sealed partial class FrenchTokenizer
{
    /// <summary>
    /// The scan itself. Each method starts at a token start, appends one or more tokens and returns the position
    /// after them. The span ends at the end of the requested range, so look-ahead never leaves it.
    /// </summary>
    private ref partial struct Scanner
    {
        private readonly ReadOnlySpan<char> _s;
        private readonly TokenizationTables _tables;
        private readonly PooledTokenBuffer _tokens;
        private readonly List<TokenRule>? _rules;

        // Look-ahead for e-mails and bare domains reads a whole run of address characters. When it fails, every
        // later start inside the same run would fail the same way, so remember where the run ended: this keeps
        // "a.a.a.a..." (1 MB) linear.
        private int _noAddressBefore;

        public Scanner(ReadOnlySpan<char> s, TokenizationTables tables, PooledTokenBuffer tokens, List<TokenRule>? rules)
        {
            _s = s;
            _tables = tables;
            _tokens = tokens;
            _rules = rules;
            _noAddressBefore = 0;
        }

        public void Run(int start)
        {
            var i = start;
            while (i < _s.Length)
            {
                var c = _s[i];
                if (IsSeparator(c)) i++;
                else if (char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c))) i = Number(i);
                else if (IsWordStart(c)) i = Word(i);
                else if (char.IsSurrogate(c)) i = Surrogate(i);
                else i = Other(i);
            }
        }

        private readonly void Add(int start, int end, TokenKind kind, TokenRule rule)
        {
            _tokens.Add(new Token(start, end, kind));
            _rules?.Add(rule);
        }

        // ---- words -------------------------------------------------------------------------------------------

        private int Word(int i)
        {
            var c = _s[i];
            if (c is 'h' or 'H' or 'w' or 'W' or 'f' or 'F')
            {
                var urlEnd = UrlWithScheme(i);
                if (urlEnd > i)
                {
                    Add(i, urlEnd, TokenKind.Url, TokenRule.Url);
                    return urlEnd;
                }
            }

            var abbreviationEnd = TableAbbreviation(i);
            if (i + 1 < _s.Length && _s[i + 1] == '.')
            {
                // A longer dotted acronym wins over a table entry that is its prefix (M.N.L.A. is not M. + N.L.A.).
                var dottedEnd = DottedLetters(i, out var segments);
                if ((segments >= 2 || (segments == 1 && char.IsUpper(c))) && dottedEnd > abbreviationEnd)
                {
                    Add(i, dottedEnd, TokenKind.Abbreviation, segments >= 2 ? TokenRule.DottedAcronym : TokenRule.Initial);
                    return dottedEnd;
                }
            }
            if (abbreviationEnd > i)
            {
                Add(i, abbreviationEnd, TokenKind.Abbreviation, TokenRule.TableAbbreviation);
                return abbreviationEnd;
            }

            // The word run: letters, digits and marks, joined by single hyphens or apostrophes.
            var j = i + 1;
            var hasHyphen = false;
            while (j < _s.Length)
            {
                var d = _s[j];
                if (IsApostrophe(d))
                {
                    var next = j + 1 < _s.Length ? _s[j + 1] : '\0';
                    if (!hasHyphen && _tables.IsElision(_s[i..j]) && !IsConsonant(next))
                    {
                        Add(i, j + 1, TokenKind.Elision, TokenRule.Elision);
                        return j + 1;
                    }
                    if (IsWordPart(next)) { j += 2; continue; }
                    break;
                }
                if (IsWordPart(d)) { j++; continue; }
                if (IsInvisibleJoiner(d) && j + 1 < _s.Length && IsWordPart(_s[j + 1])) { j += 2; continue; }
                if (IsHyphen(d) && j + 1 < _s.Length && IsWordPart(_s[j + 1]))
                {
                    hasHyphen = true;
                    j += 2;
                    continue;
                }
                break;
            }

            if (j < _s.Length && _s[j] is '.' or '@' or '_' or '+' or '%')
            {
                var addressEnd = Address(i, out var kind, out var rule);
                if (addressEnd > i)
                {
                    Add(i, addressEnd, kind, rule);
                    return addressEnd;
                }
            }

            if (char.IsAsciiLetterUpper(c) && IsRomanOrdinal(i, j))
            {
                Add(i, j, TokenKind.Ordinal, TokenRule.RomanOrdinal);
                return j;
            }

            if (hasHyphen) EmitWithClitics(i, j);
            else Add(i, j, TokenKind.Word, TokenRule.Word);
            return j;
        }

        /// <summary>Longest <c>abbreviations.tsv</c> entry starting at <paramref name="i"/>; returns its end or -1.</summary>
        private readonly int TableAbbreviation(int i)
        {
            var best = -1;
            var limit = Math.Min(_s.Length, i + _tables.MaxAbbreviationLength);
            for (var k = i + 1; k < limit; k++)
            {
                var d = _s[k];
                if (d is '.' or '°' or 'º')
                {
                    // "etc..." is etc + ellipsis: an abbreviation period is never followed by another period.
                    var followedByStop = k + 1 < _s.Length && _s[k + 1] == '.';
                    if (!followedByStop && _tables.TryGetAbbreviation(_s[i..(k + 1)], out _)) best = k + 1;
                    if (d != '.') break;
                    continue;
                }
                if (!IsWordPart(d) && !IsHyphen(d)) break;
            }
            return best;
        }

        /// <summary>Single letters each followed by a period, optionally joined by hyphens (U.S.A., J.-C.).</summary>
        private readonly int DottedLetters(int i, out int segments)
        {
            segments = 0;
            var k = i;
            var end = i;
            while (k + 1 < _s.Length && IsWordStart(_s[k]) && _s[k + 1] == '.')
            {
                segments++;
                end = k + 2;
                k = end;
                if (k + 1 < _s.Length && IsHyphen(_s[k]) && IsWordStart(_s[k + 1])) k++;
            }
            return end;
        }

        private readonly bool IsRomanOrdinal(int start, int end)
        {
            var r = start;
            while (r < end && IsRomanDigit(_s[r])) r++;
            if (r == start || r == end || char.IsUpper(_s[r])) return false;
            var numeral = _s[start..r];
            // L, C, D and M alone are words with an e (Le, Ce, De, Me), not numerals.
            if (numeral.Length == 1 && numeral[0] is not ('I' or 'V' or 'X')) return false;
            return _tables.TryGetOrdinalSuffix(_s[r..end], out var suffix)
                && suffix.AfterRoman
                && (!suffix.FirstOnly || numeral is "I");
        }

        /// <summary>Emits a hyphenated word, splitting trailing inversion clitics (dit-elle, a-t-il, donne-le-moi).</summary>
        private void EmitWithClitics(int start, int end)
        {
            var word = _s[start..end];
            if (_tables.IsWholeCompound(word))
            {
                Add(start, end, TokenKind.Word, TokenRule.Compound);
                return;
            }

            Span<int> cuts = stackalloc int[4];
            var count = 0;
            var e = end;
            while (count < cuts.Length)
            {
                var h = LastHyphen(start, e);
                if (h <= start || !_tables.TryGetClitic(_s[(h + 1)..e], out _)) break;
                // A capitalised last part of a lowercase word is a name (Saint-Jean-Le...), not a clitic.
                if (char.IsUpper(_s[h + 1]) && HasLower(start, h)) break;
                var cut = h;
                if (h - 2 > start && _s[h - 1] is 't' or 'T' && IsHyphen(_s[h - 2])) cut = h - 2; // euphonic -t-
                cuts[count++] = cut;
                e = cut;
            }

            Add(start, e, TokenKind.Word, TokenRule.Word);
            for (var k = count - 1; k >= 0; k--)
            {
                var clitEnd = k == 0 ? end : cuts[k - 1];
                Add(cuts[k], clitEnd, TokenKind.Clitic, TokenRule.Clitic);
            }
        }

        private readonly int LastHyphen(int start, int end)
        {
            for (var k = end - 1; k > start; k--)
                if (IsHyphen(_s[k])) return k;
            return -1;
        }

        private readonly bool HasLower(int start, int end)
        {
            for (var k = start; k < end; k++)
                if (char.IsLower(_s[k])) return true;
            return false;
        }

        // ---- everything else --------------------------------------------------------------------------------

        private int Other(int i)
        {
            var c = _s[i];
            if (IsSentenceStop(c))
            {
                var j = i + 1;
                while (j < _s.Length && IsSentenceStop(_s[j])) j++;
                Add(i, j, TokenKind.Punctuation, TokenRule.Stops);
                return j;
            }
            if (c is '@' or '#' && i + 1 < _s.Length && (IsWordPart(_s[i + 1]) || _s[i + 1] == '_')
                && (i == 0 || !IsWordPart(_s[i - 1])))
            {
                var j = i + 1;
                while (j < _s.Length && (IsWordPart(_s[j]) || _s[j] == '_')) j++;
                Add(i, j, TokenKind.Handle, c == '@' ? TokenRule.Handle : TokenRule.Hashtag);
                return j;
            }
            // Unicode files %, ‰, §, & and @ as punctuation; for readers they are symbols like € and ©.
            if (char.IsPunctuation(c) && c is not ('%' or '‰' or '‱' or '§' or '&' or '@' or '#'))
                Add(i, i + 1, TokenKind.Punctuation, TokenRule.Punctuation);
            else Add(i, i + 1, TokenKind.Symbol, TokenRule.Symbol);
            return i + 1;
        }

        private int Surrogate(int i)
        {
            if (char.IsHighSurrogate(_s[i]) && i + 1 < _s.Length && char.IsLowSurrogate(_s[i + 1]))
            {
                var rune = new Rune(_s[i], _s[i + 1]);
                Add(i, i + 2, Rune.IsLetter(rune) ? TokenKind.Word : TokenKind.Symbol, TokenRule.Symbol);
                return i + 2;
            }
            Add(i, i + 1, TokenKind.Symbol, TokenRule.LoneSurrogate);
            return i + 1;
        }
    }
}
