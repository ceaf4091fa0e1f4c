using Extraction.Document;
using Extraction.Lexicons;
using Extraction.Records;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>Countries inferred for people on small documents written for these tests (invented people).</summary>
public sealed class NationalityInferenceTests
{
    private static PeopleFacts Infer(string text) => RoleStageDocument.Read(text).PeopleWithCountries();

    private static PersonFacts Person(PeopleFacts people, string name) => people[name];

    [Test]
    public void A_role_adjective_gives_the_country()
    {
        var person = Person(Infer("Le ministre malien de la Santé, Issa Traoré, a parlé."), "Issa Traoré");
        Assert.That((person.Country, person.CountryBasis), Is.EqualTo(("ML", RelationBases.RoleAdjective)));
    }

    [Test]
    public void The_side_named_near_a_person_is_theirs()
    {
        var person = Person(Infer("Représentant la partie marocaine, Karim Alami a signé le texte."), "Karim Alami");
        Assert.That((person.Country, person.CountryBasis), Is.EqualTo(("MA", RelationBases.Side)));
    }

    [Test]
    public void A_delegation_led_by_a_person_is_their_country()
    {
        var person = Person(Infer("Une délégation libyenne conduite par Omar Fathi est arrivée."), "Omar Fathi");
        Assert.That(person.Country, Is.EqualTo("LY"));
    }

    [Test]
    public void A_counterpart_in_a_two_country_story_is_of_the_other_country()
    {
        var people = Infer("Le Maroc et le Sénégal ont signé un accord. Le président sénégalais Amadou Sall a reçu son homologue Karim Alami.");
        var counterpart = Person(people, "Karim Alami");
        Assert.That((counterpart.Country, counterpart.CountryBasis), Is.EqualTo(("MA", RelationBases.Elimination)));
    }

    [Test]
    public void A_possessive_office_belongs_to_the_country_named_before_it()
    {
        var person = Person(Infer("Le Ghana a réagi, par la voix de son ministre de la Santé Kofi Mensah."), "Kofi Mensah");
        Assert.That(person.Country, Is.EqualTo("GH"));
    }

    [Test]
    public void A_visitor_of_the_other_country_is_not_the_host()
    {
        var people = Infer("Le Maroc et le Nigeria renforcent leurs liens. Lors de la visite du roi Karim Alami au Nigeria, le président nigérian Musa Bello l'a reçu.");
        Assert.That(Person(people, "Karim Alami").Country, Is.EqualTo("MA"));
    }

    [Test]
    public void No_counterpart_elimination_in_a_story_about_three_countries()
    {
        var people = Infer("Le Maroc, le Sénégal et le Ghana ont signé un accord. Le Ghana, le Maroc et le Sénégal le ratifieront. "
            + "Le président sénégalais Amadou Sall a reçu son homologue Karim Alami.");
        Assert.That(Person(people, "Karim Alami").Country, Is.Null);
    }

    [Test]
    public void A_meeting_with_both_sides_in_the_sentence_gives_no_side()
    {
        var people = Infer("Le Maroc et le Sénégal renforcent leurs liens. Reçue par le ministre sénégalais Amadou Sall, la ministre marocaine "
            + "Leila Bennani lui a remis un message du président Karim Alami.");
        Assert.That(Person(people, "Karim Alami").Country, Is.Null);
    }

    [Test]
    public void A_country_after_a_name_is_not_the_next_office_s()
    {
        var people = Infer("Le ministre Omar Fathi d'Espagne a remis un message au président de la République, Amadou Sall.");
        Assert.That(Person(people, "Amadou Sall").Country, Is.Not.EqualTo("ES"));
    }

    [Test]
    public void A_country_across_a_verb_is_another_clause_s()
    {
        var people = Infer("La délégation malienne a été reçue jeudi au palais par le Premier ministre Amadou Sall.");
        Assert.That(Person(people, "Amadou Sall").Country, Is.Not.EqualTo("ML"));
    }

    [Test]
    public void The_agent_after_a_side_is_that_side_s_however_long_the_title()
    {
        var people = Infer("Le contrat a été signé côté marocain par le directeur général de l'Office national des ports, le colonel Karim Alami, "
            + "et côté espagnol par le président de la société Navalia, Luis Ortega.");
        Assert.Multiple(() =>
        {
            Assert.That(Person(people, "Karim Alami").Country, Is.EqualTo("MA"));
            Assert.That(Person(people, "Luis Ortega").Country, Is.EqualTo("ES"));
        });
    }
}
