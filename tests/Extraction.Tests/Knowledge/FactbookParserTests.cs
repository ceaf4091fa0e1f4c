using Extraction.Records;
using Extraction.Training;

namespace Extraction.Tests.Knowledge;

/// <summary>The Factbook "Executive branch" parser of build-knowledge, on lines written in the Factbook's shape (invented people).</summary>
public sealed class FactbookParserTests
{
    private static readonly FactbookParser Parser = FactbookParser.LoadDefault();

    private static List<FactbookEntry> Parse(string content) => Parser.Parse(content);

    [Test]
    public void Reads_chief_of_state_and_head_of_government_with_since_dates()
    {
        var entries = Parse("chief of state: President Amadou Kofi MENSAH (since 7 January 2017) head of government: Prime Minister Ama SERWAA (since 12 March 2021) cabinet: Council of Ministers appointed by the president elections/appointments: president directly elected; Yaw DARKO (NPP) 51%");
        Assert.That(entries, Is.EqualTo(new[]
        {
            new FactbookEntry(LeaderOffices.ChiefOfState, "President", "Amadou Kofi", "MENSAH", "", "2017-01-07"),
            new FactbookEntry(LeaderOffices.HeadOfGovernment, "Prime Minister", "Ama", "SERWAA", "", "2021-03-12"),
        }));
    }

    [Test]
    public void Several_titles_in_one_section_and_a_note()
    {
        var entries = Parse("chief of state: President Tomas ORTEGA Vidal (since 10 January 2019); Vice President Lucia MARIN (since 10 January 2019); note - the president is both chief of state and head of government head of government: President Tomas ORTEGA Vidal (since 10 January 2019)");
        Assert.That(entries.Select(e => (e.Office, e.Title, e.Given, e.Family, e.After)), Is.EqualTo(new[]
        {
            (LeaderOffices.ChiefOfState, "President", "Tomas", "ORTEGA", "Vidal"),
            (LeaderOffices.VicePresident, "Vice President", "Lucia", "MARIN", ""),
            (LeaderOffices.HeadOfGovernment, "President", "Tomas", "ORTEGA", "Vidal"),
        }));
    }

    [Test]
    public void A_list_of_deputies_under_one_plural_title()
    {
        var entries = Parse("head of government: Premier LIU Wenbo (since 16 March 2013); Vice Premiers ZHAO Ming (since 16 March 2013), QIAN Hua (17 March 2014), and SUN Lei (since 18 March 2015) cabinet: State Council");
        Assert.That(entries.Select(e => (e.Office, e.Family, e.After, e.Since)), Is.EqualTo(new[]
        {
            (LeaderOffices.HeadOfGovernment, "LIU", "Wenbo", (string?)"2013-03-16"),
            (LeaderOffices.DeputyPrimeMinister, "ZHAO", "Ming", "2013-03-16"),
            (LeaderOffices.DeputyPrimeMinister, "QIAN", "Hua", "2014-03-17"),
            (LeaderOffices.DeputyPrimeMinister, "SUN", "Lei", "2015-03-18"),
        }));
    }

    [Test]
    public void Old_label_style_with_since_forms()
    {
        var entries = Parse("Chief of State--King HAMAD II (since NA 1987); Head of Government--Prime Minister Rashid bin KHALID Al Fayez (Acting Prime Minister since 3 May 1989, Prime Minister since mid-1990); Crown Prince FAISAL bin Hamad (born 4 April 1970)");
        Assert.That(entries.Select(e => (e.Office, e.Title, e.Given, e.Family, e.After, e.Since)), Is.EqualTo(new[]
        {
            (LeaderOffices.ChiefOfState, "King", "", "HAMAD II", "", (string?)"1987"),
            (LeaderOffices.HeadOfGovernment, "Prime Minister", "Rashid bin", "KHALID", "Al Fayez", "1990"),
            (LeaderOffices.DeputyPrimeMinister, "Crown Prince", "", "FAISAL", "bin Hamad", null),
        }));
    }

    [Test]
    public void Capitals_with_particles_and_family_name_first()
    {
        var entries = Parse("chief of state: President Jean-Paul VAN DER BERG (since 2 May 2016); Vice President Nadia al-MANSOURI (since 2 May 2016) head of government: Premier WEN Haoran (since 15 March 2018); Deputy Prime Minister Sean McALLISTER (since 1 June 2020) cabinet: none");
        Assert.That(entries.Select(e => (e.Office, e.Given, e.Family, e.After)), Is.EqualTo(new[]
        {
            (LeaderOffices.ChiefOfState, "Jean-Paul", "VAN DER BERG", ""),
            (LeaderOffices.VicePresident, "Nadia", "al-MANSOURI", ""),
            (LeaderOffices.HeadOfGovernment, "", "WEN", "Haoran"),
            (LeaderOffices.DeputyPrimeMinister, "Sean", "McALLISTER", ""),
        }));
    }

    [Test]
    public void Titles_joined_by_and_and_a_title_with_a_complement()
    {
        var entries = Parse("chief of state: King and Prime Minister OMAR bin Said Al Nasser (since 1 August 2005) head of government: King and Prime Minister OMAR bin Said Al Nasser (since 1 August 2005); President of the Council Sali DRAGA (since 4 July 2011)");
        Assert.That(entries.Select(e => (e.Office, e.Title, e.Given, e.Family)), Is.EqualTo(new[]
        {
            (LeaderOffices.ChiefOfState, "King and Prime Minister", "", "OMAR"),
            (LeaderOffices.HeadOfGovernment, "King and Prime Minister", "", "OMAR"),
            (LeaderOffices.HeadOfGovernment, "President of the Council", "Sali", "DRAGA"),
        }));
    }

    [Test]
    public void Letters_lost_by_the_archive_are_marked()
    {
        var entries = Parse("chief of state: President Ren LAFLEUR (since 3 May 2024) head of government: Prime Minister lodie D VRAIN (since 9 June 2024); Deputy Prime Minister Fran ois PETIT (since 9 June 2024)");
        Assert.That(entries.Select(e => (e.Given, e.Family)), Is.EqualTo(new[]
        {
            ("Ren", "LAFLEUR"),
            ("?lodie", "D?VRAIN"),
            ("Fran?ois", "PETIT"),
        }));
    }

    [TestCase("since 14 May 2017", "2017-05-14")]
    [TestCase("since May 2017", "2017-05")]
    [TestCase("since NA 2001", "2001")]
    [TestCase("since mid-1977", "1977")]
    [TestCase("29 March 1993", "1993-03-29")]
    [TestCase("Acting President since 3 May 1989, President since 9 April 1990", "1990-04-09")]
    [TestCase("born 31 August 1985", null)]
    [TestCase("half-brother of the monarch", null)]
    public void Since_dates(string parenthesis, string? expected) =>
        Assert.That(FactbookParser.Since([parenthesis]), Is.EqualTo(expected));

    [TestCase("MACRON", true)]
    [TestCase("McALLISTER", true)]
    [TestCase("al-SISI", true)]
    [TestCase("Hoseini-KHAMENEI", true)]
    [TestCase("VI", true)]
    [TestCase("Jinping", false)]
    [TestCase("D.", false)]
    [TestCase("bin", false)]
    public void Capital_words(string word, bool expected) => Assert.That(FactbookParser.IsCapitalWord(word), Is.EqualTo(expected));
}
