using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// A demand on a named party presses it (GUIDELINES rule 50: X要求Y… gives X CONFRONTS Y, asserted), but only the party
/// named right after the demand, and not when what is asked for is help or talks.
/// </summary>
public sealed class PressingDemandsTests
{
    [Theory]
    [InlineData("特朗普上台后，要求韩国承担更多驻韩美军费用。", "特朗普", "韩国")]
    [InlineData("中國外交部要求日方撤回錯誤言論。", "中國外交部", "日方")]
    [InlineData("美方要求荷兰和日本对华限制光刻机出口。", "美方", "日本")]
    [InlineData("美国要求了欧盟对中国施压。", "美国", "欧盟")]
    [InlineData("美国要求日本停止向俄罗斯提供芯片。", "美国", "日本")]
    [InlineData("美国要求韩国不要向中国提供芯片援助。", "美国", "韩国")]
    public void reads_a_demand_on_a_named_party_as_pressing_it(string text, string demander, string party)
    {
        var document = Extract.Sentence(text);

        var claim = Assert.Single(document.Claims, c => document.Triple(c) == (demander, Predicate.Confronts, party));
        Assert.Equal(Modality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("乌克兰要求美国提供更多军事援助。")]
    [InlineData("乌克兰要求美国尽快交付坦克。")]
    [InlineData("日本按照美国的要求日程行事。")]
    [InlineData("美国要求日本与中国对话。")]
    [InlineData("日本满足了美国的要求。")]
    [InlineData("美国要求与中国进行谈判。")]
    public void presses_no_one_it_does_not_name_or_asks_for_help_or_talks(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Confronts && document.Triple(c).Object is "美国" or "日本");
        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Confronts && document.Triple(c).Subject is "美国" or "乌克兰");
    }
}
