using Extraction.Records;

namespace Extraction.Tests.Knowledge;

/// <summary>
/// "L'ancien président X", "l'ex-Premier ministre X": a leader named as a former office holder gets the country of the
/// office held before the article's date, from the embedded knowledge base; sentences written for these tests.
/// </summary>
public sealed class FormerLeadersTests
{
    private static Person Person(string text, string name) =>
        FrenchNewsExtractor.Shared.Extract(" date 2024-05-10 " + text).People.Single(p => p.Name == name);

    [TestCase("L'ancien président Jacques Chirac a été évoqué lors de la cérémonie.", "Jacques Chirac", "FR")]
    [TestCase("L'ex-président François Hollande a publié une tribune.", "François Hollande", "FR")]
    public void A_former_leader_named_in_full_gets_the_country_led(string text, string name, string country)
    {
        var person = Person(text, name);
        Assert.Multiple(() =>
        {
            Assert.That(person.Country, Is.EqualTo(country));
            Assert.That(person.Knowledge?.Country, Is.EqualTo(country));
        });
    }

    [Test]
    public void Without_a_former_marker_an_out_of_office_leader_stays_unknown() =>
        Assert.That(Person("Jacques Chirac a été évoqué lors de la cérémonie.", "Jacques Chirac").Country, Is.Null);

    [TestCase("L'ex-ministre Paul Ekomi a publié une tribune.", "ex-ministre")]
    [TestCase("L'ex-Premier ministre Paul Ekomi a publié une tribune.", "ex-Premier ministre")]
    public void A_glued_former_marker_keeps_the_role(string text, string title) =>
        Assert.That(Person(text, "Paul Ekomi").Roles.Select(r => r.Title), Is.EqualTo(new[] { title }));
}
