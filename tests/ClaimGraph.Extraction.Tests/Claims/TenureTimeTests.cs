using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>Issue 7: 上任百日, 执政首年 and 上台后 read from the holder's start in offices.json.</summary>
public sealed class TenureTimeTests
{
    private static TenureTime Tenure(string text, string? documentDate)
    {
        var document = Extract.Dated(text, documentDate);
        return Assert.Single(new TenureTimeReader(ExtractionLexicons.Default.Offices).Read(document, document.Sentences[0]));
    }

    [Theory]
    [InlineData("拜登上任百日之际，美国宣布与日本合作。", "2021-06-01", "2021-04-30", "拜登上任百日")]
    [InlineData("拜登上任一百天，美国宣布与日本合作。", "2021-06-01", "2021-04-30", "拜登上任一百天")]
    [InlineData("特朗普上任百日，美国宣布与日本合作。", "2025-06-01", "2025-04-30", "特朗普上任百日")]
    public void shangren_bairi_is_the_holder_s_start_plus_a_hundred_days(string text, string date, string expected, string expression)
    {
        var tenure = Tenure(text, date);

        Assert.Equal(expected, tenure.Time.Date.ToString());
        Assert.Equal(DatePrecision.Day, tenure.Time.Date.Precision);
        Assert.Equal(ClaimTimeSource.Relative, tenure.Time.Source);
        Assert.Equal(expression, tenure.Time.Expression);
    }

    [Fact]
    public void shangtai_hou_is_the_month_the_term_began()
    {
        Assert.Equal("2017-01", Tenure("特朗普上台后，美国退出了跨太平洋伙伴关系协定。", "2019-03-01").Time.Date.ToString());
    }

    [Fact]
    public void the_name_may_follow_shangren_zhichu()
    {
        Assert.Equal("2009-01", Tenure("上任之初，奥巴马寻求与中国合作。", "2012").Time.Date.ToString());
    }

    [Fact]
    public void zhizheng_shounian_is_the_year_holding_most_of_the_first_year_in_office()
    {
        // 岸田文雄 was foreign minister from 2012; as of 2023 his latest office began on 4 October 2021.
        Assert.Equal("2022", Tenure("岸田文雄执政首年，日本提高了防卫预算。", "2023-05-01").Time.Date.ToString());
    }

    [Fact]
    public void an_acting_term_followed_by_the_full_one_counts_from_the_acting_start()
    {
        Assert.Equal("2019-06", Tenure("埃斯珀上任后，美国加强了与日本的合作。", "2020-01-01").Time.Date.ToString());
    }

    [Fact]
    public void a_leader_elect_s_shangren_hou_is_the_coming_term()
    {
        Assert.Equal("2021-01", Tenure("拜登上任后，将更加注重团结盟友。", "2020-11-10").Time.Date.ToString());
    }

    [Fact]
    public void a_claim_in_the_sentence_takes_the_counted_time()
    {
        var document = Extract.Dated("拜登上任百日之际，美国宣布与日本加强合作。", "2021-06-01");

        var claim = Assert.Single(document.Claims, c => c.Time?.Source == ClaimTimeSource.Relative);
        Assert.Equal("2021-04-30", claim.Time!.Date.ToString());
    }

    [Fact]
    public void a_person_who_held_no_listed_office_gives_no_time()
    {
        var document = Extract.Dated("马凯硕上任后，新加坡加强了与日本的合作。", "2021-06-01");

        Assert.Empty(new TenureTimeReader(ExtractionLexicons.Default.Offices).Read(document, document.Sentences[0]));
    }
}
