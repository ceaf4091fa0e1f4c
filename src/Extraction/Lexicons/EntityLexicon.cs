using System.Collections.Frozen;

namespace Extraction.Lexicons;

/// <summary>What a role head denotes.</summary>
internal enum RoleKind
{
    /// <summary>An office (ministre, président, ambassadeur).</summary>
    Office,
    /// <summary>A military rank (général, colonel); only before a name.</summary>
    Rank,
    /// <summary>A function (directeur, porte-parole, conseiller).</summary>
    Function,
    /// <summary>A seat in a body (membre du bureau politique): the person sits in it but does not sign for it.</summary>
    Membership,
}

/// <summary>A role head noun and the formal wording that equivalent wordings collapse to.</summary>
internal sealed record RoleHead(string Phrase, RoleKind Kind, string? Formal, bool Feminine = false, string? Country = null);

/// <summary>An instrument designation head ("protocole d' accord") and its family.</summary>
internal sealed record AgreementNoun(string Phrase, string Family, bool NeedsQualifier);

/// <summary>What a cue word says about an instrument.</summary>
internal enum AgreementStatus
{
    Mentioned,
    Signed,
    Concluded,
    Adopted,
    Ratified,
    Negotiated,
    Terminated,
    NotCounted,
}

/// <summary>
/// The hand-written tables of the entity and relation rules (roles, honorifics, name particles, instrument nouns,
/// cue words), loaded once from <c>Resources/Lexicons</c>.
/// </summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FormRows<AgreementStatus> _agreementCues;
    private readonly FormRows<bool> _meetingCues;

    private EntityLexicon(
        PhraseTable<RoleHead> roleHeads,
        FrozenSet<string> honorifics,
        FrozenSet<string> nameParticles,
        FrozenSet<string> nonPersonHeads,
        FrozenSet<string> institutionHeads,
        FrozenSet<string> governmentNouns,
        PhraseTable<AgreementNoun> agreementNouns,
        FormRows<AgreementStatus> agreementCues,
        FormRows<bool> meetingCues)
    {
        RoleHeads = roleHeads;
        Honorifics = honorifics;
        HonorificPhrases = honorifics.Where(h => h.Contains(' ')).Select(h => h.Split(' '))
            .OrderByDescending(p => p.Length).ThenBy(p => string.Join(' ', p), StringComparer.Ordinal).ToArray();
        NameParticles = nameParticles;
        NonPersonHeads = nonPersonHeads;
        InstitutionHeads = institutionHeads;
        GovernmentNouns = governmentNouns;
        AgreementNouns = agreementNouns;
        _agreementCues = agreementCues;
        _meetingCues = meetingCues;
    }

    public static EntityLexicon Default => Instance.Value;

    public PhraseTable<RoleHead> RoleHeads { get; }

    /// <summary>Honorifics as written (case-sensitive: "M.", "Mme", "S.E.M."); several-word forms ("Son Excellence Monsieur") included.</summary>
    public FrozenSet<string> Honorifics { get; }

    /// <summary>The several-word honorifics, as token sequences, longest first.</summary>
    public IReadOnlyList<string[]> HonorificPhrases { get; }

    /// <summary>Folded particles allowed inside names ("ould", "von", "da").</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Folded nouns that make a following name a place, institution or plan.</summary>
    public FrozenSet<string> NonPersonHeads { get; }

    /// <summary>The heads of <see cref="NonPersonHeads"/> that open the name of a body ("université", "musée", "fondation").</summary>
    public FrozenSet<string> InstitutionHeads { get; }

    public PhraseTable<AgreementNoun> AgreementNouns { get; }

    /// <summary>Folded nouns that, with a nationality adjective, name a state acting ("autorités", "présidence").</summary>
    public FrozenSet<string> GovernmentNouns { get; }

    /// <summary>The status a folded word signals about an instrument, or <see cref="AgreementStatus.Mentioned"/>.</summary>
    public AgreementStatus AgreementCue(string folded)
        => _agreementCues.TryMatch(folded, out var status) ? status : AgreementStatus.Mentioned;

    /// <summary>True when the folded word marks a meeting, call or visit.</summary>
    public bool IsMeetingCue(string folded)
        => _meetingCues.TryMatch(folded, out _);

    private static EntityLexicon Load()
    {
        var roles = ResourceTable.Load("Lexicons/role-heads.tsv");
        int head = roles.Column("head"), kind = roles.Column("kind"), formal = roles.Column("formal"), gender = roles.Column("gender"), country = roles.Column("country");
        var roleHeads = new PhraseTable<RoleHead>(roles.Rows.Select(r => KeyValuePair.Create(r[head], new RoleHead(
            r[head], Enum.Parse<RoleKind>(r[kind], ignoreCase: true), r[formal].Length == 0 ? null : r[formal], r[gender] == "f", r[country].Length == 0 ? null : r[country]))));

        var nouns = ResourceTable.Load("Lexicons/agreement-nouns.tsv");
        int phrase = nouns.Column("phrase"), family = nouns.Column("family"), qualified = nouns.Column("qualified");
        var agreementNouns = new PhraseTable<AgreementNoun>(nouns.Rows.Select(r =>
            KeyValuePair.Create(r[phrase], new AgreementNoun(r[phrase], r[family], r[qualified] == "yes"))));

        var cues = ResourceTable.Load("Lexicons/agreement-cues.tsv");
        int form = cues.Column("form"), match = cues.Column("match"), status = cues.Column("status");
        var agreementCues = cues.Rows
            .Select(r => (r[form], r[match] == "prefix", Enum.Parse<AgreementStatus>(r[status].Replace("-", ""), ignoreCase: true)))
            .OrderByDescending(c => c.Item1.Length).ThenBy(c => c.Item1, StringComparer.Ordinal);

        var meetings = ResourceTable.Load("Lexicons/meeting-cues.tsv");
        int mForm = meetings.Column("form"), mMatch = meetings.Column("match");
        var meetingCues = meetings.Rows.Select(r => (r[mForm], r[mMatch] == "prefix", true));

        // one table, two sets: every head that keeps a name from being a person, and those that open a body's name
        var nonPersons = ResourceTable.Load("Lexicons/non-person-heads.tsv");
        int nonPersonHead = nonPersons.Column("head"), nonPersonNote = nonPersons.Column("note");

        return new EntityLexicon(
            roleHeads,
            Column("Lexicons/honorifics.tsv", "form").ToFrozenSet(StringComparer.Ordinal),
            Column("Lexicons/name-particles.tsv", "particle").ToFrozenSet(StringComparer.Ordinal),
            nonPersons.Rows.Select(r => r[nonPersonHead]).ToFrozenSet(StringComparer.Ordinal),
            nonPersons.Rows.Where(r => r[nonPersonNote] is "institution" or "organization").Select(r => r[nonPersonHead]).ToFrozenSet(StringComparer.Ordinal),
            Column("Lexicons/government-nouns.tsv", "noun").ToFrozenSet(StringComparer.Ordinal),
            agreementNouns,
            new FormRows<AgreementStatus>(agreementCues, cues.Name),
            new FormRows<bool>(meetingCues, meetings.Name));
    }

    private static IEnumerable<string> Column(string resource, string column)
    {
        var table = ResourceTable.Load(resource);
        var c = table.Column(column);
        return table.Rows.Select(r => r[c]);
    }
}
