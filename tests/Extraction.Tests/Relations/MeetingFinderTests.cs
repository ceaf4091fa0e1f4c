using Extraction.Document;
using Extraction.Tests.Support;

namespace Extraction.Tests.Relations;

/// <summary>The meeting pass on small documents: who met whom, and the date of the meeting's sentence.</summary>
public sealed class MeetingFinderTests
{
    private static IReadOnlyList<Meeting> Meetings(string text) => TestDocuments.Through(text, StageNames.Meetings).Meetings;

    [Test]
    public void A_meeting_cue_links_the_sentence_s_first_person_to_each_other_with_its_first_resolved_date()
    {
        var meetings = Meetings("date 2024-05-10\nLe 3 mai 2024, le président Paul Koné a reçu le ministre Kofi Mensah et la ministre Afi Ayivi.");
        Assert.Multiple(() =>
        {
            Assert.That(meetings.Select(m => (m.Host.Longest.Name, m.Guest.Longest.Name)),
                Is.EqualTo(new[] { ("Paul Koné", "Kofi Mensah"), ("Paul Koné", "Afi Ayivi") }));
            Assert.That(meetings.Select(m => m.Date), Is.All.EqualTo("2024-05-03"));
        });
    }

    [Test]
    public void A_date_of_another_sentence_does_not_date_the_meeting()
    {
        var meetings = Meetings("date 2024-05-10\nLe sommet s'est ouvert le 3 mai 2024. Le président Paul Koné a reçu le ministre Kofi Mensah.");
        Assert.That(meetings.Single().Date, Is.Null);
    }

    [Test]
    public void A_sentence_without_a_meeting_cue_makes_no_meeting() =>
        Assert.That(Meetings("Le président Paul Koné et le ministre Kofi Mensah ont parlé de pêche."), Is.Empty);
}
