using Extraction.Entities;
using Extraction.Knowledge;
using Extraction.Records;
using Extraction.Temporal;

namespace Extraction.Relations;

/// <summary>
/// Runs after the text cues: a person matching a known head of state or government gets that knowledge, and, when
/// the text gave no country, the office's country. A text cue always wins: for a person whose country the text
/// gives, only office holders of that country are considered.
/// </summary>
internal static class KnowledgeLinker
{
    public static void Link(LeaderMatcher matcher, IReadOnlyList<PersonEntity> people, PartialDate? referenceDate, IReadOnlyList<string> documentCountries)
    {
        foreach (var p in people)
        {
            var match = matcher.Match(p.Longest.Name, referenceDate, documentCountries, p.Country);
            if (match is null) continue;
            p.Knowledge = match.ToRecord();
            if (p.Country is not null) continue;
            p.Country = match.Leader.Country;
            p.CountryBasis = RelationBases.Knowledge;
        }
    }
}
