using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Change claims come from verbs that change a line (调整, 改变, 放弃 …), not from nouns of reform or change that the gold
/// never reads so (世贸组织改革: 0 of 51 training sentences with 改革; 变化: 4 of 95), nor from non-alignment or capability nouns.
/// </summary>
public sealed class ChangeCueTests
{
    [Theory]
    [InlineData("中方认为，应推动世贸组织改革朝着有利于发展中成员的方向推进。")]
    [InlineData("拜登政府对特朗普政府政策的延续将大于变化。")]
    [InlineData("沙特力图摆脱经济对石油的过度依赖。")]
    public void reads_no_change_from_a_noun_of_reform_or_change(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Changes);
    }

    [Fact]
    public void still_reads_a_verb_that_changes_a_line()
    {
        var document = Extract.Sentence("拜登政府调整了特朗普政府的对华政策。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("拜登政府", Predicate.Changes, "特朗普政府"));
    }

    [Theory]
    [InlineData("拜登政府一改特朗普时期奉行的单边主义政策，大力推行同盟体系安全战略。", "拜登政府", "特朗普")]
    [InlineData("尹锡悦政府上台后，一改文在寅政府时期在中美之间寻求平衡的做法。", "尹锡悦政府", "文在寅政府")]
    public void reads_a_complete_turn_from_a_predecessors_line_as_a_change(string text, string subject, string predecessor)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, Predicate.Changes, predecessor), document.Claims.Select(document.Triple));
    }

    [Theory]
    [InlineData("中国政府推进统一改革开放的进程，支持东盟。")]
    [InlineData("日本政府唯一改革的领域是农业，并支持东盟。")]
    public void reads_no_change_where_the_turn_word_is_part_of_another(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Changes);
    }

    [Fact]
    public void still_reads_a_change_verb_after_a_word_ending_in_yi()
    {
        var document = Extract.Sentence("拜登政府逐一改变了特朗普政府的政策。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("拜登政府", Predicate.Changes, "特朗普政府"));
    }

    [Theory]
    [InlineData("芬兰和瑞典曾是不结盟国家。", Predicate.Cooperates)]
    [InlineData("印度尼西亚和马来西亚不愿在中美之间选边站队。", Predicate.Cooperates)]
    [InlineData("日本宣布将拥有反击能力。", Predicate.Opposes)]
    public void reads_no_act_from_nouns_that_hold_a_cue(string text, Predicate predicate)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == predicate);
    }
}
