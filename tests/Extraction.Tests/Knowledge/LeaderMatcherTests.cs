using Extraction.Knowledge;
using Extraction.Records;
using Extraction.Temporal;

namespace Extraction.Tests.Knowledge;

/// <summary>Matching names of the text to office holders, on a small table of invented leaders.</summary>
public sealed class LeaderMatcherTests
{
    // Invented rows in the shape of Knowledge/leaders.tsv.
    private const string Table = """
        country	office	title	given	family	after	display	from	to	first	last
        GH	chief of state	President	Kwame Osei	BOATENG		Kwame Osei Boateng	2017-01-07	2025-01-07	2017	2024
        GH	head of government	Prime Minister	Akosua	MENSAH-ADDO		Akosua Mensah-Addo	2019-03-01		2021	2025
        GH	vice president	Vice President	Yaw	DARKO		Yaw Darko	2017-01-07	2025-01-07	2017	2024
        TG	chief of state	President	Komi	AGBEKO		Komi Agbeko	2005-05-04	2015-05-04	2005	2014
        TG	head of government	Prime Minister	Kossi	AGBEKO		Kossi Agbeko	2015-06-01		2016	2025
        EG	chief of state	President	Abdelkarim Said	el-HAMDI		Abdelkarim Said El-Hamdi	2014-06-08		2015	2025
        SA	chief of state	King	Faisal bin	SALMAN	Al Rashid	Faisal bin Salman Al Rashid	2015-01-23		2015	2025
        SA	head of government	Crown Prince and Prime Minister		MUHAMMAD BIN SALMAN	bin Faisal Al Rashid	Muhammad Bin Salman bin Faisal Al Rashid	2022-09-27		2022	2025
        CN	chief of state	President		WU	Lianfeng	Wu Lianfeng	2013-03-14		2013	2025
        AO	chief of state	President	Joao Manuel Goncalves	LOURIDO		Joao Manuel Goncalves Lourido	2017-09-26		2017	2025
        TN	chief of state	President	Kais	SAIEDI		Kais Saiedi	2019-10-23		2021	2025
        BJ	chief of state	President	John	SMITH		John Smith	2010-01-01	2016-01-01	2010	2015
        LR	chief of state	President	John	SMITH		John Smith	2012-01-01	2018-01-01	2012	2017
        FR	chief of state	President	Pierre	DUVAL		Pierre Duval	2017-05-14		2017	2025
        AD	chief of state	Co-prince	Coprince Pierre	DUVAL		Coprince Pierre Duval	2017-05-14		2017	2025
        """;

    private static readonly LeaderMatcher Matcher = new(LeaderTable.Parse("test-leaders.tsv", Table, LeaderNames.Default));

    private static LeaderMatch? Match(string name, string? date, params string[] documentCountries) =>
        Matcher.Match(name, date is null ? null : PartialDate.Parse(date), documentCountries);

    [Test]
    public void A_head_of_state_in_office_at_the_reference_date()
    {
        var match = Match("Kwame Osei Boateng", "2020-05");
        Assert.That(match, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(match!.Leader.Country, Is.EqualTo("GH"));
            Assert.That(match.Kind, Is.EqualTo(LeaderMatchKind.Full));
            Assert.That(match.ToRecord(), Is.EqualTo(new LeaderKnowledge(LeaderOffices.ChiefOfState, "President", "GH", "2017-01-07", "2025-01-07", "CIA World Factbook", 0.9)));
        });
    }

    [Test]
    public void A_former_holder_matches_only_after_the_tenure_and_by_full_name()
    {
        LeaderMatch? Former(string name, string date) => Matcher.Match(name, PartialDate.Parse(date), [], former: true);
        Assert.Multiple(() =>
        {
            Assert.That(Former("Komi Agbeko", "2020-03")?.Leader.Country, Is.EqualTo("TG"));
            Assert.That(Former("Komi Agbeko", "2010-03"), Is.Null, "still in office");
            Assert.That(Former("Agbeko", "2020-03"), Is.Null, "a surname alone");
            Assert.That(Former("Kwame Osei Boateng", "2026-01")?.Leader.Country, Is.EqualTo("GH"));
        });
    }

    [TestCase("2010-05")]
    [TestCase("2025-06")]
    public void The_same_name_outside_the_tenure_matches_nothing(string date) => Assert.That(Match("Kwame Osei Boateng", date), Is.Null);

    [Test]
    public void A_small_margin_either_side_of_the_tenure() => Assert.That(Match("Kwame Boateng", "2016-11")?.Leader.Country, Is.EqualTo("GH"));

    [Test]
    public void Missing_middle_names_accents_and_transliteration()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Match("João Lourido", "2022-01")?.Leader.Country, Is.EqualTo("AO"));
            Assert.That(Match("Kaïs Saïedi", "2022-01")?.Leader.Country, Is.EqualTo("TN"));
            Assert.That(Match("Abdelkarim al-Hamdi", "2022-01")?.Leader.Country, Is.EqualTo("EG"));
            Assert.That(Match("Abdel Karim el-Hamdi", "2022-01")?.Leader.Country, Is.EqualTo("EG"));
            Assert.That(Match("Abdelkarim Elhamdi", "2022-01")?.Leader.Country, Is.EqualTo("EG"));
            Assert.That(Match("Mohammed ben Salmane", "2023-01")?.Leader.Display, Is.EqualTo("Muhammad Bin Salman bin Faisal Al Rashid"));
            Assert.That(Match("Mohamed Ben Salman", "2023-01")?.Leader.Office, Is.EqualTo(LeaderOffices.HeadOfGovernment));
        });
    }

    [Test]
    public void Family_name_first() => Assert.That(Match("Wu Lianfeng", "2020-01")?.Leader.Country, Is.EqualTo("CN"));

    [Test]
    public void A_surname_alone_when_one_leader_of_that_name_is_in_office()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Match("Boateng", "2020-05")?.Kind, Is.EqualTo(LeaderMatchKind.Surname));
            Assert.That(Match("Boateng", "2020-05")?.Leader.Country, Is.EqualTo("GH"));
            // two AGBEKOs in office around May 2015 (the president leaving, the prime minister arriving): no guess
            Assert.That(Match("Agbeko", "2015-04"), Is.Null);
            // but only one in 2020
            Assert.That(Match("Agbeko", "2020-01")?.Leader.Display, Is.EqualTo("Kossi Agbeko"));
            // the given name tells the two apart
            Assert.That(Match("Komi Agbeko", "2015-04")?.Leader.Office, Is.EqualTo(LeaderOffices.ChiefOfState));
        });
    }

    [Test]
    public void A_homonym_in_two_countries_needs_a_country_of_the_document()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Match("John Smith", "2014-01"), Is.Null);
            Assert.That(Match("John Smith", "2014-01", "LR", "FR")?.Leader.Country, Is.EqualTo("LR"));
            Assert.That(Match("John Smith", "2014-01", "LR", "BJ"), Is.Null);
            // only one of them in office at the date
            Assert.That(Match("John Smith", "2011-01")?.Leader.Country, Is.EqualTo("BJ"));
        });
    }

    [Test]
    public void With_no_reference_date_any_tenure_at_a_lower_confidence()
    {
        var dated = Match("Kwame Osei Boateng", "2020-05")!;
        var undated = Match("Kwame Osei Boateng", null);
        Assert.That(undated, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(undated!.Leader.Country, Is.EqualTo("GH"));
            Assert.That(undated.Confidence, Is.LessThan(dated.Confidence));
            // the homonyms stay apart without a date too
            Assert.That(Match("John Smith", null), Is.Null);
        });
    }

    [Test]
    public void A_vice_president()
    {
        var match = Match("Yaw Darko", "2019-02");
        Assert.Multiple(() =>
        {
            Assert.That(match?.Leader.Office, Is.EqualTo(LeaderOffices.VicePresident));
            Assert.That(match?.Leader.Title, Is.EqualTo("Vice President"));
        });
    }

    [Test]
    public void A_different_given_name_is_another_person()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Match("Ama Boateng", "2020-05"), Is.Null);
            Assert.That(Match("Kwabena Boateng", "2020-05"), Is.Null);
        });
    }

    [Test]
    public void A_country_from_the_text_restricts_the_candidates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Matcher.Match("Kwame Osei Boateng", PartialDate.Parse("2020-05"), [], "TG"), Is.Null);
            Assert.That(Matcher.Match("John Smith", PartialDate.Parse("2014-01"), [], "BJ")?.Leader.Country, Is.EqualTo("BJ"));
        });
    }

    [Test]
    public void An_office_held_ex_officio_abroad_does_not_make_a_leader_ambiguous() =>
        Assert.That(Match("Pierre Duval", "2020-01")?.Leader.Country, Is.EqualTo("FR"));
}
