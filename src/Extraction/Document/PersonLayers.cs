using Extraction.Entities;
using Extraction.Records;

namespace Extraction.Document;

/// <summary>A country a pass decided for a person, and the kind of evidence it came from (null: none recorded).</summary>
internal sealed record PersonCountry(PersonEntity Person, string? Country, string? Basis);

/// <summary>A person matching a known head of state or government; <paramref name="Country"/> is the office's country
/// when the text gave the person none, else null (the text wins).</summary>
internal sealed record KnowledgeMatch(PersonEntity Person, LeaderKnowledge Knowledge, string? Country);

/// <summary>A title a person without one takes from the counterpart it is "son homologue" of.</summary>
internal sealed record CounterpartTitle(PersonEntity Person, LinkedRole Role);

/// <summary>What nationality inference decides: every person's country and basis, and the counterpart titles.</summary>
internal sealed record NationalityLayer(IReadOnlyList<PersonCountry> Countries, IReadOnlyList<CounterpartTitle> Titles);

/// <summary>A met_with link: <paramref name="Host"/> (the sentence's first person) and another person of a sentence
/// with a meeting cue, with the sentence's first resolved date.</summary>
internal sealed record Meeting(PersonEntity Host, PersonEntity Guest, int Sentence, string? Date);

/// <summary>
/// The one place where the person layers are written onto the <see cref="PersonEntity"/> objects the later passes
/// (agreements, result assembly) read.
/// </summary>
internal static class PersonLayers
{
    /// <summary>Writes the knowledge matches, then the countries and bases, then the counterpart titles.</summary>
    public static void Apply(IReadOnlyList<KnowledgeMatch> knowledge, NationalityLayer nationality)
    {
        foreach (var k in knowledge) k.Person.Knowledge = k.Knowledge;
        Apply(nationality.Countries);
        foreach (var t in nationality.Titles) t.Person.Roles.Add(t.Role);
    }

    /// <summary>Writes each decided country and basis.</summary>
    public static void Apply(IReadOnlyList<PersonCountry> countries)
    {
        foreach (var c in countries)
        {
            c.Person.Country = c.Country;
            c.Person.CountryBasis = c.Basis;
        }
    }
}
