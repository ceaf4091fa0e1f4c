using Extraction.Document;
using Extraction.Entities;
using Extraction.Knowledge;
using Extraction.Temporal;

namespace Extraction.Relations;

/// <summary>
/// Runs after the text cues: a person matching a known head of state or government gets that knowledge, and, when
/// the text gave no country, the office's country. A text cue always wins: for a person whose country the text
/// gives, only office holders of that country are considered.
/// </summary>
internal static class KnowledgeLinker
{
    /// <summary>The people matching a known leader, in people order.</summary>
    /// <param name="matcher">The knowledge base of leaders.</param>
    /// <param name="people">The people of the document.</param>
    /// <param name="facts">Their linked roles (<see cref="ExtractionDocument.LinkedFacts"/>): a former office holder is looked up among past leaders.</param>
    /// <param name="textCountries">The countries the text gives them (<see cref="NationalityInference.FromText"/>).</param>
    /// <param name="referenceDate">The document's date: who was in office then.</param>
    /// <param name="documentCountries">The document's countries, most referred to first.</param>
    public static IReadOnlyList<KnowledgeMatch> Match(LeaderMatcher matcher, IReadOnlyList<PersonEntity> people, PersonTable facts,
        IReadOnlyList<PersonCountry> textCountries, PartialDate? referenceDate, IReadOnlyList<string> documentCountries)
    {
        var countries = new string?[facts.Count]; // by person index
        foreach (var c in textCountries) countries[c.Person.Index] = c.Country;
        var matches = new List<KnowledgeMatch>();
        foreach (var p in people)
        {
            var country = countries[p.Index];
            // "l'ancien président X": a leader out of office by the article's date
            var match = matcher.Match(p.Longest.Name, referenceDate, documentCountries, country)
                ?? (facts[p].Roles.Any(r => r.Role.Former) ? matcher.Match(p.Longest.Name, referenceDate, documentCountries, country, former: true) : null);
            if (match is null) continue;
            matches.Add(new KnowledgeMatch(p, match.ToRecord(), country is null ? match.Leader.Country : null));
        }
        return matches;
    }
}
