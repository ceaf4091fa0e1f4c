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

    public bool IsCounted => Status is not (AgreementStatus.Mentioned or AgreementStatus.NotCounted);

    public void AddCountry(string code)
    {
        if (!Countries.Contains(code)) Countries.Add(code);
    }

    public void AddOrganization(OrganizationRef organization)
    {
        if (!Organizations.Any(o => o.Name == organization.Name)) Organizations.Add(organization);
    }

    public void AddSignatory(PersonEntity person)
    {
        if (!Signatories.Contains(person)) Signatories.Add(person);
    }
}
