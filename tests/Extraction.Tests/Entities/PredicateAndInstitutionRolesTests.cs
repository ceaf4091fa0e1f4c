using Extraction.Records;

namespace Extraction.Tests.Entities;

/// <summary>
/// Roles of real wire copy: given by a predicate ("a été nommé"), fronted before a date, named after an institution
/// whose name holds a country, kept beside a rotating chair; sentences written for these tests (invented people).
/// </summary>
public sealed class PredicateAndInstitutionRolesTests
{
    private static ExtractionResult Extract(string body) => FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + body);

    private static (string Title, string? Country)[] RolesOf(ExtractionResult r, string name) =>
        r.People.Single(p => p.Name == name).Roles.Select(x => (x.Title, x.Country)).ToArray();

    [TestCase("Awa Ndiaye a été nommée ministre de la Santé du Sénégal mardi.", "Awa Ndiaye", "ministre de la Santé", "SN")]
    [TestCase("Karim Sow vient d'être élu président de la Commission de l'UEMOA.", "Karim Sow", "président de la Commission de l'UEMOA", null)]
    [TestCase("Fatou Diallo est la nouvelle ministre des Mines du Mali.", "Fatou Diallo", "ministre des Mines", "ML")]
    [TestCase("Luc Ondo, nommé ministre de la Défense en mars, a signé le décret.", "Luc Ondo", "ministre de la Défense", null)]
    [TestCase("Issa Kone, qui est ministre des Transports de la Guinée, a parlé.", "Issa Kone", "ministre des Transports", "GN")]
    public void A_predicate_after_the_name_gives_the_role(string body, string name, string title, string? country) =>
        Assert.That(RolesOf(Extract(body), name), Is.EqualTo(new[] { (title, country) }));

    [Test]
    public void A_predicate_role_has_its_own_basis()
    {
        var r = Extract("Awa Ndiaye a été nommée ministre de la Santé du Sénégal mardi.");
        var person = r.People.Single(p => p.Name == "Awa Ndiaye");
        var link = r.Relations.Single(x => x.Type == RelationTypes.HoldsRole && x.Subject == person.Id);
        Assert.That(link.Basis, Is.EqualTo(RelationBases.Predicate));
    }

    [Test]
    public void A_verb_that_gives_no_office_links_nothing()
    {
        var r = Extract("Awa Ndiaye a rencontré le ministre de la Santé mardi.");
        Assert.That(r.People.Single(p => p.Name == "Awa Ndiaye").Roles, Is.Empty);
    }

    [TestCase("Ministre de la Santé depuis mars 2019, Paul Ekomi a démissionné.", "Paul Ekomi", "Ministre de la Santé")]
    [TestCase("Le ministre d'alors, Paul Ekomi, avait refusé de signer.", "Paul Ekomi", "ministre")]
    [TestCase("Le président, Son Excellence Monsieur Paul Ekomi, a reçu les lettres de créance.", "Paul Ekomi", "président")]
    public void A_fronted_or_addressed_role_reaches_its_name(string body, string name, string title) =>
        Assert.That(RolesOf(Extract(body), name).Select(x => x.Title), Is.EqualTo(new[] { title }));

    [TestCase("Le gouverneur de la Banque centrale du Niger, Ali Maiga, a signé.", "Ali Maiga", "gouverneur de la Banque centrale du Niger", "NE")]
    [TestCase("Le chef d'état-major des Forces armées guinéennes, Sekou Camara, a parlé.", "Sekou Camara", "chef d'état-major des Forces armées guinéennes", "GN")]
    [TestCase("Le secrétaire général du Parti socialiste du Sénégal, Abdou Faye, a parlé.", "Abdou Faye", "secrétaire général du Parti socialiste du Sénégal", "SN")]
    [TestCase("Le président de l'Union sénégalaise des transporteurs, Modou Fall, a parlé.", "Modou Fall", "président de l'Union sénégalaise des transporteurs", "SN")]
    public void A_country_inside_an_institution_name_stays_in_the_title(string body, string name, string title, string country) =>
        Assert.That(RolesOf(Extract(body), name), Is.EqualTo(new[] { (title, (string?)country) }));

    [TestCase("Le secrétaire général de la Confédération générale des travailleurs, Jean Biyoghe, a parlé.", "Jean Biyoghe", "secrétaire général de la Confédération générale des travailleurs")]
    [TestCase("La directrice de la Direction générale des impôts, Awa Sarr, a parlé.", "Awa Sarr", "directrice de la Direction générale des impôts")]
    public void A_rank_word_after_a_noun_is_its_adjective(string body, string name, string title) =>
        Assert.That(RolesOf(Extract(body), name).Select(x => x.Title), Is.EqualTo(new[] { title }));

    [Test]
    public void A_lowercase_body_does_not_keep_its_nationality()
    {
        var r = Extract("Le chef d'état-major de l'armée malienne, Sekou Camara, a parlé.");
        Assert.That(RolesOf(r, "Sekou Camara"), Is.EqualTo(new[] { ("chef d'état-major de l'armée", (string?)"ML") }));
    }

    [TestCase("Le Président de la République du Niger, Ali Maiga, a reçu la délégation.", "président de la République", "NE")]
    [TestCase("Le président de la République démocratique du Congo, Jean Ilunga, a reçu la délégation.", "président", "CD")]
    public void A_republic_office_keeps_the_state_form_only(string body, string title, string country)
    {
        var role = Extract(body).People.Single().Roles.Single();
        Assert.That((role.Title.ToLowerInvariant(), role.Country), Is.EqualTo((title.ToLowerInvariant(), (string?)country)));
    }

    [Test]
    public void A_diplomat_s_workplace_leaves_the_title_and_gives_the_country()
    {
        var r = Extract("M. Kofi Boateng, chargé d'affaires a.i. de l'ambassade du Ghana, est venu.");
        Assert.That(RolesOf(r, "Kofi Boateng"), Is.EqualTo(new[] { ("chargé d'affaires a.i.", (string?)"GH") }));
    }

    [Test]
    public void A_comma_continues_a_portfolio_only_with_de()
    {
        var r = Extract("Le président de la Commission nationale, Paul Ekomi, en présence des délégués, a ouvert la séance. " +
                        "Le ministre de l'Intégration, de la Coopération et des Transports, Issa Kone, a parlé.");
        Assert.Multiple(() =>
        {
            Assert.That(RolesOf(r, "Paul Ekomi").Select(x => x.Title), Is.EqualTo(new[] { "président de la Commission nationale" }));
            Assert.That(RolesOf(r, "Issa Kone").Select(x => x.Title), Is.EqualTo(new[] { "ministre de l'Intégration, de la Coopération et des Transports" }));
        });
    }

    [Test]
    public void Capitalized_portfolio_words_stay_in_the_title_and_are_no_person()
    {
        var r = Extract("L'accord a été signé par le Ministre nigérien de la Défense nationale et des Anciens Combattants, M. Issa Garba.");
        Assert.Multiple(() =>
        {
            Assert.That(r.People.Select(p => p.Name), Is.EqualTo(new[] { "Issa Garba" }));
            Assert.That(RolesOf(r, "Issa Garba"), Is.EqualTo(new[] { ("Ministre de la Défense nationale et des Anciens Combattants", (string?)"NE") }));
        });
    }

    [TestCase("Les travaux ont été conduits par les Premiers ministres Paul Ekomi (Gabon) et Issa Kone (Mali).", "Premier ministre")]
    [TestCase("Les ministres gabonais et malien des Mines, Paul Ekomi (à g.) et Issa Kone, lundi à Dakar.", "ministre des Mines")]
    public void A_plural_role_is_shared_out_over_a_caption_or_a_list_with_countries_in_parentheses(string body, string title)
    {
        var r = Extract(body);
        Assert.Multiple(() =>
        {
            Assert.That(RolesOf(r, "Paul Ekomi"), Is.EqualTo(new[] { (title, (string?)"GA") }));
            Assert.That(RolesOf(r, "Issa Kone"), Is.EqualTo(new[] { (title, (string?)"ML") }));
        });
    }

    [Test]
    public void A_state_office_is_kept_beside_a_rotating_chair()
    {
        var r = Extract("Le président nigérien Ali Maiga, président en exercice de l'Union africaine, est arrivé.");
        Assert.That(RolesOf(r, "Ali Maiga").Select(x => x.Title), Is.EquivalentTo(new[] { "président", "président en exercice de l'Union africaine" }));
    }

    [TestCase("Le chef du Pentagone, John Miller, est arrivé à Dakar.", "John Miller", "chef du Pentagone", "US")]
    [TestCase("Le maître du Kremlin, Ivan Petrov, a parlé.", "Ivan Petrov", "maître du Kremlin", "RU")]
    public void A_metonymic_title_names_its_country(string body, string name, string title, string country) =>
        Assert.That(RolesOf(Extract(body), name), Is.EqualTo(new[] { (title, (string?)country) }));

    [Test]
    public void An_ambassador_s_full_title_and_country()
    {
        var r = Extract("M. Kofi Boateng, ambassadeur extraordinaire et plénipotentiaire du Ghana, a présenté ses lettres.");
        Assert.That(RolesOf(r, "Kofi Boateng"), Is.EqualTo(new[] { ("ambassadeur extraordinaire et plénipotentiaire", (string?)"GH") }));
    }

    [TestCase("Issa Kone et Paul Ekomi sont nommés respectivement ministres de l'Intérieur et de la Défense nationale.")]
    [TestCase("Issa Kone et Paul Ekomi, respectivement ministres de l'Intérieur et de la Défense nationale, ont parlé.")]
    [TestCase("Issa Kone et Paul Ekomi ont été nommés respectivement ministre de l'Intérieur et ministre de la Défense nationale.")]
    public void Respectivement_shares_out_portfolios_in_order(string body)
    {
        var r = Extract(body);
        Assert.Multiple(() =>
        {
            Assert.That(RolesOf(r, "Issa Kone").Select(x => x.Title), Is.EqualTo(new[] { "ministre de l'Intérieur" }));
            Assert.That(RolesOf(r, "Paul Ekomi").Select(x => x.Title), Is.EqualTo(new[] { "ministre de la Défense nationale" }));
        });
    }

    [Test]
    public void A_portfolio_without_a_joiner_is_not_shared_out()
    {
        var r = Extract("Ont signé les ministres en charge des Infrastructures, Issa Kone et Paul Ekomi.");
        Assert.That(r.People.Select(p => RolesOf(r, p.Name).Single().Title),
            Is.EqualTo(new[] { "ministre en charge des Infrastructures", "ministre en charge des Infrastructures" }));
    }

    [Test]
    public void A_portfolio_for_a_state_s_nationals_names_the_state()
    {
        var r = Extract("Le ministre des Affaires étrangères et des Maliens de l'Extérieur, M. Abdoulaye Sidibe, a parlé.");
        Assert.That(RolesOf(r, "Abdoulaye Sidibe"), Is.EqualTo(new[] { ("ministre des Affaires étrangères et des Maliens de l'Extérieur", (string?)"ML") }));
    }

    [Test]
    public void A_head_does_not_end_inside_an_organization_name()
    {
        var r = Extract("Le président du Conseil européen, Paul Ekomi, a réuni les dirigeants.");
        Assert.That(RolesOf(r, "Paul Ekomi").Select(x => x.Title), Is.EqualTo(new[] { "président du Conseil européen" }));
    }

    [Test]
    public void Jusqu_ici_stands_between_the_comma_and_the_role()
    {
        var r = Extract("Le général Hernan Salgado, jusqu'ici chef d'état-major conjoint, prendra ses fonctions lundi.");
        Assert.That(RolesOf(r, "Hernan Salgado").Select(x => x.Title), Is.EquivalentTo(new[] { "général", "chef d'état-major conjoint" }));
    }

    [Test]
    public void A_rank_keeps_its_qualifier()
    {
        var r = Extract("Pour le ministre de la Défense, le général à la retraite Arnulfo Quintero, il faut redonner l'initiative.");
        Assert.That(RolesOf(r, "Arnulfo Quintero").Select(x => x.Title), Is.EquivalentTo(new[] { "ministre de la Défense", "général à la retraite" }));
    }

    [TestCase("Le président du Parlement, Karim Haddad, chef du mouvement Amal, a suspendu la séance.", "Karim Haddad", "chef du mouvement Amal")]
    [TestCase("Le patron des députés, Karim Haddad, président du groupe Wakanda, a parlé.", "Karim Haddad", "président du groupe Wakanda")]
    public void A_lowercase_body_keeps_its_name(string body, string name, string title) =>
        Assert.That(RolesOf(Extract(body), name).Select(x => x.Title), Does.Contain(title));

    [Test]
    public void A_body_before_a_person_s_name_does_not_take_the_name()
    {
        var r = Extract("Le président du parti, Paul Ekomi, a parlé.");
        Assert.That(RolesOf(r, "Paul Ekomi").Select(x => x.Title), Is.EqualTo(new[] { "président du parti" }));
    }

    [Test]
    public void Son_homologue_takes_the_title_the_counterpart_had_at_that_point()
    {
        var r = Extract("Le ministre gabonais des Mines, Paul Ekomi, et son homologue malien, Issa Kone, ont signé un accord. " +
                        "Plus tard, M. Ekomi, également président de la Société gabonaise des mines, a visité le site.");
        Assert.That(RolesOf(r, "Issa Kone").Select(x => x.Title), Is.EqualTo(new[] { "ministre des Mines" }));
    }

    [Test]
    public void A_role_after_comme_goes_to_the_successor()
    {
        var r = Extract("Paul Ekomi a succédé au Malien Issa Kone comme président en exercice de la CEDEAO.");
        Assert.Multiple(() =>
        {
            Assert.That(RolesOf(r, "Paul Ekomi").Select(x => x.Title), Is.EqualTo(new[] { "président en exercice de la CEDEAO" }));
            Assert.That(r.People.Where(p => p.Name != "Paul Ekomi").SelectMany(p => p.Roles), Is.Empty);
        });
    }

    [Test]
    public void A_role_in_a_state_institution_serves_that_state_and_a_mission_for_a_country_does_not()
    {
        var r = Extract("Le porte-parole du Kremlin, Ivan Petrov, a réagi. L'émissaire de l'ONU pour la Libye, Karim Haddad, a démissionné.");
        Assert.Multiple(() =>
        {
            Assert.That(RolesOf(r, "Ivan Petrov"), Is.EqualTo(new[] { ("porte-parole du Kremlin", (string?)"RU") }));
            Assert.That(RolesOf(r, "Karim Haddad"), Is.EqualTo(new[] { ("émissaire de l'ONU pour la Libye", (string?)null) }));
        });
    }

    [Test]
    public void A_secretary_of_a_department_is_a_role()
    {
        var r = Extract("Le texte a été paraphé par le secrétaire au Trésor John Miller mercredi.");
        Assert.That(RolesOf(r, "John Miller").Select(x => x.Title), Is.EqualTo(new[] { "secrétaire au Trésor" }));
    }

    [Test]
    public void Son_homologue_in_a_fronted_clause_refers_to_the_subject_after_it()
    {
        var r = Extract("Reçu par son homologue Paul Ekomi, le président malien Issa Kone a salué la relation entre les deux pays.");
        Assert.That(RolesOf(r, "Paul Ekomi").Select(x => x.Title), Is.EqualTo(new[] { "président" }));
    }

    [Test]
    public void Son_homologue_coordinated_with_a_person_is_that_persons_counterpart()
    {
        var r = Extract("Le ministre des Mines, Paul Obame, a signé un accord, tandis que le ministre de la Santé, Luc Ondo, "
            + "et son homologue guinéen, Sekou Camara, ont signé une convention.");
        Assert.That(RolesOf(r, "Sekou Camara"), Is.EqualTo(new[] { ("ministre de la Santé", (string?)"GN") }));
    }

    [TestCase("Paul Obame, ministre d'Etat, ministre de la Défense, a signé le décret.", "ministre d'Etat", "ministre de la Défense")]
    [TestCase("La séance était présidée par Paul Obame, président du Sénat, président de la commission des lois.", "président du Sénat", "président de la commission des lois")]
    public void A_chain_of_roles_after_the_name_gives_every_role(string body, string first, string second)
    {
        var titles = RolesOf(Extract(body), "Paul Obame").Select(x => x.Title).ToArray();
        Assert.That(titles, Is.EqualTo(new[] { first, second }));
    }
}
