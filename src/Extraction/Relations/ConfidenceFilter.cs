using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Applies <see cref="ExtractionOptions.MinConfidence"/>: drops every record and relation below the threshold, then
/// everything that pointed at a dropped one, so that the result stays self-consistent. Ids are kept as they are
/// without the option (a kept record has the same id either way; ids may then have gaps).
/// </summary>
internal static class ConfidenceFilter
{
    public static ExtractionResult Apply(ExtractionResult result, double min)
    {
        if (min <= 0) return result;
        bool Keep(double confidence) => confidence >= min;

        var countries = result.Countries.Where(c => Keep(c.Confidence)).ToArray();
        var organizations = result.Organizations.Where(o => Keep(o.Confidence)).ToArray();
        var codes = countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var orgIds = organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var agreementIds = result.Agreements.Where(a => Keep(a.Confidence)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var personIds = result.People.Where(p => Keep(p.Confidence)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        string? Code(string? code) => code is not null && codes.Contains(code) ? code : null;
        string? Org(string? id) => id is not null && orgIds.Contains(id) ? id : null;

        // A person's country stands only with its represents relation (when it has one) and its country record.
        var represents = result.Relations.Where(r => r.Type == RelationTypes.Represents)
            .ToDictionary(r => (r.Subject, r.Object), r => Keep(r.Confidence));
        var people = result.People.Where(p => personIds.Contains(p.Id)).Select(p =>
        {
            var country = Code(p.Country) is { } c && represents.GetValueOrDefault((p.Id, c), true) ? c : null;
            var roles = p.Roles.Where(r => Keep(r.Confidence)).Select(r => r with { Country = Code(r.Country), Organization = Org(r.Organization) }).ToArray();
            return p with { Country = country, Roles = roles };
        }).ToArray();
        var byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);

        bool Party(string subject) => codes.Contains(subject) || orgIds.Contains(subject);
        var relations = result.Relations.Where(r => Keep(r.Confidence) && r.Type switch
        {
            RelationTypes.HoldsRole => byId.TryGetValue(r.Subject, out var p) && p.Roles.Any(x => x.Title == r.Object),
            RelationTypes.MemberOf => byId.TryGetValue(r.Subject, out var p) && p.Roles.Any(x => x.Organization == r.Object),
            RelationTypes.Represents => byId.TryGetValue(r.Subject, out var p) && p.Country == r.Object,
            RelationTypes.PartyTo => Party(r.Subject) && agreementIds.Contains(r.Object),
            RelationTypes.SignatoryOf => personIds.Contains(r.Subject) && agreementIds.Contains(r.Object),
            RelationTypes.SignedOn => agreementIds.Contains(r.Subject),
            RelationTypes.MetWith => personIds.Contains(r.Subject) && personIds.Contains(r.Object),
            _ => true,
        }).ToArray();

        // An agreement keeps the parties, signatories and date whose relation is kept.
        var kept = relations.Select(r => (r.Type, r.Subject, r.Object)).ToHashSet();
        var agreements = result.Agreements.Where(a => agreementIds.Contains(a.Id)).Select(a => a with
        {
            Parties = a.Parties.Where(x => kept.Contains((RelationTypes.PartyTo, x.Code ?? x.Organization!, a.Id))).ToArray(),
            Signatories = a.Signatories.Where(s => kept.Contains((RelationTypes.SignatoryOf, s, a.Id))).ToArray(),
            Date = a.Date is { } d && kept.Contains((RelationTypes.SignedOn, a.Id, d)) ? d : null,
        }).ToArray();
        var dates = result.Dates.Where(d => Keep(d.Confidence)).ToArray();
        return result with
        {
            People = people, Countries = countries, Organizations = organizations, Dates = dates, Agreements = agreements, Relations = relations,
        };
    }
}
