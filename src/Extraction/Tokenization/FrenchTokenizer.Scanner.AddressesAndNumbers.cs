using static Extraction.Tokenization.TokenChars;

namespace Extraction.Tokenization;

internal sealed partial class FrenchTokenizer
{
    /// <summary>The scanner's look-ahead for addresses (URLs, e-mails, bare domains) and numbers.</summary>
    private ref partial struct Scanner
    {
        // ---- addresses --------------------------------------------------------------------------------------

        /// <summary>http://, https://, ftp:// or www. followed by an address; returns its end or -1.</summary>
        private readonly int UrlWithScheme(int i)
        {
            var rest = _s[i..];
            int body;
            if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) body = 8;
            else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) body = 7;
            else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)) body = 6;
            else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) body = 4;
            else return -1;
            if (body >= rest.Length || !char.IsAsciiLetterOrDigit(rest[body])) return -1;
            return UrlTail(i + body);
        }

        /// <summary>Extends an address over its path and drops trailing punctuation that belongs to the sentence.</summary>
        private readonly int UrlTail(int k)
        {
            var open = 0;
            var close = 0;
            while (k < _s.Length)
            {
                var d = _s[k];
                if (IsSeparator(d) || char.IsSurrogate(d) || d is '«' or '»' or '"' or '<' or '>' or '“' or '”' or '‘' or '’') break;
                if (d == '(') open++;
                else if (d == ')') close++;
                k++;
            }
            while (true)
            {
                var last = _s[k - 1];
                if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '…') k--;
                else if (last == ')' && close > open) { k--; close--; }
                else break;
            }
            return k;
        }

        /// <summary>An e-mail (name@domain.tld) or a bare domain (le360.ma) starting at a word; returns its end or -1.</summary>
        private int Address(int start, out TokenKind kind, out TokenRule rule)
        {
            kind = TokenKind.Url;
            rule = TokenRule.Domain;
            if (start < _noAddressBefore) return -1;

            var at = -1;
            var k = start;
            while (k < _s.Length)
            {
                var d = _s[k];
                if (char.IsAsciiLetterOrDigit(d) || d is '.' or '_' or '%' or '+' or '-') k++;
                else if (d == '@' && at < 0) { at = k; k++; }
                else break;
            }
            var runEnd = k;
            var e = runEnd;
            while (e > start && _s[e - 1] is '.' or '-') e--;

            if (at > start && IsDomain(at + 1, e, requireKnownTld: false))
            {
                kind = TokenKind.Email;
                rule = TokenRule.Email;
                return e;
            }
            if (at < 0 && _s[start..e].IndexOfAny('_', '%', '+') < 0 && IsDomain(start, e, requireKnownTld: true))
            {
                if (e < _s.Length && _s[e] == '/') return UrlTail(e);
                return e;
            }
            _noAddressBefore = runEnd;
            return -1;
        }

        /// <summary>Labels of ASCII letters, digits and hyphens separated by single dots; at least two labels.</summary>
        private readonly bool IsDomain(int start, int end, bool requireKnownTld)
        {
            if (end - start < 4 || !char.IsAsciiLetterOrDigit(_s[start])) return false;
            var domain = _s[start..end];
            var lastDot = domain.LastIndexOf('.');
            if (lastDot <= 0 || domain.IndexOf("..") >= 0) return false;
            foreach (var d in domain)
                if (!char.IsAsciiLetterOrDigit(d) && d is not ('.' or '-')) return false;
            var tld = domain[(lastDot + 1)..];
            if (tld.Length < 2) return false;
            foreach (var d in tld)
                if (!char.IsAsciiLetterLower(d) && (requireKnownTld || !char.IsAsciiLetterUpper(d))) return false;
            return !requireKnownTld || _tables.IsTopLevelDomain(tld);
        }

        // ---- numbers ----------------------------------------------------------------------------------------

        private int Number(int i)
        {
            var j = Digits(i);
            var firstGroup = j - i;
            var plain = true;
            var rule = TokenRule.Number;
            while (j + 1 < _s.Length)
            {
                var d = _s[j];
                var next = _s[j + 1];
                if (IsGroupSpace(d) && firstGroup <= 3 && IsThreeDigitGroup(j + 1))
                {
                    // 1 300, 15 000 000 with plain, no-break or narrow spaces
                    j += 4;
                    plain = false;
                    firstGroup = 3;
                    continue;
                }
                if (d is ',' or '.' or '/' && IsDigit(next) || IsHyphen(d) && IsDigit(next))
                {
                    // 1,5  3.000  24/11/2021  2018-2019
                    j = Digits(j + 1);
                    plain = false;
                    firstGroup = int.MaxValue;
                    continue;
                }
                if (plain && firstGroup <= 2 && d is 'h' or 'H' or ':')
                {
                    // 15h30, 15h, 15:30
                    var minutes = j + 3 <= _s.Length && IsDigit(_s[j + 1]) && IsDigit(_s[j + 2])
                                  && (j + 3 == _s.Length || !IsWordPart(_s[j + 3]));
                    if (minutes) { j += 3; rule = TokenRule.Time; }
                    else if (d != ':' && !IsWordPart(next)) { j += 1; rule = TokenRule.Time; }
                    break;
                }
                break;
            }
            if (j == _s.Length - 1 && plain && _s[j] is 'h' or 'H' && firstGroup <= 2)
            {
                j++;
                rule = TokenRule.Time;
            }

            if (plain && rule == TokenRule.Number && j < _s.Length && char.IsLetter(_s[j]))
            {
                var k = j + 1;
                while (k < _s.Length && char.IsLetter(_s[k])) k++;
                if (_tables.TryGetOrdinalSuffix(_s[j..k], out _))
                {
                    Add(i, k, TokenKind.Ordinal, TokenRule.Ordinal);
                    return k;
                }
            }
            Add(i, j, TokenKind.Number, rule);
            return j;
        }

        private static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));

        private readonly int Digits(int k)
        {
            while (k < _s.Length && IsDigit(_s[k])) k++;
            return k;
        }

        private readonly bool IsThreeDigitGroup(int k) =>
            k + 3 <= _s.Length && IsDigit(_s[k]) && IsDigit(_s[k + 1]) && IsDigit(_s[k + 2])
            && (k + 3 == _s.Length || !IsDigit(_s[k + 3]));
    }
}
