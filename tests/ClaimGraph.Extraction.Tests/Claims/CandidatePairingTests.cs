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
    public void pairs_listed_names_when_the_act_is_between_them(string text, string first, string second) =>
        Assert.Contains(Extract.Candidates(text), c => c.Subject.Text == first && c.Object?.Text == second);

    [Theory]
    [InlineData("美国对印度商品加征关税，以惩罚其持续购买俄罗斯原油。")]
    [InlineData("美国制裁他们从俄罗斯进口石油。")]
    public void a_pronoun_after_a_verb_keeps_later_names_from_its_object(string text) =>
        Assert.DoesNotContain(Extract.Candidates(text), c => c.Subject.Text == "美国" && c.Object?.Text == "俄罗斯");

    [Fact]
    public void a_partner_noun_after_the_pronoun_still_names_the_object() =>
        Assert.Contains(Extract.Candidates("美国支持其盟友日本。"), c => c.Subject.Text == "美国" && c.Object?.Text == "日本");

    [Fact]
    public void a_name_marked_for_another_actors_act_is_not_the_cues_object()
    {
        var candidates = Extract.Candidates("欧盟抵制美国对伊朗的制裁。");

        Assert.Contains(candidates, c => c.CueWord == "抵制" && c.Object?.Text == "美国");
        Assert.DoesNotContain(candidates, c => c.CueWord == "抵制" && c.Object?.Text == "伊朗");
    }

    [Fact]
    public void a_name_that_opens_a_cause_is_not_the_cues_object() =>
        Assert.DoesNotContain(Extract.Candidates("美国将重启因伊核协议而豁免的对伊朗制裁。"),
            c => c.CueWord == "重启" && c.Object?.Text == "伊核协议");

    [Fact]
    public void the_speaker_is_not_paired_with_the_reported_acts_subject()
    {
        var candidates = Extract.Candidates("专家宋忠平表示，俄罗斯将与朝鲜加强合作。");

        Assert.Contains(candidates, c => c.Subject.Text == "俄罗斯" && c.Object?.Text == "朝鲜");
        Assert.DoesNotContain(candidates, c => c.Subject.Text == "宋忠平" && c.Object?.Text == "俄罗斯");
    }
}
