using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Joining is SUPPORTS (GUIDELINES rule 52), becoming a member included, and names that 和 lists before an act each
/// does alone each do it (rule 28), with no claim between them.
/// </summary>
public sealed class JoiningTests
{
    [Theory]
    [InlineData("2023年9月，非盟正式成为二十国集团的成员。", "非盟", "二十国集团")]
    [InlineData("瑞典7日正式成为北大西洋公约组织第32个成员国。", "瑞典", "北大西洋公约组织")]
    [InlineData("東帝汶正式成為東協第11個成員國。", "東帝汶", "東協")]
    public void reads_becoming_a_member_as_joining(string text, string member, string organization)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (member, Predicate.Supports, organization));
    }

    [Theory]
    [InlineData("中国成为世贸组织的焦点。")]
    [InlineData("日本成为北约在亚洲最重要的伙伴。")]
    [InlineData("波兰已成为北约的重要成员。")]
    [InlineData("芬兰成为欧盟成员国中第一个承认该政府的国家。")]
    public void reads_no_joining_where_no_membership_noun_closes_the_phrase(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Supports);
    }

    [Theory]
    [InlineData("芬兰和瑞典相继申请加入北约。", "芬兰", "瑞典", "北约")]
    [InlineData("埃及和伊朗正式成为金砖国家成员。", "埃及", "伊朗", "金砖国家")]
    public void gives_each_listed_name_its_own_joining_and_none_between_them(string text, string first, string second, string organization)
    {
        var document = Extract.Sentence(text);

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains((first, Predicate.Supports, organization), triples);
        Assert.Contains((second, Predicate.Supports, organization), triples);
        Assert.DoesNotContain(triples, t => t.Subject == first && t.Object == second);
    }

    [Theory]
    [InlineData("金砖国家领导人会晤宣布邀请沙特、埃及加入金砖国家。", "金砖国家", Predicate.Cooperates, "埃及")]
    [InlineData("北约邀请芬兰加入北约。", "北约", Predicate.Cooperates, "芬兰")]
    [InlineData("北约邀请日本和韩国领导人出席峰会。", "北约", Predicate.Engages, "韩国")]
    public void reads_an_invitation_to_join_as_taking_in_and_one_to_attend_as_contact_with_no_claim_for_the_invitee(string text,
        string host, Predicate predicate, string invitee)
    {
        var document = Extract.Sentence(text);

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains((host, predicate, invitee), triples);
        Assert.DoesNotContain(triples, t => t.Subject == invitee);
        Assert.DoesNotContain(triples, t => t.Subject == host && t.Object == invitee && t.Predicate != predicate);
    }

    [Fact]
    public void invites_the_members_not_the_body_they_belong_to()
    {
        var document = Extract.Sentence("联大设立工作组，邀请所有联合国会员国参加。");

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Object == "联合国");
    }

    [Fact]
    public void keeps_yu_as_marking_the_partner_of_a_signing()
    {
        var document = Extract.Sentence("奥巴马政府与菲律宾签署《加强防务合作协议》。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("奥巴马政府", Predicate.Cooperates, "菲律宾"));
    }
}
