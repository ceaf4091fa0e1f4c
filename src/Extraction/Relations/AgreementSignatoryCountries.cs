using Extraction.Document;
using Extraction.Entities;

namespace Extraction.Relations;

/// <summary>
/// Two-party interactions: the signatory of a two-country agreement whose country is unknown belongs to the party no
/// other signatory covers. Returns the countries as a layer (<see cref="PersonLayers.Apply(PersonTable, IReadOnlyList{PersonCountry})"/>
/// makes the next table with them).
/// </summary>
internal static class AgreementSignatoryCountries
{
    /// <summary>
    /// The countries the agreements give their signatories, in the order the agreements give them: an agreement reads
    /// the countries the earlier ones gave (a person gets one at most).
    /// </summary>
    /// <param name="agreements">The agreements, before the uncounted ones are dropped.</param>
    /// <param name="facts">The people's countries and roles before the agreements (<see cref="ExtractionDocument.NationalFacts"/>).</param>
    /// <param name="mainCountries">The story's countries, most mentioned first: the pair when the agreement names fewer than two.</param>
    public static IReadOnlyList<PersonCountry> Eliminate(IEnumerable<AgreementEntity> agreements, PersonTable facts, IReadOnlyList<string> mainCountries)
    {
        var given = new List<PersonCountry>();
        var book = new Dictionary<PersonEntity, string>(); // few signatories get one
        string? CountryOf(PersonEntity p) => facts[p].Country ?? book.GetValueOrDefault(p);
        foreach (var a in agreements)
        {
            var known = a.Signatories.Select(CountryOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var pair = a.Countries.Count == 2 ? a.Countries : a.Countries.Count < 2 && known.Count == 1 && mainCountries.Take(2).Contains(known.First()) && mainCountries.Count >= 2
                ? mainCountries.Take(2).ToList() : null;
            if (pair is null) continue;
            var unknown = a.Signatories.Where(s => CountryOf(s) is null && !facts[s].Roles.Any(r => r.Role.Organization is not null)).ToList();
            var remaining = pair.Where(c => !known.Contains(c)).ToList();
            if (unknown.Count != 1 || remaining.Count != 1 || known.Count != 1) continue;
            book[unknown[0]] = remaining[0];
            // no basis of its own: the record says "elimination" for a country without one, and the person keeps theirs
            given.Add(new PersonCountry(unknown[0], remaining[0], facts[unknown[0]].CountryBasis));
        }
        return given;
    }

    /// <summary>The country of <paramref name="person"/> once <paramref name="given"/> is applied to <paramref name="facts"/>.</summary>
    public static string? CountryOf(PersonEntity person, PersonTable facts, IReadOnlyList<PersonCountry> given)
    {
        foreach (var c in given)
            if (c.Person == person) return c.Country;
        return facts[person].Country;
    }
}
