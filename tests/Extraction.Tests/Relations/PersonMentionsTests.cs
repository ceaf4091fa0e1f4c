using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>The people's mentions as the agreement rules search them, over the people the pipeline links roles to.</summary>
public sealed class PersonMentionsTests
{
    private const string Text = "Le ministre ghanéen de la Pêche, Kofi Mensah, a reçu la présidente de l'Assemblée, Afi Ayivi, puis le ministre Paul Koné. Ils ont parlé.";

    private static (PersonMentions Mentions, int End) Read()
    {
        var (_, linked) = RoleStageDocument.Read(Text).LinkedPeople();
        return (new PersonMentions(linked.People, linked.Facts), linked.People.Max(p => p.Mentions[^1].EndToken));
    }

    [Test]
    public void The_people_between_two_tokens_come_once_each_in_text_order()
    {
        var (_, linked) = RoleStageDocument.Read(Text).LinkedPeople();
        var found = new List<Extraction.Entities.PersonEntity>();
        new PersonMentions(linked.People, linked.Facts).AddPeopleBetween(-1, int.MaxValue, found);
        Assert.That(found.Select(p => p.Longest.Name), Is.EqualTo(new[] { "Kofi Mensah", "Afi Ayivi", "Paul Koné" }));
    }

    [Test]
    public void The_most_recent_people_of_a_title_are_those_whose_role_head_has_its_word()
    {
        var (mentions, end) = Read();
        Assert.Multiple(() =>
        {
            Assert.That(mentions.Recent(end, 2, excludeWomen: false, headWord: "ministre").Select(p => p.Longest.Name),
                Is.EqualTo(new[] { "Kofi Mensah", "Paul Koné" }));
            Assert.That(mentions.Recent(end, 2, excludeWomen: false, headWord: null).Select(p => p.Longest.Name),
                Is.EqualTo(new[] { "Afi Ayivi", "Paul Koné" }));
        });
    }

    [Test]
    public void Excluding_women_skips_a_person_with_a_feminine_title()
    {
        var (mentions, end) = Read();
        Assert.That(mentions.Recent(end, 2, excludeWomen: true, headWord: null).Select(p => p.Longest.Name),
            Is.EqualTo(new[] { "Kofi Mensah", "Paul Koné" }));
    }

    [Test]
    public void Only_mentions_before_the_token_are_recent()
    {
        var (mentions, _) = Read();
        Assert.That(mentions.Recent(0, 2, excludeWomen: false, headWord: null), Is.Empty);
    }
}
