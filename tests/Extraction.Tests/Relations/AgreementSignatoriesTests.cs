using Extraction.Records;

namespace Extraction.Tests.Relations;

/// <summary>Signatories and signing dates of agreements, end to end; sentences written for these tests (invented people).</summary>
public sealed class AgreementSignatoriesTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static string[] Signatories(ExtractionResult r, Agreement a) =>
        a.Signatories.Select(id => r.People.Single(p => p.Id == id).Name).ToArray();

    [Test]
    public void The_people_before_the_cue_sign_on_the_day_and_at_the_place_of_the_clause()
    {
        var r = Extract("Le ministre sénégalais de la Pêche, Moussa Ndiaye, et son homologue gambien, Lamin Jatta, ont signé jeudi à Dakar "
                        + "un accord de coopération en matière de pêche.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Signatories(r, a), Is.EqualTo(new[] { "Moussa Ndiaye", "Lamin Jatta" }));
            Assert.That(a.Parties.Select(p => p.Code), Is.EqualTo(new[] { "SN", "GM" }));
            Assert.That(a.Date, Is.EqualTo("2024-05-09"));
            Assert.That(a.Place, Is.EqualTo("Dakar"));
        });
    }

    private const string Ceremony =
        "Le ministre ivoirien des Mines, Yao Kouassi, a reçu mardi à Abidjan son homologue ghanéen, Kwame Asante. "
        + "Un accord sur l'exploitation minière a été signé par les deux ministres. "
        + "Un protocole de coopération douanière a ensuite été signé par Awa Traoré, directrice des douanes ivoiriennes, et Kofi Mensah, son homologue ghanéen.";

    [Test]
    public void Signe_par_les_deux_names_the_last_two_people_and_signe_par_x_et_y_names_them()
    {
        var r = Extract(Ceremony);
        Assert.Multiple(() =>
        {
            Assert.That(r.Agreements, Has.Count.EqualTo(2));
            Assert.That(Signatories(r, r.Agreements[0]), Is.EqualTo(new[] { "Yao Kouassi", "Kwame Asante" }));
            Assert.That(Signatories(r, r.Agreements[1]), Is.EqualTo(new[] { "Awa Traoré", "Kofi Mensah" }));
        });
    }

    [Test]
    public void A_signing_with_no_date_of_its_own_takes_the_date_of_the_meeting_told_before() =>
        Assert.That(Extract(Ceremony).Agreements.Select(a => a.Date), Is.EqualTo(new[] { "2024-05-07", "2024-05-07" }));

    private const string Visit =
        "Le ministre nigérien de la Santé, Moussa Issoufou, et son homologue burkinabè, Paul Ouédraogo, ont été reçus mardi à Niamey "
        + "par la présidente de l'Assemblée, Aminata Keïta. ";

    [Test]
    public void Les_deux_hommes_ont_signe_leaves_out_the_women_named_before_and_les_deux_ministres_does_not()
    {
        var men = Extract(Visit + "Les deux hommes ont signé un accord sur les vaccins.");
        var pair = Extract(Visit + "Les deux responsables ont signé un accord sur les vaccins.");
        Assert.Multiple(() =>
        {
            Assert.That(Signatories(men, men.Agreements.Single()), Is.EqualTo(new[] { "Moussa Issoufou", "Paul Ouédraogo" }));
            Assert.That(Signatories(pair, pair.Agreements.Single()), Is.EqualTo(new[] { "Paul Ouédraogo", "Aminata Keïta" }));
        });
    }

    [Test]
    public void The_agents_after_par_run_to_the_end_of_their_clause_however_long()
    {
        // the second signatory comes more than 64 tokens after "par": the row scans the clause, not a window
        var r = Extract("Une convention de partenariat a été signée par Awa Traoré, directrice générale de l'Agence ivoirienne de "
                        + "promotion des exportations, qui représentait à cette occasion le gouvernement, les chambres de commerce, "
                        + "les associations professionnelles du secteur agricole, les coopératives de producteurs de cacao, de café "
                        + "et d'anacarde de toutes les régions du pays ainsi que les transporteurs routiers et les exportateurs du port "
                        + "autonome, et Kofi Mensah, directeur général de l'Autorité ghanéenne des exportations ; "
                        + "la cérémonie a eu lieu en présence de Yao Kouassi.");
        Assert.That(Signatories(r, r.Agreements.Single()), Is.EqualTo(new[] { "Awa Traoré", "Kofi Mensah" }));
    }

    [Test]
    public void A_pair_subject_with_a_person_named_before_the_cue_gives_the_people_of_the_clause()
    {
        var pair = Extract(Visit + "Selon un communiqué, les deux ministres ont signé un accord sur les vaccins.");
        var named = Extract(Visit + "Selon un communiqué, les deux ministres et Aminata Keïta ont signé un accord sur les vaccins.");
        Assert.Multiple(() =>
        {
            Assert.That(Signatories(pair, pair.Agreements.Single()), Is.EqualTo(new[] { "Paul Ouédraogo", "Aminata Keïta" }));
            Assert.That(Signatories(named, named.Agreements.Single()), Is.EqualTo(new[] { "Aminata Keïta" }));
        });
    }

    [Test]
    public void The_subject_of_a_signing_is_in_its_own_clause_after_a_break()
    {
        var r = Extract("Le ministre malien des Mines, Oumar Keita, a reçu jeudi à Bamako Kofi Boateng, puis "
                        + "le ministre malien des Transports, Adama Coulibaly, et son homologue ghanéen, Yaw Mensah, ont signé un accord sur le transit routier.");
        Assert.That(Signatories(r, r.Agreements.Single()), Is.EqualTo(new[] { "Adama Coulibaly", "Yaw Mensah" }));
    }

    private const string DashList =
        "Le ministre nigérien du Commerce, Ali Mahamane, a reçu jeudi à Niamey son homologue tchadien, Brahim Abakar. Parmi les textes signés figurent :\n"
        + "- un accord de coopération dans le domaine de l'élevage et de la santé animale, signé par le ministre nigérien de l'Élevage, "
        + "Moussa Garba, et son homologue tchadien, Idriss Mahamat ;\n"
        + "- un protocole sur le transit des marchandises, par les deux ministres du Commerce, Ali Mahamane et Brahim Abakar.";

    [Test]
    public void Each_dash_item_signed_by_its_own_agents_even_the_first_after_the_lead()
    {
        var r = Extract(DashList);
        Assert.Multiple(() =>
        {
            Assert.That(r.Agreements, Has.Count.EqualTo(2));
            Assert.That(Signatories(r, r.Agreements[0]), Is.EqualTo(new[] { "Moussa Garba", "Idriss Mahamat" }));
            Assert.That(Signatories(r, r.Agreements[1]), Is.EqualTo(new[] { "Ali Mahamane", "Brahim Abakar" }));
        });
    }

    [Test]
    public void Les_deux_ministres_are_the_last_two_ministers_not_the_last_two_people()
    {
        var r = Extract("Le ministre malien de la Santé, Oumar Diarra, a reçu mercredi à Bamako son homologue nigérien, Issa Moussa, "
                        + "et le directeur de l'hôpital du Point G, Seydou Traoré. Un protocole sur la formation des médecins porte la signature des deux ministres.");
        Assert.That(Signatories(r, r.Agreements.Single()), Is.EquivalentTo(new[] { "Oumar Diarra", "Issa Moussa" }));
    }

    [Test]
    public void A_pronoun_opening_the_next_sentence_with_a_signing_stands_for_the_instrument()
    {
        var r = Extract("Le Togo et le Bénin ont conclu un accord sur la pêche. Il a été signé par le ministre togolais de la Pêche, "
                        + "Komi Agbeko, et son homologue béninois, Rachidi Gbadamassi.");
        var a = r.Agreements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Signatories(r, a), Is.EqualTo(new[] { "Komi Agbeko", "Rachidi Gbadamassi" }));
            Assert.That(r.People.Single(p => p.Name == "Rachidi Gbadamassi").Country, Is.EqualTo("BJ"));
        });
    }

    [Test]
    public void A_pronoun_without_a_signing_verb_is_no_instrument()
    {
        var r = Extract("Le Togo et le Bénin ont conclu un accord sur la pêche. Il a été reçu par le ministre togolais de la Pêche, Komi Agbeko.");
        Assert.That(r.Agreements.Single().Signatories, Is.Empty);
    }
}
