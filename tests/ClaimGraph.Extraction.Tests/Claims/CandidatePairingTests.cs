using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Which (subject, object) pairs the rules offer the decider at all: names listed side by side are no counterparts of
/// each other, a pronoun after a verb fills its object, and a name another actor's act marks is that act's.
/// </summary>
public sealed class CandidatePairingTests
{
    [Theory]
    [InlineData("莫斯科和平壤否认有武器转移。", "莫斯科", "平壤")]
    [InlineData("日本和韩国是围堵中国的第一岛链。", "日本", "韩国")]
    [InlineData("中国和俄罗斯都支持伊朗。", "中国", "俄罗斯")]
    public void pairs_no_names_listed_side_by_side_before_the_cue(string text, string first, string second)
    {
        var candidates = Extract.Candidates(text);

        Assert.NotEmpty(candidates);
        Assert.DoesNotContain(candidates, c => c.Subject.Text == first && c.Object?.Text == second);
    }

    [Theory]
    [InlineData("美国、欧盟和日本正就工业补贴问题展开讨论。", "美国", "欧盟")]
    [InlineData("中国与美国加强合作。", "中国", "美国")]
    [InlineData("中、美两国全面战略竞争。", "中", "美")]
    [InlineData("以色列与伊朗相互攻击。", "以色列", "伊朗")]
    [InlineData("俄罗斯和乌克兰互相指责。", "俄罗斯", "乌克兰")]
    public void pairs_listed_names_when_the_act_is_between_them(string text, string first, string second) =>
        Assert.Contains(Extract.Candidates(text), c => c.Subject.Text == first && c.Object?.Text == second);

    [Theory]
    [InlineData("美国对印度商品加征关税，以惩罚其持续购买俄罗斯原油。")]
    [InlineData("美国制裁他们从俄罗斯进口石油。")]
    public void a_pronoun_after_a_verb_keeps_later_names_from_its_object(string text) =>
        Assert.DoesNotContain(Extract.Candidates(text), c => c.Subject.Text == "美国" && c.Object?.Text == "俄罗斯");

    [Theory]
    [InlineData("美国支持其盟友日本。", "美国", "日本")]
    [InlineData("中国支持其邻国巴基斯坦的和平努力。", "中国", "巴基斯坦")]
    [InlineData("美国批评其前总统特朗普的对华政策。", "美国", "特朗普")]
    public void a_noun_that_sets_the_name_beside_the_pronoun_still_names_the_object(string text, string subject, string obj) =>
        Assert.Contains(Extract.Candidates(text), c => c.Subject.Text == subject && c.Object?.Text == obj);

    [Fact]
    public void a_name_marked_for_another_actors_act_is_not_the_cues_object()
    {
        var candidates = Extract.Candidates("欧盟抵制美国对伊朗的制裁。");

        Assert.Contains(candidates, c => c.CueWord == "抵制" && c.Object?.Text == "美国");
        Assert.DoesNotContain(candidates, c => c.CueWord == "抵制" && c.Object?.Text == "伊朗");
    }

    [Theory]
    [InlineData("美国将重启因伊核协议而豁免的对伊朗制裁。", "重启", "伊核协议")]
    [InlineData("美国因朝鲜的挑衅而制裁俄罗斯。", "制裁", "朝鲜")]
    [InlineData("日本因中国而加强与美国的同盟。", "同盟", "中国")]
    public void a_name_that_opens_a_cause_is_not_the_cues_object(string text, string cue, string cause) =>
        Assert.DoesNotContain(Extract.Candidates(text), c => c.CueWord == cue && c.Object?.Text == cause);

    [Fact]
    public void the_speaker_is_not_paired_with_the_reported_acts_subject()
    {
        var candidates = Extract.Candidates("专家宋忠平表示，俄罗斯将与朝鲜加强合作。");

        Assert.Contains(candidates, c => c.Subject.Text == "俄罗斯" && c.Object?.Text == "朝鲜");
        Assert.DoesNotContain(candidates, c => c.Subject.Text == "宋忠平" && c.Object?.Text == "俄罗斯");
    }
}
