using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

public sealed class PivotReaderTests
{
    private static readonly ExtractionLexicons s_lexicons = ExtractionLexicons.Default;
    private static readonly PivotReader s_reader =
        new(s_lexicons.ClaimCues, new Coordination(new WordList(s_lexicons.ClaimCues.Coordinators)));

    [Theory]
    [InlineData("土耳其支持瑞典加入北约。", "加入", "瑞典")]
    [InlineData("美国欢迎印度尽快加入四方安全对话。", "加入", "印度")]
    [InlineData("美国拉拢日本和韩国遏制中国。", "遏制", "日本")]
    [InlineData("美国警告俄罗斯不要入侵乌克兰。", "入侵", "俄罗斯")]
    [InlineData("中方反对美国干涉中国内政。", "干涉", "美国")]
    [InlineData("美國敦促日本加強防衛。", "加強", "日本")]
    [InlineData("美国要求日本在今后几年里大幅加强防务。", "加强", "日本")]
    public void finds_the_first_name_a_pivot_verb_hands_the_act_to(string text, string act, string pivot) =>
        Assert.Equal(pivot, Find(text, act)?.Text);

    [Theory]
    [InlineData("土耳其支持瑞典加入北约。", "支持")]
    [InlineData("拜登可能支持世贸组织改革并加入跨太平洋伙伴关系协定。", "加入")]
    [InlineData("日本支持美国的盟友加入跨太平洋伙伴关系协定。", "加入")]
    [InlineData("美国驻日大使伯恩斯会见日本首相。", "会见")]
    [InlineData("即使美国加入，日本也不会加入。", "加入")]
    [InlineData("美国支持日本，遏制中国。", "遏制")]
    public void finds_none_where_the_name_is_no_pivot_or_stands_apart_from_the_act(string text, string act) =>
        Assert.Null(Find(text, act));

    [Fact]
    public void every_demand_verb_is_a_pivot_verb_for_it_is_read_only_where_a_pivot_hands_on_an_act() =>
        Assert.Subset(s_lexicons.ClaimCues.PivotVerbs.ToHashSet(), s_lexicons.ClaimCues.DemandVerbs.ToHashSet());

    private static Mention? Find(string text, string act)
    {
        var document = Extract.Sentence(text);
        var key = document.RequireNormalized().Key;
        var sentence = Assert.Single(document.Sentences);
        var at = key.IndexOf(s_lexicons.Key.Of(act), StringComparison.Ordinal);
        Assert.True(at >= 0, $"{act} is not in {text}");
        var clause = sentence.Clauses.FirstOrDefault(c => c.Contains(at), sentence.Local);
        var mentions = document.Mentions.OrderBy(m => m.Local.Start).ToList();
        return s_reader.Find(key, mentions, clause, at);
    }
}
