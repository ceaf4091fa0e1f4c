using Extraction.Document;
using Extraction.Entities;
using Extraction.Lexicons;
using Extraction.Patterns;
using Extraction.Relations;
using Extraction.Temporal;
using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

/// <summary>
/// Builds the context the agreement stages read, with the pipeline's front stages (tokens, sentences, dates, countries,
/// organizations, POS), so that the finder and the assembler can be tested on their own over small documents.
/// </summary>
internal static class AgreementTestDocument
{
    public static readonly AgreementMentionFinder Finder =
        new(EntityLexicon.Default, WordSets.Load(AgreementMentionFinder.WordsResource), TemporalDefinitions.Default);

    public static readonly AgreementAssembler Assembler = new(EntityLexicon.Default, WordSets.Load(AgreementAssembler.WordsResource));

    /// <summary>The token facts of <paramref name="body"/> (after a "date" header giving the reference date), and that date,
    /// with the pipeline's stages (<see cref="TestDocuments"/>).</summary>
    public static (PatternDocument Document, PartialDate? ReferenceDate) Build(string body, string date = "2024-05-10")
    {
        var document = TestDocuments.Through($" date {date} {body}", StageNames.Patterns);
        return (document.Patterns, document.ReferenceDate);
    }

    /// <summary>The instrument mentions of <paramref name="body"/>.</summary>
    public static IReadOnlyList<AgreementMention> Mentions(string body) => Finder.Find(Build(body).Document);

    /// <summary>The counted agreements of <paramref name="body"/>, assembled with no people and the given story countries.</summary>
    public static List<AgreementEntity> Agreements(string body, params string[] mainCountries)
    {
        var (document, referenceDate) = Build(body);
        return Assembler.Assemble(document, Finder.Find(document), [], new PersonTable(0), mainCountries, referenceDate).Agreements;
    }
}
