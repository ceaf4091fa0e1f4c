using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Tagging;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Patterns;

/// <summary>Documents for pattern tests: a bare one (tokens only) and one built by the real front stages.</summary>
internal static class PatternTestDocuments
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipeline(ExtractionResources.Default));
    private static readonly Lazy<PatternLexicon> Lexicon = new(() => new PatternLexicon(EntityLexicon.Default));

    /// <summary>Tokens and sentences only: no POS (all X), no gazetteer matches, optional name layer.</summary>
    public static PatternDocument Bare(string text, bool[]? personNames = null, UposTag[]? pos = null)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        var context = new EntityContext(new TokenText(text, tokens, sentences), [], [], [], pos ?? new UposTag[tokens.Length].Select(_ => UposTag.X).ToArray());
        return new PatternDocument(context, Lexicon.Value, personNames);
    }

    /// <summary>The document as the pipeline's front stages see it, with the recognizer's PER spans as the name layer.</summary>
    public static PatternDocument Analyzed(string text)
    {
        var front = Pipeline.Value.AnalyzeFront(SourceText.Read(text), null);
        var names = new bool[front.Context.Tokens.Count];
        foreach (var entity in front.Entities)
            if (entity.Type == EntityType.PER)
                for (var i = entity.FirstToken; i < entity.EndToken; i++) names[i] = true;
        return new PatternDocument(front.Context, Lexicon.Value, names);
    }
}
