using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// The model is not offered a name that belongs to another clause's act as a cue's object: a place before the cue, a
/// purpose or cause that 而 closes, a name of an earlier clause when the cue has its own object, the subject that opens
/// the next clause. Each found on real pages of other outlets (docs/ROBUSTNESS.md), where the model had accepted them.
/// </summary>
public sealed class ClauseReachTests
{
    [Theory]
    [InlineData("俄罗斯在叙利亚打击恐怖组织。", "打击", "叙利亚")]
    [InlineData("胡塞武装为声援加沙地带的巴勒斯坦人而加强了对红海船只的袭击。", "袭击", "巴勒斯坦")]
    [InlineData("日本为应对中国崛起而加强与美国的同盟。", "同盟", "中国")]
    [InlineData("在俄罗斯入侵乌克兰两周年之际，欧盟对俄罗斯实施新一轮制裁。", "制裁", "乌克兰")]
    [InlineData("中國實施高壓政策，北約對此表示憂慮。", "實施", "北約")]
    public void offers_no_name_of_another_clause_as_the_object(string text, string cue, string name) =>
        Assert.DoesNotContain(Extract.Candidates(text), c => c.CueWord == cue && c.Object?.Text == name);

    [Theory]
    [InlineData("胡塞武装为声援加沙地带的巴勒斯坦人而加强了对红海船只的袭击。", "声援", "巴勒斯坦")]
    [InlineData("日本为应对中国崛起而加强与美国的同盟。", "同盟", "美国")]
    [InlineData("在俄罗斯入侵乌克兰两周年之际，欧盟对俄罗斯实施新一轮制裁。", "制裁", "俄罗斯")]
    [InlineData("随着印度、伊朗先后加入，上海合作组织已经发展到9个成员国。", "加入", "上海合作组织")]
    [InlineData("美国退出了该组织，世界卫生组织对此表示遗憾。", "退出", null)]
    [InlineData("特朗普认为美国应该退出北约。", "退出", "北约")]
    public void still_offers_the_object_of_the_cues_own_clause(string text, string cue, string? name) =>
        Assert.Contains(Extract.Candidates(text), c => c.CueWord == cue && c.Object?.Text == name);
}
