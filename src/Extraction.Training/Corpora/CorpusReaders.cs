using System.IO.Compression;
using System.Text;
using Extraction.Tagging;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Training.Corpora;

/// <summary>A sentence of a POS corpus at the surface level: one form and one gold UPOS per surface token.</summary>
internal sealed record PosSentence(string Id, string[] Forms, string[] Tags)
{
    /// <summary>The forms joined by single spaces, and their tokens in that text.</summary>
    public (string Text, Token[] Tokens) ToText()
    {
        var sb = new StringBuilder();
        var tokens = new Token[Forms.Length];
        for (var i = 0; i < Forms.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var start = sb.Length;
            sb.Append(Forms[i]);
            tokens[i] = new Token(start, sb.Length, TokenKind.Word);
        }
        return (sb.ToString(), tokens);
    }
}

/// <summary>A gold entity: character span and type (PER, LOC, ORG).</summary>
internal readonly record struct GoldEntity(int Start, int End, EntityType Type);

/// <summary>A text chunk of a NER corpus (about a sentence) with its gold entities.</summary>
internal sealed record NerChunk(string Text, GoldEntity[] Entities);

/// <summary>Readers for the training and evaluation corpora in <c>../shared/corpora</c> (gzip-compressed files).</summary>
internal static class CorpusReaders
{
    /// <summary>Opens a file, decompressing <c>.gz</c>.</summary>
    public static TextReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, new UTF8Encoding(false));
    }

    /// <summary>
    /// Reads CoNLL-U at the surface level: a multi-word token ("du" = de + le) is one token tagged with its first
    /// word's UPOS (ADP for du/au/des/aux/auquel), as our tokenizer keeps such contractions whole.
    /// </summary>
    public static IEnumerable<PosSentence> ReadConllu(string path)
    {
        using var reader = Open(path);
        var forms = new List<string>();
        var tags = new List<string>();
        var id = "";
        var skipUntil = 0;
        var pendingMwt = -1;
        for (var line = reader.ReadLine(); ; line = reader.ReadLine())
        {
            if (line is null || line.Length == 0)
            {
                if (forms.Count > 0) yield return new PosSentence(id, [.. forms], [.. tags]);
                forms.Clear();
                tags.Clear();
                skipUntil = 0;
                pendingMwt = -1;
                if (line is null) yield break;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                continue;
            }
            var cols = line.Split('\t');
            var idField = cols[0];
            if (idField.Contains('.')) continue; // empty nodes
            var dash = idField.IndexOf('-');
            if (dash > 0)
            {
                forms.Add(cols[1]);
                tags.Add("");
                pendingMwt = forms.Count - 1;
                skipUntil = int.Parse(idField.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            var wordId = int.Parse(idField, System.Globalization.CultureInfo.InvariantCulture);
            if (wordId <= skipUntil)
            {
                if (pendingMwt >= 0 && tags[pendingMwt].Length == 0) tags[pendingMwt] = cols[3];
                continue;
            }
            forms.Add(cols[1]);
            tags.Add(cols[3]);
        }
    }

    /// <summary>Maps a corpus entity label (PER, pers, LOC, loc, ORG, org…) to a type; others (MISC, prod, time…) give null.</summary>
    public static EntityType? MapType(string label) => label.ToUpperInvariant() switch
    {
        "PER" or "PERS" => EntityType.PER,
        "LOC" => EntityType.LOC,
        "ORG" => EntityType.ORG,
        _ => null,
    };

    /// <summary>Builds chunks from (token, label, spaceAfter, endOfChunk) rows with IOB2 or IO labels.</summary>
    private sealed class ChunkBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<GoldEntity> _entities = [];
        private int _entityStart = -1;
        private int _entityEnd;
        private EntityType _entityType;
        private bool _spaceBefore;
        private bool _hyphenated;

        public void Add(string token, string label, bool spaceAfter)
        {
            // OCR line-end hyphenation ("con¬" + "tenu"): glue the parts.
            var hyphenated = token.Length > 1 && token[^1] == '¬';
            if (hyphenated) token = token[..^1];
            // HIPE marks some line ends as NoSpaceAfter between two words: keep a space there.
            var glued = _text.Length > 0 && !_spaceBefore && !_hyphenated && char.IsLetterOrDigit(_text[^1]) && token.Length > 0 && char.IsLetterOrDigit(token[0]);
            if (_text.Length > 0 && (_spaceBefore || glued)) _text.Append(' ');
            _hyphenated = hyphenated;
            if (hyphenated) spaceAfter = false;
            var start = _text.Length;
            _text.Append(token);
            var end = _text.Length;
            _spaceBefore = spaceAfter;
            EntityType? type = null;
            var begin = false;
            if (label.Length > 2 && label[1] == '-')
            {
                type = MapType(label[2..]);
                begin = label[0] == 'B';
            }
            if (type is null || begin || type != _entityType) Close();
            if (type is { } t)
            {
                if (_entityStart < 0)
                {
                    _entityStart = start;
                    _entityType = t;
                }
                _entityEnd = end;
            }
        }

        private void Close()
        {
            if (_entityStart >= 0) _entities.Add(new GoldEntity(_entityStart, _entityEnd, _entityType));
            _entityStart = -1;
        }

        public NerChunk? Flush()
        {
            Close();
            NerChunk? chunk = _text.Length == 0 ? null : new NerChunk(_text.ToString(), [.. _entities]);
            _text.Clear();
            _entities.Clear();
            _spaceBefore = false;
            _hyphenated = false;
            return chunk;
        }
    }

    private static bool EndsWithApostrophe(string token) => token.Length > 0 && token[^1] is '\'' or '’';

    /// <summary>WikiNEuRal: <c>index TAB token TAB label</c>, blank line between sentences, IOB2 PER/LOC/ORG/MISC.</summary>
    public static IEnumerable<NerChunk> ReadWikiNeural(string path)
    {
        using var reader = Open(path);
        var builder = new ChunkBuilder();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                if (builder.Flush() is { } chunk) yield return chunk;
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3) continue;
            builder.Add(cols[1], cols[2], !EndsWithApostrophe(cols[1]));
        }
        if (builder.Flush() is { } last) yield return last;
    }

    /// <summary>HIPE TSV (NewsEye, HIPE-2020, Le Temps): coarse literal labels; chunks end at EndOfSentence/PySBDSegment, sentence punctuation or a new document.</summary>
    public static IEnumerable<NerChunk> ReadHipe(string path)
    {
        using var reader = Open(path);
        var builder = new ChunkBuilder();
        var header = true;
        var count = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (line.Contains("document_id", StringComparison.Ordinal) && builder.Flush() is { } doc)
                {
                    count = 0;
                    yield return doc;
                }
                continue;
            }
            var cols = line.Split('\t');
            if (header && cols[0] == "TOKEN") { header = false; continue; }
            if (cols.Length < 2) continue;
            var misc = cols.Length >= 10 ? cols[9] : "";
            builder.Add(cols[0], cols[1], !misc.Contains("NoSpaceAfter", StringComparison.Ordinal));
            count++;
            var end = misc.Contains("EndOfSentence", StringComparison.Ordinal) || misc.Contains("PySBDSegment", StringComparison.Ordinal)
                || (cols[0] is "." or "!" or "?" && cols[1] == "O" && count >= 8) || count >= 120;
            if (end && cols[1] == "O" && builder.Flush() is { } chunk)
            {
                count = 0;
                yield return chunk;
            }
        }
        if (builder.Flush() is { } last) yield return last;
    }

    /// <summary>Europeana Newspapers: <c>token SPACE label</c>, IO labels, no sentence breaks (chunks end at . ! ?).</summary>
    public static IEnumerable<NerChunk> ReadEuropeana(string path)
    {
        using var reader = Open(path);
        var builder = new ChunkBuilder();
        var count = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var space = line.LastIndexOf(' ');
            if (space <= 0) continue;
            var token = line[..space];
            var label = line[(space + 1)..];
            builder.Add(token, label, !EndsWithApostrophe(token));
            count++;
            if ((token is "." or "!" or "?" && count >= 4 || count >= 80) && label == "O" && builder.Flush() is { } chunk)
            {
                count = 0;
                yield return chunk;
            }
        }
        if (builder.Flush() is { } last) yield return last;
    }

    /// <summary>Tokenizes a chunk with the library tokenizer, as at inference time.</summary>
    public static Token[] Tokenize(string text) => FrenchTokenizer.Default.Tokenize(text, new TextSpan(0, text.Length));
}
