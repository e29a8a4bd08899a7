using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Names a comitative marker joins before an act done to a third name are its subjects side by side (GUIDELINES rule 28);
/// a nominal act belongs to the name before its 的; a stance verb before the act reports nothing.
/// </summary>
public sealed class ListedSubjectsTests
{
    [Theory]
    [InlineData("俄罗斯与中国批评美国的单边主义。", "俄罗斯", "中国", Predicate.Opposes, "美国")]
    [InlineData("美国和日本遏制中国。", "美国", "日本", Predicate.Confronts, "中国")]
    [InlineData("2022年，法国同德国抵制俄罗斯的天然气。", "法国", "德国", Predicate.Opposes, "俄罗斯")]
    public void gives_the_act_on_a_third_name_to_both_listed_subjects(string text, string first, string second, Predicate predicate, string target)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (first, predicate, target));
        Assert.Contains(document.Claims, c => document.Triple(c) == (second, predicate, target));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c) == (first, predicate, second));
    }

    [Theory]
    [InlineData("中国与美国在贸易问题上对抗。", "中国", Predicate.Confronts, "美国")]
    [InlineData("拜登与普京在电话中讨论了乌克兰问题。", "拜登", Predicate.Engages, "普京")]
    public void keeps_the_partner_a_marker_names_when_no_third_name_is_acted_on(string text, string subject, Predicate predicate, string partner)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, predicate, partner));
    }

    [Fact]
    public void does_not_read_names_a_verb_takes_as_the_clause_subjects()
    {
        var document = Extract.Sentence("法国随即召回驻澳大利亚和美国的大使以示抗议。");

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Subject is "澳大利亚" or "美国");
    }

    [Fact]
    public void gives_a_nominal_act_to_the_name_before_its_de_and_to_no_earlier_object()
    {
        var document = Extract.Sentence("中国同俄罗斯反对美国的制裁。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("中国", Predicate.Opposes, "美国"));
        Assert.Contains(document.Claims, c => document.Triple(c) == ("俄罗斯", Predicate.Opposes, "美国"));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Object == "俄罗斯");
    }

    [Fact]
    public void reads_a_nominal_act_the_listed_names_own_as_between_them()
    {
        var document = Extract.Sentence("以色列与哈马斯的冲突会干扰拜登政府的议程。");

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Object == "拜登政府");
    }

    [Theory]
    [InlineData("中国对美国的霸凌行为表示强烈反对。", "中国", "美国")]
    [InlineData("俄罗斯对北约的东扩表示严重关切和坚决反对。", "俄罗斯", "北约")]
    public void reads_a_stance_verb_before_the_act_as_the_act_itself(string text, string subject, string obj)
    {
        var document = Extract.Sentence(text);

        var claim = Assert.Single(document.Claims, c => document.Triple(c) == (subject, Predicate.Opposes, obj));
        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("中方对美国的制裁表示强烈不满。", "中方", "美国")]
    [InlineData("俄罗斯对欧盟的新一轮制裁表示坚决反对。", "俄罗斯", "欧盟")]
    [InlineData("日本政府对中国的反制措施表示遗憾。", "日本政府", "中国")]
    public void reads_the_act_a_stance_is_about_as_its_owners(string text, string subject, string owner)
    {
        var document = Extract.Sentence(text);

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains((subject, Predicate.Opposes, owner), triples);
        Assert.DoesNotContain((subject, Predicate.Confronts, owner), triples);
    }

    [Theory]
    [InlineData("芬兰和瑞典放弃了长期奉行的军事中立政策。", "芬兰", "瑞典")]
    [InlineData("中国和巴西维护联合国的权威。", "中国", "巴西")]
    public void gives_names_listed_before_a_line_of_their_own_no_claim_between_them(string text, string first, string second)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c) is var t && t.Subject == first && t.Object == second);
    }

    [Fact]
    public void still_offers_the_pairing_of_names_that_act_together()
    {
        // 共同 makes the act joint, so the model may pair them; 奉行 alone (above) never offers the pair.
        Assert.Contains(Extract.Candidates("美国和日本共同倡导自由开放的印太。"), c => c.Subject.Text == "美国" && c.Object?.Text == "日本");
        Assert.DoesNotContain(Extract.Candidates("美国和日本倡导自由开放的印太。"), c => c.Subject.Text == "美国" && c.Object?.Text == "日本");
    }

    [Theory]
    [InlineData("印度和巴基斯坦调整了停火安排。")]
    [InlineData("中国和美国调整了两国关系。")]
    public void reads_no_change_of_a_line_in_what_lies_between_the_listed_names(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Changes);
    }

    [Theory]
    [InlineData("中国电话会议系统出口到俄罗斯。")]
    [InlineData("美国的电话网覆盖日本。")]
    public void reads_no_call_into_telephone_equipment(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Engages);
    }

    [Fact]
    public void reads_arms_sales_as_cooperation()
    {
        var document = Extract.Sentence("土耳其向乌克兰出售武器。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("土耳其", Predicate.Cooperates, "乌克兰"));
    }

    [Fact]
    public void still_reports_a_stance_whose_act_names_its_own_object()
    {
        var document = Extract.Sentence("王毅表示反对美国干涉中国内政。");

        var claim = Assert.Single(document.Claims, c => document.Triple(c) == ("王毅", Predicate.Opposes, "美国"));
        Assert.NotNull(claim.Source);
    }

    [Fact]
    public void does_not_read_the_one_told_of_a_future_act_as_its_object()
    {
        var document = Extract.Sentence("美方对中方表示将继续制裁伊朗。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("美方", Predicate.Confronts, "伊朗"));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Object == "中方");
    }

    [Theory]
    [InlineData("中国与日本互相抗议。", "中国", Predicate.Opposes, "日本")]
    [InlineData("伊朗与以色列相互攻击。", "伊朗", Predicate.Opposes, "以色列")]
    public void keeps_listed_names_that_act_on_each_other(string text, string subject, Predicate predicate, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, predicate, obj));
    }

    [Fact]
    public void does_not_give_listed_names_a_name_a_later_verb_takes()
    {
        var document = Extract.Sentence("印度与中国对峙牵动俄罗斯。");

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Object == "俄罗斯");
    }

    [Theory]
    [InlineData("中国反对美国和欧盟的制裁。", "美国", "欧盟")]
    [InlineData("俄罗斯谴责北约、美国的挑衅。", "北约", "美国")]
    public void does_not_pair_the_listed_owners_of_a_directed_act(string text, string first, string second)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Subject == first && document.Triple(c).Object == second);
        Assert.Contains(document.Claims, c => document.Triple(c).Predicate == Predicate.Opposes && document.Triple(c).Object == second);
    }

    [Theory]
    [InlineData("中国和俄罗斯的合作日益加深。", "中国", Predicate.Cooperates, "俄罗斯")]
    [InlineData("同时增加“四边对华机制”与韩国的接触。", "四边对华机制", Predicate.Engages, "韩国")]
    public void reads_a_relation_the_listed_owners_share_as_between_them(string text, string subject, Predicate predicate, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, predicate, obj));
    }
}
