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

    /// <summary>The document as the pipeline's front stages see it (<see cref="TestDocuments"/>), with the recognizer's PER
    /// spans standing for the name layer and the people layer (<c>InName</c>, <c>InPerson</c>, <c>PersonStart</c>, <c>PersonEnd</c>) and
    /// the role finder's phrases as the role layer (<c>InRole</c>, <c>RoleStart</c>).</summary>
    public static PatternDocument Analyzed(string text)
    {
        var document = TestDocuments.Through(text, StageNames.Roles, referenceDate: null);
        var layers = new TokenFlags[document.Context.Tokens.Count];
        foreach (var entity in document.Entities)
            if (entity.Type == EntityType.PER)
                PatternDocument.Mark(layers, entity.FirstToken, entity.EndToken, TokenFlags.PersonName | TokenFlags.InPerson, TokenFlags.PersonStart, TokenFlags.PersonEnd);
        foreach (var role in document.Roles)
            PatternDocument.Mark(layers, role.FirstToken, role.EndToken, TokenFlags.InRole, TokenFlags.RoleStart);
        return document.Patterns.WithLayers(layers);
    }
}
