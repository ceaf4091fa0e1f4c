using System.Globalization;
using Extraction.Records;

namespace Extraction.Rendering;

/// <summary>The kinds of mention a report highlights, in nesting priority (outer first on equal spans).</summary>
internal enum HighlightKind
{
    Agreement,
    Organization,
    Role,
    Person,
    Country,
    Date,
}

/// <summary>One mention to highlight: where it is, what it is, and the normalized value shown on hover.</summary>
/// <param name="Start">UTF-16 offset of the first code unit.</param>
/// <param name="End">UTF-16 offset one past the last code unit.</param>
/// <param name="Kind">Mention kind.</param>
/// <param name="Ref">Id or code of the record the mention belongs to ("person-1", "MA", "2021-11-24").</param>
/// <param name="Value">Normalized value: canonical name, ISO code, ISO date, role title or agreement type.</param>
/// <param name="Tooltip">Full hover text.</param>
internal readonly record struct HighlightSpan(int Start, int End, HighlightKind Kind, string Ref, string Value, string Tooltip)
{
    /// <summary>Lower-case name used in CSS classes and data attributes.</summary>
    public static string KindName(HighlightKind kind) => kind switch
    {
        HighlightKind.Agreement => "agreement",
        HighlightKind.Organization => "organization",
        HighlightKind.Role => "role",
        HighlightKind.Person => "person",
        HighlightKind.Country => "country",
        HighlightKind.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Every mention of <paramref name="result"/> that lies inside <paramref name="textLength"/>, deduplicated and
    /// sorted so that an enclosing span comes before the spans it contains: start ascending, end descending, then kind.
    /// Mentions with offsets outside the text or empty are left out.
    /// </summary>
    public static List<HighlightSpan> Collect(ExtractionResult result, int textLength)
    {
        var names = new DisplayNames(result);
        var spans = new List<HighlightSpan>();

        void Add(int start, int end, HighlightKind kind, string reference, string value, string tooltip)
        {
            if (start < 0 || end > textLength || start >= end) return;
            spans.Add(new HighlightSpan(start, end, kind, reference, value, tooltip));
        }

        foreach (var person in result.People)
        {
            var country = person.Country is null ? "" : " · " + names.Country(person.Country);
            var basis = result.Relations.FirstOrDefault(r => r.Type == RelationTypes.Represents && r.Subject == person.Id)?.Basis is { } b ? $" ({b})" : "";
            var knowledge = person.Knowledge is { } k
                ? $" · {k.Title ?? k.Office}, {names.Country(k.Country)}, {k.From ?? "?"} – {k.To ?? "…"} ({k.Source})"
                : "";
            foreach (var m in person.Mentions)
                Add(m.Start, m.End, HighlightKind.Person, person.Id, person.Name, $"Person: {person.Name}{country}{basis}{knowledge} · {person.Id}");
            foreach (var role in person.Roles)
            {
                var roleCountry = role.Country is null ? "" : " · " + names.Country(role.Country);
                var roleOrg = role.Organization is null ? "" : " · " + names.Of(role.Organization);
                Add(role.Mention.Start, role.Mention.End, HighlightKind.Role, person.Id, role.Title,
                    $"Role: {role.Title}{roleCountry}{roleOrg} · held by {person.Name}");
            }
        }
        foreach (var country in result.Countries)
        {
            foreach (var m in country.Mentions)
                Add(m.Start, m.End, HighlightKind.Country, country.Code, country.Code,
                    $"Country: {country.Code} · {country.Name} · {m.Kind.ToString().ToLowerInvariant()}");
        }
        foreach (var org in result.Organizations)
        {
            var country = org.Country is null ? "" : " · " + names.Country(org.Country);
            foreach (var m in org.Mentions)
                Add(m.Start, m.End, HighlightKind.Organization, org.Id, org.Name, $"Organization: {org.Name}{country} · {org.Id}");
        }
        foreach (var date in result.Dates)
        {
            var value = date.Value ?? "unresolved";
            var modifier = date.Modifier is { } mod ? " · " + mod.ToString().ToLowerInvariant() : "";
            Add(date.Start, date.End, HighlightKind.Date, value, value, $"Date: {value}{modifier}");
        }
        foreach (var agreement in result.Agreements)
        {
            var details = new List<string> { $"Agreement: {agreement.Type}", agreement.Status };
            if (agreement.Date is not null) details.Add(agreement.Date);
            if (agreement.Parties.Count > 0) details.Add("parties " + string.Join(", ", agreement.Parties.Select(names.Party)));
            if (agreement.Signatories.Count > 0) details.Add("signed by " + string.Join(", ", agreement.Signatories.Select(names.Of)));
            var tooltip = string.Join(" · ", details);
            foreach (var m in agreement.Mentions)
                Add(m.Start, m.End, HighlightKind.Agreement, agreement.Id, agreement.Type, tooltip);
        }

        // Same span, kind and record twice (a role repeated under two titles) is highlighted once.
        var distinct = new List<HighlightSpan>(spans.Count);
        var seen = new HashSet<(int, int, HighlightKind, string)>();
        foreach (var span in spans)
        {
            if (seen.Add((span.Start, span.End, span.Kind, span.Ref))) distinct.Add(span);
        }
        distinct.Sort(NestingOrder);
        return distinct;
    }

    /// <summary>Start ascending, end descending, kind, then reference and value (ordinal): a total, deterministic order.</summary>
    public static int NestingOrder(HighlightSpan a, HighlightSpan b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c != 0) return c;
        c = b.End.CompareTo(a.End);
        if (c != 0) return c;
        c = a.Kind.CompareTo(b.Kind);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Ref, b.Ref);
        return c != 0 ? c : string.CompareOrdinal(a.Value, b.Value);
    }
}

/// <summary>Human-readable names for the ids and codes a result uses (person-1 → its name, MA → "MA Maroc").</summary>
internal sealed class DisplayNames
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);

    public DisplayNames(ExtractionResult result)
    {
        foreach (var p in result.People) _byId.TryAdd(p.Id, p.Name);
        foreach (var o in result.Organizations) _byId.TryAdd(o.Id, o.Name);
        foreach (var a in result.Agreements) _byId.TryAdd(a.Id, a.Type);
        foreach (var c in result.Countries) _countries.TryAdd(c.Code, c.Name);
    }

    /// <summary>The name of the record with this id, or the id itself when unknown.</summary>
    public string Of(string id) => _byId.TryGetValue(id, out var name) ? name : id;

    /// <summary>"MA Maroc" when the country is in the result, else the code alone.</summary>
    public string Country(string code) => _countries.TryGetValue(code, out var name) ? code + " " + name : code;

    /// <summary>Subject or object of a relation: a record name, a country, or the value itself (title, date).</summary>
    public string Any(string idOrValue) =>
        _byId.TryGetValue(idOrValue, out var name) ? name
        : _countries.TryGetValue(idOrValue, out var country) ? idOrValue + " " + country
        : idOrValue;

    /// <summary>A party as "MA Maroc" or an organization name.</summary>
    public string Party(AgreementParty party) =>
        party.Code is not null ? Country(party.Code)
        : party.Organization is not null ? Of(party.Organization)
        : "?";

    public static string Confidence(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
