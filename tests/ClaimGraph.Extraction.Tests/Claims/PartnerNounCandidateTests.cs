using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// A partner or rival noun's possessor is its one subject (GUIDELINES rule 17): the model is offered 中国 COOPERATES 越南
/// for 越南、泰国等中国的贸易伙伴, never the sentence's other actor, while a partner a marker introduces (加强与日本的同盟)
/// is still the object.
/// </summary>
public sealed class PartnerNounCandidateTests
{
    [Theory]
    [InlineData("特朗普更重点针对越南、泰国、马来西亚等中国的贸易伙伴。", "伙伴", "中国")]
    [InlineData("中国是印度最大的贸易伙伴。", "伙伴", "印度")]
    public void offers_only_the_possessor_as_the_subject(string text, string noun, string possessor)
    {
        var candidates = Extract.Candidates(text).Where(c => c.CueWord.EndsWith(noun, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(possessor, c.Subject.Text));
    }

    [Fact]
    public void keeps_a_marked_partner_as_the_object()
    {
        var candidates = Extract.Candidates("美国由于担心中国崛起而加强与日本的同盟。").Where(c => c.CueWord == "同盟").ToList();

        Assert.Contains(candidates, c => c.Subject.Text == "美国" && c.Object?.Text == "日本");
    }

    [Theory]
    [InlineData("印度宿敌巴基斯坦与中国关系密切。", "印度", "巴基斯坦", "中国")]
    [InlineData("俄罗斯的对手美国与欧盟加强合作。", "俄罗斯", "美国", "欧盟")]
    public void pairs_a_rival_noun_with_its_apposed_name_not_the_partner_after_yu(string text, string possessor, string apposed, string partner)
    {
        var candidates = Extract.Candidates(text).Where(c => c.CueWord is "宿敌" or "对手").ToList();

        Assert.Contains(candidates, c => c.Subject.Text == possessor && c.Object?.Text == apposed);
        Assert.DoesNotContain(candidates, c => c.Object?.Text == partner);
    }

    [Fact]
    public void pairs_a_partner_noun_with_every_name_listed_after_it()
    {
        var candidates = Extract.Candidates("美国的盟友日本和韩国加强合作。").Where(c => c.CueWord == "盟友").ToList();

        Assert.Contains(candidates, c => c.Subject.Text == "美国" && c.Object?.Text == "日本");
        Assert.Contains(candidates, c => c.Subject.Text == "美国" && c.Object?.Text == "韩国");
    }

    [Theory]
    [InlineData("特朗普政府近期与印度宿敌巴基斯坦的重新接触。", "宿敌", "印度")]
    [InlineData("中国与印度宿敌巴基斯坦关系密切。", "宿敌", "印度")]
    [InlineData("美国盟友日本批评中国。", "盟友", "美国")]
    public void offers_only_the_name_right_before_a_party_noun_as_its_owner(string text, string noun, string owner)
    {
        var candidates = Extract.Candidates(text).Where(c => c.CueWord == noun).ToList();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(owner, c.Subject.Text));
    }

    [Fact]
    public void leaves_the_subject_to_the_one_who_regards_a_name_as_a_rival()
    {
        var document = Extract.Sentence("拜登在竞选时将俄罗斯视作美国对手。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("拜登", Predicate.Competes, "俄罗斯"));
    }
}
