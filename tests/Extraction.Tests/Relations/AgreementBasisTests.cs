using Extraction.Records;

namespace Extraction.Tests.Relations;

/// <summary>An agreement's <c>basis</c> names how the text states its status: a cue of its own, a list lead, a set.</summary>
public sealed class AgreementBasisTests
{
    private static Agreement Of(ExtractionResult r, string type) => r.Agreements.Single(a => a.Type == type);

    [Test]
    public void Own_cues_give_the_kind_of_their_status()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "Le ministre ghanéen de l'Agriculture, Kwame Asante, et son homologue togolais, Kodjo Agbeko, ont signé mardi à Accra " +
            "un accord de coopération agricole. Les deux pays négocient par ailleurs un traité sur le partage des eaux de la Volta.");
        Assert.Multiple(() =>
        {
            Assert.That(Of(r, "accord de coopération agricole").Basis, Is.EqualTo(AgreementBases.SigningCue));
            Assert.That(Of(r, "traité sur le partage des eaux de la Volta").Basis, Is.EqualTo(AgreementBases.NegotiationCue));
        });
    }

    [Test]
    public void A_set_and_the_members_it_names()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "En tout, une dizaine d'accords ont été conclus jeudi entre le Ghana et le Togo, dont un accord sur le transport routier.");
        Assert.Multiple(() =>
        {
            Assert.That(Of(r, "accords").Basis, Is.EqualTo(AgreementBases.Set));
            Assert.That(Of(r, "accord sur le transport routier").Basis, Is.EqualTo(AgreementBases.SetMember));
        });
    }

    [Test]
    public void Dash_list_items_take_their_status_from_the_lead()
    {
        var r = FrenchNewsExtractor.Shared.Extract(
            "À l'issue de la commission mixte, les documents suivants ont été signés :\n" +
            "- un accord de coopération en matière d'énergie ;\n- un mémorandum d'entente sur la santé ;\n- une convention sur la pêche.");
        // the lead's cue is owned by the item nearest to it, the first; the others take the status from the lead
        Assert.That(r.Agreements.Select(a => a.Basis), Is.EqualTo(new[] { AgreementBases.SigningCue, AgreementBases.ListItem, AgreementBases.ListItem }));
    }

    [Test]
    public void Every_agreement_of_every_document_has_a_basis_and_every_relation_too()
    {
        foreach (var path in Support.RepoPaths.AllDocuments())
        {
            var r = FrenchNewsExtractor.Shared.Extract(File.ReadAllText(path));
            Assert.That(r.Agreements.Select(a => a.Basis), Has.None.Null, path);
            Assert.That(r.Relations.Select(x => x.Basis), Has.None.Null, path);
        }
    }
}
