using Extraction.Entities;
using Extraction.Lexicons;

namespace Extraction.Relations;

/// <summary>One instrument while the rules run: its mentions, parties, signatories and date.</summary>
internal sealed class AgreementEntity
{
    public AgreementEntity(AgreementMention first)
    {
        Mentions.Add(first);
        Status = first.Status;
    }

    public List<AgreementMention> Mentions { get; } = [];

    public AgreementStatus Status { get; set; }

    /// <summary>Country codes, in the order found.</summary>
    public List<string> Countries { get; } = [];

    /// <summary>Organization parties.</summary>
    public List<OrganizationRef> Organizations { get; } = [];

    public List<PersonEntity> Signatories { get; } = [];

    public DateRef? Date { get; set; }

    /// <summary>True when the text names the parties ("entre X et Y"): signatories then add none.</summary>
    public bool ExplicitParties { get; set; }

    public string? Place { get; set; }

    /// <summary>Sentence indexes that support the facts found (for relation evidence).</summary>
    public SortedSet<int> EvidenceSentences { get; } = [];

    public string Family
    {
        get
        {
            foreach (var m in Mentions)
                if (m.Noun is not null) return m.Family;
            return "";
        }
    }

    /// <summary>The fullest designation among the non-anaphoric mentions.</summary>
    public string Designation => Mentions.Where(m => !m.Anaphoric && m.Noun is not null)
        .OrderByDescending(m => m.EndToken - m.FirstToken).ThenBy(m => m.FirstToken)
        .Select(m => m.Designation).FirstOrDefault() ?? Mentions[0].Designation;

    /// <summary>The mention that gave the agreement its status: the first with the strongest.</summary>
    public AgreementMention StatusMention => Mentions.First(m => m.Status == Status);

    /// <summary>The evidence kind of the agreement, an <see cref="Records.AgreementBases"/> value: a set, or where its status comes from.</summary>
    public string Basis => Mentions[0].SetSize is not null ? Records.AgreementBases.Set : StatusMention.StatusSource switch
    {
        AgreementStatusSource.ListLead => Records.AgreementBases.ListItem,
        AgreementStatusSource.SetMember => Records.AgreementBases.SetMember,
        _ => Status switch
        {
            AgreementStatus.Signed => Records.AgreementBases.SigningCue,
            AgreementStatus.Negotiated => Records.AgreementBases.NegotiationCue,
            AgreementStatus.Terminated => Records.AgreementBases.TerminationCue,
            _ => Records.AgreementBases.ConclusionCue,
        },
    };

    public bool IsCounted => Status is not (AgreementStatus.Mentioned or AgreementStatus.NotCounted);

    /// <summary>The kind of evidence of each party (code or organization name), a <see cref="Records.RelationBases"/> value: the first that added it.</summary>
    public Dictionary<string, string> PartyBasis { get; } = new(StringComparer.Ordinal);

    /// <summary>The kind of evidence of each signatory, a <see cref="Records.RelationBases"/> value.</summary>
    public Dictionary<PersonEntity, string> SignatoryBasis { get; } = [];

    public void AddCountry(string code, string basis = Records.RelationBases.PartyClause)
    {
        if (!Countries.Contains(code)) Countries.Add(code);
        PartyBasis.TryAdd(code, basis);
    }

    public void AddOrganization(OrganizationRef organization, string basis = Records.RelationBases.PartyClause)
    {
        if (!Organizations.Any(o => o.Name == organization.Name)) Organizations.Add(organization);
        PartyBasis.TryAdd(organization.Name, basis);
    }

    public void AddSignatory(PersonEntity person, string basis = Records.RelationBases.SigningClause)
    {
        if (!Signatories.Contains(person)) Signatories.Add(person);
        SignatoryBasis.TryAdd(person, basis);
    }
}
