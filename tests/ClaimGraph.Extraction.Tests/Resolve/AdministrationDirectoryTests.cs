using ClaimGraph.Extraction.Resolve;

namespace ClaimGraph.Extraction.Tests.Resolve;

/// <summary>Issue 7: X政府 links to its state (ADMINISTRATION_OF) and its leader with the leader's dates (LED_BY).</summary>
public sealed class AdministrationDirectoryTests
{
    private static readonly AdministrationDirectory s_directory = AdministrationDirectory.From(ExtractionLexicons.Default);

    [Fact]
    public void baideng_zhengfu_is_the_us_government_led_by_biden_for_his_term()
    {
        var links = s_directory.Administration("ADMINISTRATION:拜登政府")!;

        Assert.Equal("COUNTRY:美国", links.Country!.Key);
        var led = Assert.Single(links.LedBy);
        Assert.Equal("PERSON:拜登", led.Leader.Key);
        Assert.Equal((new DateOnly(2021, 1, 20), new DateOnly(2025, 1, 20)), (led.From, led.To));
        Assert.Equal("US_PRESIDENT", led.Office);
    }

    [Fact]
    public void telangpu_zhengfu_has_both_of_trump_s_terms()
    {
        var led = s_directory.Administration("ADMINISTRATION:特朗普政府")!.LedBy;

        Assert.Equal([new DateOnly(2017, 1, 20), new DateOnly(2025, 1, 20)], led.Select(l => l.From!.Value));
        Assert.Null(led[1].To);
    }

    [Theory]
    [InlineData("ADMINISTRATION:奥巴马政府", "COUNTRY:美国", "PERSON:奥巴马", "2009-01-20")]
    [InlineData("ADMINISTRATION:岸田政府", "COUNTRY:日本", "PERSON:岸田文雄", "2021-10-04")]
    [InlineData("ADMINISTRATION:莫迪政府", "COUNTRY:印度", "PERSON:莫迪", "2014-05-26")]
    [InlineData("ADMINISTRATION:克林顿政府", "COUNTRY:美国", "PERSON:克林顿", "1993-01-20")]
    public void a_named_administration_follows_its_leader_s_term_as_head_of_government(string id, string country, string leader, string from)
    {
        var links = s_directory.Administration(id)!;

        Assert.Equal(country, links.Country!.Key);
        Assert.Equal(leader, links.LedBy[0].Leader.Key);
        Assert.Equal(from, links.LedBy[0].From!.Value.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void putin_s_acting_and_full_first_presidency_are_one_span()
    {
        var led = s_directory.Administration("ADMINISTRATION:普京政府")!.LedBy;

        Assert.Equal((new DateOnly(1999, 12, 31), new DateOnly(2008, 5, 7)), (led[0].From, led[0].To));
        Assert.Equal(new DateOnly(2012, 5, 7), led[1].From);
    }

    [Fact]
    public void a_leader_without_office_data_is_linked_without_dates()
    {
        var led = Assert.Single(s_directory.Administration("ADMINISTRATION:特鲁多政府")!.LedBy);

        Assert.Equal("PERSON:特鲁多", led.Leader.Key);
        Assert.Null(led.From);
        Assert.Null(led.Office);
    }

    [Fact]
    public void a_state_s_government_has_a_country_and_no_leader()
    {
        var links = s_directory.Administration("ADMINISTRATION:日本政府")!;

        Assert.Equal("COUNTRY:日本", links.Country!.Key);
        Assert.Empty(links.LedBy);
    }

    [Fact]
    public void an_administration_the_patterns_found_is_read_as_a_known_leader_and_suffix()
    {
        var links = s_directory.Administration("ADMINISTRATION:高市早苗内阁")!;

        Assert.Equal("COUNTRY:日本", links.Country!.Key);
        Assert.Equal("PERSON:高市早苗", links.LedBy[0].Leader.Key);
        Assert.Equal(new DateOnly(2025, 10, 21), links.LedBy[0].From);
    }

    [Fact]
    public void other_actors_have_no_administration_links()
    {
        Assert.Null(s_directory.Administration("PERSON:拜登"));
        Assert.Null(s_directory.Administration("no-colon"));
    }

    [Fact]
    public void a_leader_and_a_state_list_their_administrations()
    {
        Assert.Equal(["ADMINISTRATION:拜登政府"], s_directory.AdministrationsOf("PERSON:拜登").Select(a => a.Key));
        var us = s_directory.AdministrationsOf("COUNTRY:美国").Select(a => a.Key).ToList();
        Assert.Contains("ADMINISTRATION:美国政府", us);
        Assert.Contains("ADMINISTRATION:特朗普政府", us);
        Assert.DoesNotContain("ADMINISTRATION:岸田政府", us);
        Assert.Empty(s_directory.AdministrationsOf("ORGANIZATION:东盟"));
    }
}
