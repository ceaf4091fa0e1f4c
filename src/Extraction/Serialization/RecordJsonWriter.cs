using Extraction.Records;
using Extraction.Tagging;
using Extraction.Tokenization;
using Newtonsoft.Json;

namespace Extraction.Serialization;

/// <summary>
/// Writes the output records field by field to a <see cref="JsonWriter"/>: the same calls, in the same order, that
/// Newtonsoft's serializer makes from the records' <c>JsonProperty</c> attributes, without its reflection, contract
/// building and emitted getters (about 60 ms of a cold start). The property names and their order here must match
/// the attributes on the records; <c>RecordJsonWriterTests</c> compares the two on every dev text and on edge cases.
/// </summary>
internal static class RecordJsonWriter
{
    // Enum names as the records' StringEnumConverters write them (camelCase for DateModifier and CountryMentionKind,
    // as declared for the analysis enums), indexed by value.
    private static readonly string[] DateModifierNames = ["start", "mid", "end", "approx", "before", "after"];
    private static readonly string[] CountryMentionKindNames = ["name", "demonym", "capital", "other"];

    private static readonly string[] TokenKindNames =
    [
        nameof(TokenKind.Word), nameof(TokenKind.Elision), nameof(TokenKind.Clitic), nameof(TokenKind.Number),
        nameof(TokenKind.Ordinal), nameof(TokenKind.Abbreviation), nameof(TokenKind.Punctuation), nameof(TokenKind.Symbol),
        nameof(TokenKind.Url), nameof(TokenKind.Email), nameof(TokenKind.Handle),
    ];

    private static readonly string[] UposTagNames =
    [
        nameof(UposTag.ADJ), nameof(UposTag.ADP), nameof(UposTag.ADV), nameof(UposTag.AUX), nameof(UposTag.CCONJ),
        nameof(UposTag.DET), nameof(UposTag.INTJ), nameof(UposTag.NOUN), nameof(UposTag.NUM), nameof(UposTag.PART),
        nameof(UposTag.PRON), nameof(UposTag.PROPN), nameof(UposTag.PUNCT), nameof(UposTag.SCONJ), nameof(UposTag.SYM),
        nameof(UposTag.VERB), nameof(UposTag.X),
    ];

    private static readonly string[] EntityTypeNames = [nameof(EntityType.PER), nameof(EntityType.LOC), nameof(EntityType.ORG), nameof(EntityType.MISC)];

    /// <summary>Writes <paramref name="result"/> as one JSON object.</summary>
    public static void Write(JsonWriter w, ExtractionResult result)
    {
        w.WriteStartObject();
        String(w, "schemaVersion", result.SchemaVersion);
        String(w, "language", result.Language);
        String(w, "referenceDate", result.ReferenceDate);
        w.WritePropertyName("people", false);
        if (Start(w, result.People)) { for (var i = 0; i < result.People.Count; i++) Write(w, result.People[i]); w.WriteEndArray(); }
        w.WritePropertyName("countries", false);
        if (Start(w, result.Countries)) { for (var i = 0; i < result.Countries.Count; i++) Write(w, result.Countries[i]); w.WriteEndArray(); }
        w.WritePropertyName("organizations", false);
        if (Start(w, result.Organizations)) { for (var i = 0; i < result.Organizations.Count; i++) Write(w, result.Organizations[i]); w.WriteEndArray(); }
        w.WritePropertyName("dates", false);
        if (Start(w, result.Dates)) { for (var i = 0; i < result.Dates.Count; i++) Write(w, result.Dates[i]); w.WriteEndArray(); }
        w.WritePropertyName("agreements", false);
        if (Start(w, result.Agreements)) { for (var i = 0; i < result.Agreements.Count; i++) Write(w, result.Agreements[i]); w.WriteEndArray(); }
        w.WritePropertyName("relations", false);
        if (Start(w, result.Relations)) { for (var i = 0; i < result.Relations.Count; i++) Write(w, result.Relations[i]); w.WriteEndArray(); }
        w.WriteEndObject();
    }

    /// <summary>Writes <paramref name="analysis"/> as one JSON object.</summary>
    public static void Write(JsonWriter w, TextAnalysis analysis)
    {
        w.WriteStartObject();
        w.WritePropertyName("tokens", false);
        if (Start(w, analysis.Tokens)) { for (var i = 0; i < analysis.Tokens.Count; i++) Write(w, analysis.Tokens[i]); w.WriteEndArray(); }
        w.WritePropertyName("sentences", false);
        if (Start(w, analysis.Sentences)) { for (var i = 0; i < analysis.Sentences.Count; i++) Write(w, analysis.Sentences[i]); w.WriteEndArray(); }
        w.WritePropertyName("entities", false);
        if (Start(w, analysis.Entities)) { for (var i = 0; i < analysis.Entities.Count; i++) Write(w, analysis.Entities[i]); w.WriteEndArray(); }
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, Person? person)
    {
        if (person is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "id", person.Id);
        String(w, "name", person.Name);
        String(w, "country", person.Country);
        w.WritePropertyName("roles", false);
        if (Start(w, person.Roles)) { for (var i = 0; i < person.Roles.Count; i++) Write(w, person.Roles[i]); w.WriteEndArray(); }
        Mentions(w, "mentions", person.Mentions);
        Number(w, "confidence", person.Confidence);
        w.WritePropertyName("knowledge", false);
        Write(w, person.Knowledge);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, Role? role)
    {
        if (role is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "title", role.Title);
        String(w, "country", role.Country);
        String(w, "organization", role.Organization);
        w.WritePropertyName("mention", false);
        Write(w, role.Mention);
        Number(w, "confidence", role.Confidence);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, LeaderKnowledge? knowledge)
    {
        if (knowledge is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "office", knowledge.Office);
        String(w, "title", knowledge.Title);
        String(w, "country", knowledge.Country);
        String(w, "from", knowledge.From);
        String(w, "to", knowledge.To);
        String(w, "source", knowledge.Source);
        Number(w, "confidence", knowledge.Confidence);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, Country? country)
    {
        if (country is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "code", country.Code);
        String(w, "name", country.Name);
        w.WritePropertyName("mentions", false);
        if (Start(w, country.Mentions)) { for (var i = 0; i < country.Mentions.Count; i++) Write(w, country.Mentions[i]); w.WriteEndArray(); }
        Number(w, "confidence", country.Confidence);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, CountryMention? mention)
    {
        if (mention is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        Number(w, "start", mention.Start);
        Number(w, "end", mention.End);
        String(w, "text", mention.Text);
        w.WritePropertyName("kind", false);
        Enum(w, (int)mention.Kind, CountryMentionKindNames);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, Organization? organization)
    {
        if (organization is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "id", organization.Id);
        String(w, "name", organization.Name);
        String(w, "country", organization.Country);
        Mentions(w, "mentions", organization.Mentions);
        Number(w, "confidence", organization.Confidence);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, DateExpression? date)
    {
        if (date is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "text", date.Text);
        Number(w, "start", date.Start);
        Number(w, "end", date.End);
        String(w, "value", date.Value);
        w.WritePropertyName("modifier", false);
        if (date.Modifier is { } modifier) Enum(w, (int)modifier, DateModifierNames);
        else w.WriteNull();
        Number(w, "confidence", date.Confidence);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, Agreement? agreement)
    {
        if (agreement is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "id", agreement.Id);
        String(w, "type", agreement.Type);
        w.WritePropertyName("parties", false);
        if (Start(w, agreement.Parties)) { for (var i = 0; i < agreement.Parties.Count; i++) Write(w, agreement.Parties[i]); w.WriteEndArray(); }
        w.WritePropertyName("signatories", false);
        if (Start(w, agreement.Signatories)) { for (var i = 0; i < agreement.Signatories.Count; i++) w.WriteValue(agreement.Signatories[i]); w.WriteEndArray(); }
        String(w, "date", agreement.Date);
        String(w, "place", agreement.Place);
        String(w, "status", agreement.Status);
        Mentions(w, "mentions", agreement.Mentions);
        Number(w, "confidence", agreement.Confidence);
        String(w, "basis", agreement.Basis);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, AgreementParty? party)
    {
        if (party is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "code", party.Code);
        String(w, "organization", party.Organization);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, Relation? relation)
    {
        if (relation is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        String(w, "type", relation.Type);
        String(w, "subject", relation.Subject);
        String(w, "object", relation.Object);
        w.WritePropertyName("evidence", false);
        Write(w, relation.Evidence);
        String(w, "date", relation.Date);
        Number(w, "confidence", relation.Confidence);
        String(w, "basis", relation.Basis);
        w.WriteEndObject();
    }

    private static void Mentions(JsonWriter w, string name, IReadOnlyList<Mention> mentions)
    {
        w.WritePropertyName(name, false);
        if (!Start(w, mentions)) return;
        for (var i = 0; i < mentions.Count; i++) Write(w, mentions[i]);
        w.WriteEndArray();
    }

    private static void Write(JsonWriter w, Mention? mention)
    {
        if (mention is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        Number(w, "start", mention.Start);
        Number(w, "end", mention.End);
        String(w, "text", mention.Text);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, AnalyzedToken? token)
    {
        if (token is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        Number(w, "start", token.Start);
        Number(w, "end", token.End);
        String(w, "text", token.Text);
        w.WritePropertyName("kind", false);
        Enum(w, (int)token.Kind, TokenKindNames);
        w.WritePropertyName("pos", false);
        Enum(w, (int)token.Pos, UposTagNames);
        w.WriteEndObject();
    }

    // Sentence has no attributes: the contract resolver's camelCase names.
    private static void Write(JsonWriter w, Sentence sentence)
    {
        w.WriteStartObject();
        Number(w, "start", sentence.Start);
        Number(w, "end", sentence.End);
        Number(w, "firstToken", sentence.FirstToken);
        Number(w, "endToken", sentence.EndToken);
        w.WriteEndObject();
    }

    private static void Write(JsonWriter w, EntityMention? entity)
    {
        if (entity is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        Number(w, "start", entity.Start);
        Number(w, "end", entity.End);
        String(w, "text", entity.Text);
        w.WritePropertyName("type", false);
        Enum(w, (int)entity.Type, EntityTypeNames);
        Number(w, "score", entity.Score);
        Number(w, "firstToken", entity.FirstToken);
        Number(w, "endToken", entity.EndToken);
        w.WriteEndObject();
    }

    /// <summary>Opens the array, or writes null for a null list (as the serializer does) and returns false.</summary>
    private static bool Start<T>(JsonWriter w, IReadOnlyList<T>? list) where T : class?
    {
        if (list is null) { w.WriteNull(); return false; }
        w.WriteStartArray();
        return true;
    }

    // Overload for the analysis's sentences (a struct list): Start<T> is constrained to reference types so that its
    // one shared instantiation is precompiled; a struct instantiation would be JIT-compiled at start-up.
    private static bool Start(JsonWriter w, IReadOnlyList<Sentence>? list)
    {
        if (list is null) { w.WriteNull(); return false; }
        w.WriteStartArray();
        return true;
    }

    private static void String(JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name, false);
        w.WriteValue(value);
    }

    private static void Number(JsonWriter w, string name, int value)
    {
        w.WritePropertyName(name, false);
        w.WriteValue(value);
    }

    private static void Number(JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name, false);
        w.WriteValue(value);
    }

    /// <summary>The enum's name; a value without a name is written as its number, as StringEnumConverter does.</summary>
    private static void Enum(JsonWriter w, int value, string[] names)
    {
        if ((uint)value < (uint)names.Length) w.WriteValue(names[value]);
        else w.WriteValue(value);
    }
}
