using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// A passive turns the act around: the name after 被, 遭, 遭到 or 受到 does it, the name before the marker undergoes it
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
