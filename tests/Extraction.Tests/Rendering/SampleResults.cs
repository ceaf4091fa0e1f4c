using Extraction.Records;

namespace Extraction.Tests.Rendering;

/// <summary>Hand-built results that use every record and mention kind, with nested mentions, for renderer tests.</summary>
internal static class SampleResults
{
    public const string Text =
        "date 2022-04\n" +
        "Le ministre israélien de la Défense, Benny Gantz, a signé le 24 novembre 2021 à Rabat un accord de coopération " +
        "sécuritaire avec le Maroc.\n\n" +
        "L'Union africaine (UA) a salué début mars l'accord, « historique » selon Gantz.\n";

    /// <summary>The mention of the <paramref name="occurrence"/>-th <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static Mention Find(string text, string needle, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{needle}' #{occurrence} not in text");
        }
        return new Mention(at, at + needle.Length, needle);
    }

    public static CountryMention Country(string text, string needle, CountryMentionKind kind, int occurrence = 0)
    {
        var m = Find(text, needle, occurrence);
        return new CountryMention(m.Start, m.End, m.Text, kind);
    }

    public static DateExpression Date(string text, string needle, string? value, DateModifier? modifier = null)
    {
        var m = Find(text, needle);
        return new DateExpression(m.Text, m.Start, m.End, value, modifier, 0.9);
    }

    /// <summary>Every kind: a person with a role whose mention contains a demonym, countries by name and capital, an
    /// organization with its acronym, two dates (one with a modifier), an agreement whose mention contains a country.</summary>
    public static ExtractionResult Full(string text = Text)
    {
        var role = new Role("ministre de la Défense", "IL", null, Find(text, "ministre israélien de la Défense"), 0.9);
        var gantz = new Person("person-1", "Benny Gantz", "IL", [role], [Find(text, "Benny Gantz"), Find(text, "Gantz", 1)], 0.95);
        var countries = new List<Country>
        {
            new("IL", "Israël", [Country(text, "israélien", CountryMentionKind.Demonym)], 0.9),
            new("MA", "Maroc", [Country(text, "Rabat", CountryMentionKind.Capital), Country(text, "Maroc", CountryMentionKind.Name)], 0.9),
        };
        var ua = new Organization("org-1", "Union africaine", null, [Find(text, "Union africaine"), Find(text, "UA")], 0.8);
        var dates = new List<DateExpression>
        {
            Date(text, "24 novembre 2021", "2021-11-24"),
            Date(text, "début mars", "2022-03", DateModifier.Start),
        };
        var agreement = new Agreement("agreement-1", "accord de coopération sécuritaire",
            [AgreementParty.ForCountry("IL"), AgreementParty.ForCountry("MA"), AgreementParty.ForOrganization("org-1")],
            ["person-1"], "2021-11-24", "Rabat", "signed",
            [Find(text, "accord de coopération sécuritaire avec le Maroc"), Find(text, "accord", 1)], 0.85);
        var evidence = Find(text, "Le ministre israélien de la Défense, Benny Gantz, a signé le 24 novembre 2021 à Rabat un accord de coopération sécuritaire avec le Maroc.");
        var relations = new List<Relation>
        {
            new(RelationTypes.HoldsRole, "person-1", "ministre de la Défense", evidence, null, 0.9),
            new(RelationTypes.SignatoryOf, "person-1", "agreement-1", evidence, null, 0.9),
            new(RelationTypes.PartyTo, "MA", "agreement-1", evidence, null, 0.9),
            new(RelationTypes.SignedOn, "agreement-1", "2021-11-24", evidence, "2021-11-24", 0.9),
        };
        return new ExtractionResult("2022-04", [gantz], countries, [ua], dates, [agreement], relations);
    }

    /// <summary>(kind, start, end) of every mention of <paramref name="result"/>, as the renderers must show them.</summary>
    public static IEnumerable<(string Kind, int Start, int End)> AllMentions(ExtractionResult result)
    {
        foreach (var p in result.People)
        {
            foreach (var m in p.Mentions) yield return ("person", m.Start, m.End);
            foreach (var r in p.Roles) yield return ("role", r.Mention.Start, r.Mention.End);
        }
        foreach (var c in result.Countries)
            foreach (var m in c.Mentions) yield return ("country", m.Start, m.End);
        foreach (var o in result.Organizations)
            foreach (var m in o.Mentions) yield return ("organization", m.Start, m.End);
        foreach (var d in result.Dates) yield return ("date", d.Start, d.End);
        foreach (var a in result.Agreements)
            foreach (var m in a.Mentions) yield return ("agreement", m.Start, m.End);
    }
}
