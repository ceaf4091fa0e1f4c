using Extraction.Document;
using Extraction.Entities;
using Extraction.Internal;
using Extraction.Lexicons;
using Extraction.Records;

namespace Extraction.Relations;

/// <summary>
/// Builds the immutable records from the document's layers: ids in order of first mention, mentions with exact
/// offsets, and the relations with the sentence that supports each. It infers nothing: every decision is a layer
/// of an earlier stage.
/// </summary>
internal sealed class ResultAssembler
{
    private readonly RoleMerger _roles;
    private readonly Func<string, string> _countryName;

    /// <param name="roles">Reduces each person's linked roles to distinct offices.</param>
    /// <param name="countryName">The name of a country record from its code.</param>
    public ResultAssembler(RoleMerger roles, Func<string, string> countryName)
    {
        _roles = roles;
        _countryName = countryName;
    }

    /// <summary>The records and relations of one document, each with its calibrated confidence, from its layers.</summary>
    public ExtractionResult Build(ExtractionDocument document)
    {
        var context = document.Context;
        var tokens = context.Tokens;
        var model = document.Model;
        var relations = new List<Relation>();
        var (organizations, organizationIds) = OrganizationRecords(context);
        var facts = document.DomesticFacts;
        var personIds = new string?[facts.Count]; // by person index; null for a person not kept
        var personRecords = new List<Person>();
        foreach (var p in document.People)
        {
            var id = $"person-{personRecords.Count + 1}";
            personIds[p.Index] = id;
            personRecords.Add(PersonRecord(tokens, p, facts[p], id, organizationIds, model, relations));
        }
        var countryRecords = CountryRecords(tokens, context.Countries, _countryName, personRecords, document.Agreements, model);
        var agreementRecords = AgreementRecords(tokens, document.Agreements, organizationIds, personIds, model, relations);
        foreach (var m in document.Meetings)
            relations.Add(new Relation(RelationTypes.MetWith, personIds[m.Host.Index]!, personIds[m.Guest.Index]!, SentenceSpan(tokens, m.Sentence), m.Date, 0.6, RelationBases.MeetingCue));
        return new ExtractionResult(document.ReferenceDate?.ToString(), personRecords, countryRecords, organizations, document.DateRecords,
            agreementRecords, relations);
    }

    /// <summary>
    /// One record per gazetteer entry, in order of first mention, named as the text writes it at its fullest ("CEDEAO"
    /// when only the acronym appears), the convention of the annotation guidelines; and each name's id.
    /// </summary>
    private static (List<Organization> Records, Dictionary<string, string> Ids) OrganizationRecords(EntityContext context)
    {
        var organizationIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var organizations = new List<Organization>();
        foreach (var group in context.Organizations.GroupBy(o => o.Name, StringComparer.Ordinal).OrderBy(g => g.Min(o => o.FirstToken)))
        {
            var id = $"org-{organizations.Count + 1}";
            organizationIds[group.Key] = id;
            var first = group.First();
            var mentions = group.OrderBy(o => o.FirstToken).Select(o => MentionOf(context.Tokens, o.FirstToken, o.EndToken)).ToArray();
            var name = mentions.OrderByDescending(m => m.Text.Length).First().Text;
            organizations.Add(new Organization(id, name, first.Country, mentions, 0.9));
        }
        return (organizations, organizationIds);
    }

    /// <summary>A person's record; adds its holds_role, member_of and represents relations to <paramref name="relations"/>.</summary>
    private Person PersonRecord(TokenText tokens, PersonEntity p, PersonFacts facts, string id, Dictionary<string, string> organizationIds,
        IConfidenceModel model, List<Relation> relations)
    {
        var merged = _roles.Merge(facts.Roles).OrderBy(r => r.Role.FirstToken).ToList();
        var roles = merged
            .Select(r => new Role(r.Title!, r.Country, r.Role.Organization is { } o && organizationIds.TryGetValue(o.Name, out var oid) ? oid : null,
                MentionOf(tokens, r.Role.FirstToken, r.Role.EndToken),
                model.Score(ConfidenceFields.Roles, r.Basis, RoleSignal(r, p), r.Role.Homologue ? 0.6 : 0.85)))
            .ToArray();
        var mentions = p.Mentions.Select(m => MentionOf(tokens, m.FirstToken, m.EndToken)).ToArray();
        var confidence = model.Score(ConfidenceFields.People, p.Evidence.ToString().ToLowerInvariant(),
            (roles.Length > 0 ? "role" : "norole") + (mentions.Length > 1 ? "-many" : "-one"),
            p.Evidence switch { NameEvidence.Honorific => 0.95, NameEvidence.Lexical => 0.9, _ => 0.75 });
        for (var k = 0; k < roles.Length; k++)
        {
            var role = roles[k];
            relations.Add(new Relation(RelationTypes.HoldsRole, id, role.Title, SentenceOf(tokens, role.Mention.Start), null, role.Confidence, merged[k].Basis));
            if (role.Organization is { } org)
                relations.Add(new Relation(RelationTypes.MemberOf, id, org, SentenceOf(tokens, role.Mention.Start), null, 0.8, RelationBases.RoleOrganization));
        }
        if (facts.Country is { } code)
        {
            // A country no step recorded came from a two-party agreement (the signatory no other one covers).
            var basis = facts.CountryBasis ?? RelationBases.Elimination;
            var evidence = roles.FirstOrDefault(r => r.Country == code)?.Mention ?? mentions[0];
            var known = model.Score(ConfidenceFields.PersonCountry, basis, roles.Any(r => r.Country == code) ? "role" : roles.Length > 0 ? "other-role" : "norole",
                basis == RelationBases.Knowledge && facts.Knowledge is { } k ? k.Confidence : 0.8);
            relations.Add(new Relation(RelationTypes.Represents, id, code, SentenceOf(tokens, evidence.Start), null, known, basis));
        }
        return new Person(id, p.Longest.Name, facts.Country, roles, mentions, confidence, facts.Knowledge);
    }

    /// <summary>
    /// One record per country referred to, in order of first mention; then the countries the result names without a
    /// mention, so that every code of the result is a country record.
    /// </summary>
    private static List<Country> CountryRecords(TokenText tokens, IReadOnlyList<CountryRef> countries, Func<string, string> countryName,
        List<Person> personRecords, IReadOnlyList<AgreementEntity> agreements, IConfidenceModel model)
    {
        // A code chosen from an ambiguous word's alternatives ("congolais": CG or CD) is a country of the document too.
        var referenced = personRecords.Select(p => p.Country).Concat(personRecords.SelectMany(p => p.Roles.Select(r => r.Country)))
            .Concat(agreements.SelectMany(a => a.Countries)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var refs = countries.ToList();
        foreach (var code in referenced.Where(code => countries.All(c => c.Code != code)).Order(StringComparer.Ordinal))
            refs.AddRange(countries.Where(c => c.Alternatives.Contains(code)).Select(c => c with { Code = code }));
        var countryRecords = refs
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Min(c => c.FirstToken))
            .Select(g => new Country(g.Key, countryName(g.Key),
                g.OrderBy(c => c.FirstToken).Select(c =>
                {
                    var m = MentionOf(tokens, c.FirstToken, c.EndToken);
                    return new CountryMention(m.Start, m.End, m.Text, c.Kind);
                }).ToArray(),
                model.Score(ConfidenceFields.Countries, g.Any(c => c.Kind == CountryMentionKind.Name) ? "name" : "other", CountSignal(g.Count()),
                    g.Any(c => c.Kind == CountryMentionKind.Name) ? 0.95 : 0.85)))
            .ToList();
        // A country the text never names, known from a person's knowledge or implied by an office (a nuncio serves the
        // Holy See), is a record without mentions.
        foreach (var code in referenced.Where(code => countryRecords.All(c => c.Code != code)).Order(StringComparer.Ordinal).ToList())
            countryRecords.Add(new Country(code, countryName(code), [], model.Score(ConfidenceFields.Countries, "implied", ConfidenceTable.Any, 0.6)));
        return countryRecords;
    }

    /// <summary>The agreement records, a set after its members; adds their party_to, signatory_of and signed_on relations.</summary>
    private static List<Agreement> AgreementRecords(TokenText tokens, IReadOnlyList<AgreementEntity> agreements, Dictionary<string, string> organizationIds,
        string?[] personIds, IConfidenceModel model, List<Relation> relations)
    {
        var agreementRecords = new List<Agreement>();
        foreach (var a in agreements.OrderBy(a => a.Mentions[0].SetSize is not null).ThenBy(a => a.Mentions[0].FirstToken))
        {
            var id = $"agreement-{agreementRecords.Count + 1}";
            var parties = a.Countries.Select(AgreementParty.ForCountry)
                .Concat(a.Organizations.Where(o => organizationIds.ContainsKey(o.Name)).Select(o => AgreementParty.ForOrganization(organizationIds[o.Name])))
                .ToArray();
            var partyBasis = a.Countries.Concat(a.Organizations.Where(o => organizationIds.ContainsKey(o.Name)).Select(o => o.Name))
                .Select(k => a.PartyBasis.GetValueOrDefault(k, RelationBases.SigningClause)).ToArray();
            var kept = a.Signatories.Where(p => personIds[p.Index] is not null).ToList();
            var signatoryBasis = kept.Select(p => a.SignatoryBasis.GetValueOrDefault(p, RelationBases.SigningClause)).ToArray();
            var signatories = kept.Select(p => personIds[p.Index]!).ToArray();
            var date = a.Date?.Value?.ToString();
            var evidence = SentenceSpan(tokens, a.EvidenceSentences.Min);
            agreementRecords.Add(new Agreement(id, a.Designation, parties, signatories, date, a.Place, a.Status.ToString().ToLowerInvariant(),
                a.Mentions.Select(m => MentionOf(tokens, m.FirstToken, m.EndToken)).ToArray(),
                model.Score(ConfidenceFields.Agreements, a.Status == AgreementStatus.Signed ? "signed" : "unsigned", AgreementSignal(tokens, a, signatories.Length), a.Status == AgreementStatus.Signed ? 0.9 : 0.75),
                a.Basis));
            for (var k = 0; k < parties.Length; k++)
                relations.Add(new Relation(RelationTypes.PartyTo, parties[k].Code ?? parties[k].Organization!, id, evidence, null, 0.75, partyBasis[k]));
            for (var k = 0; k < signatories.Length; k++)
                relations.Add(new Relation(RelationTypes.SignatoryOf, signatories[k], id, evidence, date, 0.8, signatoryBasis[k]));
            if (date is not null)
                relations.Add(new Relation(RelationTypes.SignedOn, id, date, SentenceOf(tokens, a.Date!.Span.Start), date, 0.8, RelationBases.SigningClause));
        }
        return agreementRecords;
    }

    /// <summary>Where the role is (organization, country, bare), how long its title is, and how far it is from the person's nearest name.</summary>
    private static string RoleSignal(LinkedRole r, PersonEntity p)
    {
        var gap = p.Mentions.Min(m => Math.Max(m.FirstToken - r.Role.EndToken, r.Role.FirstToken - m.EndToken));
        var words = r.Title!.Count(c => c == ' ') + 1;
        return (r.Role.Organization is not null ? "organization" : r.Country is not null ? "country" : "bare")
            + (words <= 2 ? "-short" : words <= 5 ? "-medium" : "-long") + (gap <= 0 ? "-adjacent" : gap <= 2 ? "-near" : "-far");
    }

    /// <summary>
    /// What varies within an agreement's kind, as flags in ordinal order joined by '-' ("none" when none holds): its date
    /// is in a sentence that mentions it ("dated", not a ceremony's date inherited), it has signatories ("signers").
    /// </summary>
    private static string AgreementSignal(TokenText tokens, AgreementEntity a, int signatories)
    {
        var ownDate = a.Date is { } d && a.EvidenceSentences.Contains(tokens.SentenceOf[d.FirstToken]);
        var flags = (ownDate ? "-dated" : "") + (signatories > 0 ? "-signers" : "");
        return flags.Length == 0 ? ConfidenceTable.NoFlag : flags[1..];
    }

    /// <summary>1, 2-3 or 4+ mentions.</summary>
    private static string CountSignal(int count) => count switch { <= 1 => "1", <= 3 => "2-3", _ => "4+" };

    public static Mention MentionOf(TokenText tokens, int first, int end)
    {
        var start = tokens.Tokens[first].Start;
        var stop = tokens.Tokens[end - 1].End;
        return new Mention(start, stop, tokens.Text[start..stop]);
    }

    public static Mention SentenceOf(TokenText tokens, int offset)
    {
        var sentences = tokens.Sentences;
        var lo = Sorted.FirstAbove<Tokenization.Sentence>(sentences, offset, static s => s.End);
        if (lo < sentences.Length && offset >= sentences[lo].Start)
            return new Mention(sentences[lo].Start, sentences[lo].End, tokens.Text[sentences[lo].Start..sentences[lo].End]);
        return new Mention(offset, offset, "");
    }

    public static Mention SentenceSpan(TokenText tokens, int sentence)
    {
        var s = tokens.Sentences[sentence];
        return new Mention(s.Start, s.End, tokens.Text[s.Start..s.End]);
    }
}
