using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Evaluation;

namespace ClaimGraph.Learning.Tests;

/// <summary>
/// The shipped models read the frames of wire reports, which the academic training text rarely uses: a meeting of
/// officeholders introduced by state and title is one ENGAGES claim between the officeholders, and nothing else.
/// </summary>
public sealed class NewsFrameTests
{
    private static readonly Lazy<SentenceExtractor> s_extractor =
        new(() => new SentenceExtractor(new AnalyzerFactory(ExtractionLexicons.Default).ForSentence()));

    [Theory]
    [InlineData("中国国家主席习近平同法国总统马克龙举行会谈。", "习近平", "马克龙")]
    [InlineData("国家主席习近平在人民大会堂会见美国国务卿布林肯。", "习近平", "布林肯")]
    [InlineData("印度总理莫迪与澳大利亚总理阿尔巴尼斯举行双边会谈。", "莫迪", "阿尔巴尼斯")]
    [InlineData("俄罗斯总统普京与土耳其总统埃尔多安通电话，双方讨论了乌克兰局势。", "普京", "埃尔多安")]
    [InlineData("美國總統拜登與日本首相岸田文雄在白宮舉行會談。", "拜登", "岸田文雄")]
    [InlineData("中國外交部長王毅在北京會見新加坡外長維文。", "王毅", "維文")]
    [InlineData("中国国家主席习近平在韩国釜山与美国总统特朗普举行会晤。", "习近平", "特朗普")]
    [InlineData("外長王毅在巴西與俄羅斯外長拉夫羅夫會面。", "王毅", "拉夫羅夫")]
    public void a_meeting_of_introduced_officeholders_is_one_engages_claim(string text, string subject, string obj)
    {
        var line = s_extractor.Value.Extract("news#1", "news", text);

        var claim = Assert.Single(line.Claims);
        Assert.Equal((subject, "ENGAGES", obj), (claim.Subject, claim.Predicate, claim.Object));
        Assert.DoesNotContain(line.Entities, e => e.Type == "ORGANIZATION");
    }

    [Theory]
    [InlineData("美国国务卿布林肯批评中国支持俄罗斯。", "布林肯")]
    [InlineData("美国副国务卿坎贝尔批评中国支持俄罗斯。", "坎贝尔")]
    [InlineData("德国外长贝尔伯克批评中国支持俄罗斯。", "贝尔伯克")]
    public void the_act_a_critic_names_is_the_criticized_one_s(string text, string critic)
    {
        var line = s_extractor.Value.Extract("news#1", "news", text);

        Assert.Equal(
            [(critic, "OPPOSES", "中国"), ("中国", "COOPERATES", "俄罗斯")],
            line.Claims.Select(c => (c.Subject, c.Predicate, c.Object)).OrderBy(t => t.Subject == "中国"));
    }
}
