using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// A passive turns the act around: the name after 被, 遭, 遭到, 受到 or 由 does it, the name before the marker undergoes it
/// (train's gold: 遭到法国总统马克龙的回击 is 马克龙 OPPOSES the one rebuffed).
/// </summary>
public sealed class PassiveVoiceTests
{
    [Theory]
    [InlineData("美国的做法遭到中国的强烈批评。", "中国", Predicate.Opposes, "美国")]
    [InlineData("伊朗遭美国制裁后，经济陷入困境。", "美国", Predicate.Confronts, "伊朗")]
    [InlineData("韩国多次遭到朝鲜的导弹威胁。", "朝鲜", Predicate.Confronts, "韩国")]
    [InlineData("卡伦鲍尔的说法立刻遭到法国总统马克龙的回击。", "马克龙", Predicate.Opposes, "卡伦鲍尔")]
    [InlineData("卡伦鲍尔提出这一说法时，立刻遭到马克龙的批评。", "马克龙", Predicate.Opposes, "卡伦鲍尔")]
    public void reads_the_agent_after_the_marker_as_acting_on_the_name_before_it(string text, string agent, Predicate predicate, string patient)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (agent, predicate, patient));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c) == (patient, predicate, agent));
    }

    [Theory]
    [InlineData("RCEP由东盟于2012年发起。", "东盟", Predicate.Supports, "RCEP")]
    [InlineData("《通胀削减法案》遭到欧盟的强烈批评。", "欧盟", Predicate.Opposes, "通胀削减法案")]
    public void reads_the_agent_after_a_marker_and_a_policy_as_what_undergoes_an_act_that_takes_one(string text, string agent, Predicate predicate, string patient)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (agent, predicate, patient));
    }

    [Theory]
    [InlineData("俄罗斯的行动引发了欧盟的强烈谴责。", "欧盟", "俄罗斯")]
    [InlineData("日本将中国定位为最大战略挑战，这一措辞引发中方强烈不满。", "中方", "日本")]
    [InlineData("菲律宾同意美国使用其军事基地，此举招致中国外交部的批评。", "中国外交部", "菲律宾")]
    [InlineData("马克龙访华后有关台湾问题的言论在美国国会和部分欧洲国家引发批评。", "美国国会", "马克龙")]
    [InlineData("马克龙签署了多项协议，但其有关欧洲不应追随美国的言论在美国国会引发了不少批评。", "美国国会", "马克龙")]
    public void reads_a_reaction_a_verb_of_causing_brings_about_as_opposing_the_actor_before_it(string text, string reacting, string actor)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (reacting, Predicate.Opposes, actor));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c) == (actor, Predicate.Opposes, reacting));
    }

    [Theory]
    [InlineData("俄罗斯的行动引发了乌克兰危机。")]
    [InlineData("中美关系的发展引起了世界的关注。")]
    public void reads_no_reaction_where_the_verb_of_causing_brings_about_none(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Opposes);
    }

    [Theory]
    [InlineData("中国要提升国际形象，以缓解来自美国的压力。", "美国", "中国")]
    [InlineData("日本面临来自中国的挑战。", "中国", "日本")]
    [InlineData("面对特朗普政府的施压，文在寅总统坚持强硬立场。", "特朗普政府", "文在寅")]
    public void reads_a_pressure_from_a_named_source_as_its_act_on_the_one_who_faces_it(string text, string source, string target)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (source, Predicate.Confronts, target));
    }

    [Fact]
    public void reads_no_target_for_a_pressure_no_one_faces()
    {
        var document = Extract.Sentence("美国的压力很大。");

        Assert.Empty(document.Claims);
    }

    [Fact]
    public void offers_the_agent_as_the_one_subject()
    {
        var candidates = Extract.Candidates("卡伦鲍尔提出依靠美国的说法时，立刻遭到马克龙的批评。").Where(c => c.CueWord == "批评").ToList();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal("马克龙", c.Subject.Text));
    }

    [Fact]
    public void leaves_an_active_sentence_as_it_is()
    {
        var document = Extract.Sentence("中国批评美国的做法。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("中国", Predicate.Opposes, "美国"));
    }

    [Theory]
    [InlineData("美国的说法遭到中国的批评。")]
    [InlineData("美国游说日本批评中国。")]
    public void reads_no_speaker_before_a_speaking_verb_inside_a_noun(string text)
    {
        var document = Extract.Sentence(text);

        Assert.NotEmpty(document.Claims);
        Assert.All(document.Claims, c => Assert.Null(c.Source));
    }
}
