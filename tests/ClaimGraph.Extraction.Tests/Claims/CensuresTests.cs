using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// A speaker's negative judgement of a named actor is the speaker's opposition to it, with no source (GUIDELINES rule 42).
/// </summary>
public sealed class CensuresTests
{
    [Theory]
    [InlineData("中国外交部发言人毛宁指出，美方泛化国家安全概念、滥用出口管制措施，严重违反国际经贸规则。", "毛宁", "美方")]
    [InlineData("毛宁指出，美方一边声称无意与中国脱钩，一边升级对华科技封锁，这种做法违背市场经济规律。", "毛宁", "美方")]
    [InlineData("拜登在白宫发表讲话称，中国通过不公平的贸易做法向全球市场倾销过剩产能。", "拜登", "中国")]
    [InlineData("林劍表示，歐洲議會「歪曲事實」。", "林劍", "歐洲議會")]
    [InlineData("毛宁指出，乌克兰的主权遭到俄罗斯侵犯。", "毛宁", "俄罗斯")]
    [InlineData("毛宁指出，乌克兰危机中美国违反承诺。", "毛宁", "美国")]
    [InlineData("中方和俄方表示，日本的做法违反国际法。", "中方", "日本")]
    [InlineData("毛宁表示，中国一贯支持多边主义，但美国违反世贸规则。", "毛宁", "美国")]
    public void reads_a_reported_judgement_as_the_speakers_opposition(string text, string speaker, string judged)
    {
        var document = Extract.Sentence(text);

        var claim = Assert.Single(document.Claims, c => document.Triple(c) == (speaker, Predicate.Opposes, judged));
        Assert.Null(claim.Source);
        Assert.False(claim.Negated);
        Assert.Single(document.Claims, c => c.Predicate == Predicate.Opposes && document.Triple(c).Subject == speaker);
    }

    [Theory]
    [InlineData("美国表示，日本并未违反协议。")]
    [InlineData("专家认为，关税将损害美国经济。")]
    [InlineData("美方泛化国家安全概念，严重违反国际经贸规则。")]
    public void reads_no_opposition_without_a_speaker_a_judged_actor_or_with_the_judgement_denied(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Opposes);
    }
}
