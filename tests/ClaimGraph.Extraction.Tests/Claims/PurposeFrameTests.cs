using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// A purpose or a means the sentence opens with (为了遏制中国，美国…; 通过与日本建立联盟，拜登…) is the act of the actor
/// the clause after it opens with (GUIDELINES rule 65); an alliance against a rival names the rival by 针对 or by the verb
/// that takes it, and neither makes the rival a partner (rule 66); 制衡 confronts (rule 67).
/// </summary>
public sealed class PurposeFrameTests
{
    [Theory]
    [InlineData("为推动构建人类命运共同体，习近平提出全球发展倡议。", "习近平", Predicate.Supports, "人类命运共同体")]
    [InlineData("为了遏制中国，美国加强了与日本的军事合作。", "美国", Predicate.Confronts, "中国")]
    [InlineData("通过与日本、澳大利亚和印度建立联盟，美国试图围堵中国。", "美国", Predicate.Cooperates, "澳大利亚")]
    [InlineData("2022年6月，为加大对俄罗斯的制裁，欧盟通过了新一轮措施。", "欧盟", Predicate.Confronts, "俄罗斯")]
    [InlineData("为了牵制中国，2019年美国升级了四国机制。", "美国", Predicate.Confronts, "中国")]
    [InlineData("在乌克兰问题上，为了制裁俄罗斯，欧盟通过了新一轮措施。", "欧盟", Predicate.Confronts, "俄罗斯")]
    [InlineData("為了遏制中國，美國加強了與日本的軍事合作。", "美國", Predicate.Confronts, "中國")]
    public void takes_the_actor_the_clause_after_a_purpose_or_means_opens_with_for_its_subject(string text, string subject, Predicate predicate, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, predicate, obj), document.Claims.Select(document.Triple));
    }

    [Theory]
    // A public or a body of a state is no actor of the state's act.
    [InlineData("为了遏制中国，美国国内有人主张提高关税。", "美国", "中国")]
    // An actor named before the frame acts in it; 为 marks whom the act is for.
    [InlineData("中国坚持和平发展，为巴基斯坦提供援助，美国则批评中国。", "美国", "巴基斯坦")]
    // The clause after the frame names no actor, so the act has none; a later one reacts to it or stands apart.
    [InlineData("为了更有力地牵制中国，重返TPP是最佳切入点，日本对此表示欢迎。", "日本", "中国")]
    [InlineData("为了遏制中国，加强与日本的合作，韩国则保持沉默。", "韩国", "中国")]
    // The one the frame acts on does not act in it.
    [InlineData("为了遏制中国，加强了与日本的合作，中国对此表示强烈不满。", "中国", "日本")]
    // 为期 frames nothing.
    [InlineData("为期三天的会议期间，批评俄罗斯的声音不断，七国集团发表声明。", "七国集团", "俄罗斯")]
    public void takes_no_subject_from_after_a_frame_when_the_clause_there_is_not_the_actors(string text, string notSubject, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims.Select(document.Triple), t => t.Subject == notSubject && t.Object == obj);
    }

    [Theory]
    [InlineData("美国与日本建立针对中国的联盟。", "美国", "日本", "中国")]
    [InlineData("美国与日本建立了遏制中国的同盟。", "美国", "日本", "中国")]
    [InlineData("北约与日本建立针对俄罗斯和中国的伙伴关系。", "北约", "日本", "俄罗斯")]
    public void allies_with_the_partner_and_not_with_the_rival_an_alliance_is_against(string text, string subject, string partner, string rival)
    {
        var document = Extract.Sentence(text);
        var triples = document.Claims.Select(document.Triple).ToList();

        Assert.Contains((subject, Predicate.Cooperates, partner), triples);
        Assert.DoesNotContain(triples, t => t.Predicate == Predicate.Cooperates && (t.Subject == rival || t.Object == rival));
    }

    [Fact]
    public void still_takes_a_partner_after_an_adverb_that_holds_zhendui()
    {
        var document = Extract.Sentence("日本有针对性地与东盟国家加强合作。");

        Assert.Contains(("日本", Predicate.Cooperates, "东盟"), document.Claims.Select(document.Triple));
    }

    [Fact]
    public void confronts_the_name_an_act_takes_right_after_it_and_not_the_partner_before_another_verb()
    {
        var document = Extract.Sentence("日本试图与澳大利亚组建遏制中国的准同盟。");
        var triples = document.Claims.Select(document.Triple).ToList();

        Assert.Contains(("日本", Predicate.Confronts, "中国"), triples);
        Assert.DoesNotContain(("日本", Predicate.Confronts, "澳大利亚"), triples);
    }

    [Fact]
    public void reads_counterbalancing_as_confronting()
    {
        var document = Extract.Sentence("印度试图借助美国的力量制衡中国。");

        Assert.Contains(("印度", Predicate.Confronts, "中国"), document.Claims.Select(document.Triple));
    }
}
