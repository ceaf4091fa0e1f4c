using Extraction.Entities;
using Extraction.Records;

namespace Extraction.Document;

/// <summary>A role the role-link pass gives a person (the role phrase, the title and country to report, the construction).</summary>
internal sealed record PersonRole(PersonEntity Person, LinkedRole Role);

/// <summary>A person named as "son homologue": <paramref name="Of"/> is the person it is the counterpart of (null when the
/// text names none before or after it), <paramref name="Countries"/> the adjective countries of the phrase ("son homologue
/// togolais").</summary>
internal sealed record HomologueLink(PersonEntity Person, PersonEntity? Of, IReadOnlyList<string> Countries);

/// <summary>A country the text states around a person's name: a demonym before it ("le Gambien X"), a complement after a
/// titled name ("le roi X du Maroc") or in parentheses ("X (Gabon)").</summary>
internal sealed record StatedCountry(PersonEntity Person, string Country);

/// <summary>What the role-link pass decides: the people's roles in the order the pass linked them, the counterpart links
/// and the stated countries (at most one of each per person).</summary>
internal sealed record RoleLinkLayer(IReadOnlyList<PersonRole> Roles, IReadOnlyList<HomologueLink> Homologues, IReadOnlyList<StatedCountry> StatedCountries);

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
/// (keeping, nationality, agreements, result assembly) read.
/// </summary>
internal static class PersonLayers
{
    /// <summary>Writes the linked roles (in layer order), the counterpart links and the stated countries.</summary>
    public static void Apply(RoleLinkLayer links)
    {
        foreach (var r in links.Roles) r.Person.Roles.Add(r.Role);
        foreach (var h in links.Homologues)
        {
            h.Person.HomologueOf = h.Of;
            h.Person.HomologueCountries = h.Countries;
        }
        foreach (var s in links.StatedCountries) s.Person.StatedCountry = s.Country;
    }

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
