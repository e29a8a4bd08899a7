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
    [InlineData("马克龙多次发表言论，因而遭到波兰和波罗的海国家的批评。", "波兰", Predicate.Opposes, "马克龙")]
    [InlineData("马克龙的这番言论遭到美国国会部分议员和一些欧洲政客的批评。", "美国国会", Predicate.Opposes, "马克龙")]
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
    [InlineData("麦卡锡与民主党进行妥协，引发共和党保守派议员的强烈不满。", "共和党", "麦卡锡")]
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
    [InlineData("美国的关税政策引起欧盟的不满。", "美国", "欧盟")]
    [InlineData("美国对华加征关税，引发了中方强烈反对。", "美国", "中方")]
    public void takes_no_one_a_verb_of_causing_brings_in_for_the_object_of_the_act_before_it(string text, string actor, string reacting)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (reacting, Predicate.Opposes, actor));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Subject == actor && document.Triple(c).Object == reacting);
    }

    [Theory]
    [InlineData("俄罗斯的行动引发了乌克兰危机。")]
    [InlineData("中美关系的发展引起了世界的关注。")]
    public void reads_no_reaction_where_the_verb_of_causing_brings_about_none(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Opposes);
    }

    [Fact]
    public void takes_no_listed_agent_after_a_marker_as_the_object_of_a_cue_before_it()
    {
        var document = Extract.Sentence("特朗普政府拒绝加入由世界卫生组织和“全球疫苗和免疫联盟”发起的“新冠肺炎疫苗实施计划”。");

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains(("特朗普政府", Predicate.Supports, "新冠肺炎疫苗实施计划"), triples);
        Assert.DoesNotContain(triples, t => t.Subject == "特朗普政府" && t.Object is "世界卫生组织" or "全球疫苗和免疫联盟");
    }

    [Theory]
    [InlineData("美国任由日本扩张军备。")]
    [InlineData("货物经由新加坡运往美国。")]
    public void reads_no_agent_after_a_word_that_only_ends_in_a_marker(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Subject is "日本" or "新加坡");
    }

    [Theory]
    [InlineData("拜登在联合国大会上的讲话引发批评。")]
    [InlineData("美国正在引发欧盟的担忧。")]
    public void reads_no_reacting_place_where_in_sets_a_speech_or_is_part_of_a_word(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Opposes && document.Triple(c).Subject is "联合国大会" or "美国");
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

    [Theory]
    [InlineData("日本的排污决定遭到周边国家反对。")]
    [InlineData("伊朗企业被制裁后，损失惨重。")]
    public void gives_no_act_to_the_name_before_a_passive_whose_agent_is_unnamed(string text)
    {
        var document = Extract.Sentence(text);

        Assert.Empty(document.Claims);
    }

    [Theory]
    [InlineData("美国被迫退出伊核协议。", "美国", Predicate.Opposes, "伊核协议")]
    [InlineData("特朗普政府的卫生政策可以被归纳为延续。", "特朗普政府", Predicate.Continues, null)]
    [InlineData("伊朗遭制裁多年仍支持真主党。", "伊朗", Predicate.Supports, "真主党")]
    [InlineData("伊朗被指支持胡塞武装。", "伊朗", Predicate.Supports, "胡塞武装")]
    [InlineData("俄罗斯在遭受制裁后仍支持伊朗。", "俄罗斯", Predicate.Cooperates, "伊朗")]
    public void still_gives_the_act_to_the_name_when_the_marker_forces_reports_or_names_it_or_the_clause_goes_on(string text, string subject, Predicate predicate, string? obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, predicate, obj));
    }
}
