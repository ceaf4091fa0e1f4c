using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Tagging;
using Extraction.Tests.Support;
using Extraction.Tokenization;

namespace Extraction.Tests.Patterns;

/// <summary>Documents for pattern tests: a bare one (tokens only) and one built by the real front stages.</summary>
internal static class PatternTestDocuments
{
    private static readonly Lazy<PatternLexicon> Lexicon = new(() => new PatternLexicon(EntityLexicon.Default));

    /// <summary>Tokens and sentences only: no POS (all X), no gazetteer matches, optional name layer.</summary>
    public static PatternDocument Bare(string text, bool[]? personNames = null, UposTag[]? pos = null)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        var context = new EntityContext(new TokenText(text, tokens, sentences), [], [], [], pos ?? new UposTag[tokens.Length].Select(_ => UposTag.X).ToArray());
        return new PatternDocument(context, Lexicon.Value, personNames);
    }

    /// <summary>The document as the pipeline's front stages see it (<see cref="TestDocuments"/>), with the recognizer's PER spans as the name layer.</summary>
    public static PatternDocument Analyzed(string text)
    {
        var document = TestDocuments.Through(text, StageNames.Context, referenceDate: null);
        var names = new bool[document.Context.Tokens.Count];
        foreach (var entity in document.Entities)
            if (entity.Type == EntityType.PER)
                for (var i = entity.FirstToken; i < entity.EndToken; i++) names[i] = true;
        return new PatternDocument(document.Context, Lexicon.Value, names);
    }
}
