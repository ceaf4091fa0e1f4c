using System.Collections.Immutable;
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
/// What the passes have decided about one person so far: roles (in the order they were linked), the counterpart link
/// and its countries, the stated country, the country with its basis, the knowledge. Each <c>apply-*</c> stage makes new
/// facts; none is changed.
/// </summary>
/// <param name="Roles">The linked roles: the role-link pass's, then a title taken from the counterpart.</param>
/// <param name="HomologueOf">The person this one is "son homologue" of, or null.</param>
/// <param name="HomologueCountries">The adjective countries of that phrase ("son homologue togolais").</param>
/// <param name="StatedCountry">Country stated by a capitalized demonym before the name ("le Gambien X"), a complement
/// after a titled name or parentheses, or null.</param>
/// <param name="Country">The person's country, or null.</param>
/// <param name="CountryBasis">The kind of evidence <paramref name="Country"/> came from (a <see cref="RelationBases"/> value), or null.</param>
/// <param name="Knowledge">The head of state or government the person matches in the embedded knowledge base, or null.</param>
internal sealed record PersonFacts(ImmutableArray<LinkedRole> Roles, PersonEntity? HomologueOf, IReadOnlyList<string> HomologueCountries,
    string? StatedCountry, string? Country, string? CountryBasis, LeaderKnowledge? Knowledge)
{
    /// <summary>A person nothing is known of yet.</summary>
    public static PersonFacts None { get; } = new([], null, [], null, null, null, null);
}

/// <summary>
/// The facts of every clustered person, by <see cref="PersonEntity.Index"/> (an array lookup, no hashing). Immutable:
/// <see cref="PersonLayers"/> makes a new table from an earlier one and a pass's layer.
/// </summary>
internal sealed class PersonTable
{
    private readonly PersonFacts[] _facts;

    /// <summary>A table of <paramref name="count"/> people nothing is known of.</summary>
    public PersonTable(int count)
    {
        _facts = new PersonFacts[count];
        Array.Fill(_facts, PersonFacts.None);
    }

    private PersonTable(PersonFacts[] facts) => _facts = facts;

    /// <summary>How many people the table covers (the clustered people).</summary>
    public int Count => _facts.Length;

    /// <summary>The facts of <paramref name="person"/>.</summary>
    public PersonFacts this[PersonEntity person] => _facts[person.Index];

    /// <summary>A copy of the table with each listed person's facts changed by <paramref name="change"/>, in list order
    /// (this table when the list is empty: nothing changes).</summary>
    public PersonTable With<T>(IReadOnlyList<T> items, Func<T, PersonEntity> person, Func<PersonFacts, T, PersonFacts> change)
    {
        if (items.Count == 0) return this;
        var facts = (PersonFacts[])_facts.Clone();
        foreach (var item in items)
        {
            var i = person(item).Index;
            facts[i] = change(facts[i], item);
        }
        return new PersonTable(facts);
    }

    /// <summary>A copy of the table with the roles appended to each person's, in list order (this table when the list is empty).</summary>
    public PersonTable WithRoles<T>(IReadOnlyList<T> items, Func<T, PersonEntity> person, Func<T, LinkedRole> role)
    {
        if (items.Count == 0) return this;
        var added = new List<LinkedRole>?[_facts.Length];
        foreach (var item in items) (added[person(item).Index] ??= []).Add(role(item));
        var facts = (PersonFacts[])_facts.Clone();
        for (var i = 0; i < facts.Length; i++)
            if (added[i] is { } roles) facts[i] = facts[i] with { Roles = [.. facts[i].Roles, .. roles] };
        return new PersonTable(facts);
    }
}

/// <summary>
/// The <c>apply-*</c> stages: each makes a new <see cref="PersonTable"/> from the previous one and a pass's layer,
/// leaving the previous table and the <see cref="PersonEntity"/> objects as they are.
/// </summary>
internal static class PersonLayers
{
    /// <summary>The clustered people with the linked roles (in layer order), the counterpart links and the stated countries.</summary>
    public static PersonTable Apply(PersonTable facts, RoleLinkLayer links) =>
        facts.WithRoles(links.Roles, static r => r.Person, static r => r.Role)
            .With(links.Homologues, static h => h.Person, static (f, h) => f with { HomologueOf = h.Of, HomologueCountries = h.Countries })
            .With(links.StatedCountries, static s => s.Person, static (f, s) => f with { StatedCountry = s.Country });

    /// <summary>The knowledge matches, then the countries and bases, then the counterpart titles.</summary>
    public static PersonTable Apply(PersonTable facts, IReadOnlyList<KnowledgeMatch> knowledge, NationalityLayer nationality) =>
        Apply(facts.With(knowledge, static k => k.Person, static (f, k) => f with { Knowledge = k.Knowledge }), nationality.Countries)
            .WithRoles(nationality.Titles, static t => t.Person, static t => t.Role);

    /// <summary>Each decided country and basis.</summary>
    public static PersonTable Apply(PersonTable facts, IReadOnlyList<PersonCountry> countries) =>
        facts.With(countries, static c => c.Person, static (f, c) => f with { Country = c.Country, CountryBasis = c.Basis });
}
