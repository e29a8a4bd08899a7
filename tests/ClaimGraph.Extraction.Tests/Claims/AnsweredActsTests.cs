using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Acts that answer one the sentence names take its doer as object: a retaliation with no target of its own (GUIDELINES
/// rule 56) and opposition to 此, "this" (rule 58).
/// </summary>
public sealed class AnsweredActsTests
{
    [Theory]
    [InlineData("特朗普政府对中国商品加征关税，中方随即采取了反制措施。", "中方", "特朗普政府")]
    [InlineData("美国宣布对俄罗斯实施新一轮制裁，俄方随即采取对等反制措施。", "俄方", "美国")]
    [InlineData("歐盟對中國製電動車課徵反補貼稅，北京隨即展開調查作為反制。", "北京", "歐盟")]
    [InlineData("针对美国的打压，中国采取了反制措施。", "中国", "美国")]
    [InlineData("针对欧盟的制裁，俄罗斯宣布了报复措施。", "俄罗斯", "欧盟")]
    [InlineData("美国宣布对华加征关税，特朗普还威胁称，若中方报复，美国将进一步加税。", "中方", "美国")]
    public void answers_the_act_named_before(string text, string responder, string initiator)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (responder, Predicate.Confronts, initiator));
    }

    [Fact]
    public void keeps_the_target_a_retaliation_names_itself()
    {
        var document = Extract.Sentence("日本对韩国实施出口管制，韩国随即对日本采取报复措施。");

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains(("韩国", Predicate.Confronts, "日本"), triples);
        Assert.Contains(("日本", Predicate.Confronts, "韩国"), triples);
    }

    [Fact]
    public void reads_no_answer_where_no_act_is_named_before()
    {
        var document = Extract.Sentence("作为反制，中国宣布对镓、锗相关物项实施出口管制。");

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Confronts && c.Object is not null);
    }

    [Theory]
    [InlineData("俄罗斯今年3月在安理会否决了延长专家小组任期的决议草案，美国对此提出批评。", "美国", "俄罗斯")]
    [InlineData("中国外交部发言人表示，日方渲染“中国威胁”，为自身扩军寻找借口，中方对此坚决反对。", "中方", "日方")]
    [InlineData("中方对此坚决反对，认为北约将触角伸向亚太只会加剧地区的阵营对抗。", "中方", "北约")]
    [InlineData("林剑强调，中方对此坚决反对，已向美方提出严正交涉。", "中方", "美方")]
    [InlineData("乌克兰首都基辅遭到俄罗斯导弹袭击，欧盟对此予以强烈谴责。", "欧盟", "俄罗斯")]
    [InlineData("随后出台的《通胀削减法案》以巨额补贴吸引产业回流美国，欧盟对此提出批评。", "欧盟", "通胀削减法案")]
    public void opposes_what_this_stands_for(string text, string responder, string target)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (responder, Predicate.Opposes, target));
    }

    [Theory]
    [InlineData("俄罗斯与中国对此表示反对，认为欧洲三国无权援引一份美国早已退出的协议中的条款。", "美国")]
    [InlineData("中国外交部对此驳斥称，中国从未附加任何政治条件，并积极参与二十国集团的债务重组。", "二十国集团")]
    [InlineData("乌克兰首都基辅遭到俄罗斯导弹袭击，欧盟对此予以强烈谴责。", "乌克兰")]
    public void takes_no_target_that_does_not_open_the_reason(string text, string notTarget)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Opposes && document.Triple(c).Object == notTarget);
    }

    [Theory]
    [InlineData("美国宣布对俄罗斯实施新一轮制裁，俄方随即采取对等反制措施。", "俄方", Predicate.Confronts, "美国")]
    [InlineData("今年3月，美国宣布对华加征关税，中方对此坚决反对。", "中方", Predicate.Opposes, "美国")]
    public void gives_an_answer_no_source_when_the_speaker_only_named_the_act_answered(string text, string responder, Predicate predicate, string answered)
    {
        var document = Extract.Sentence(text);

        var claim = Assert.Single(document.Claims, c => document.Triple(c) == (responder, predicate, answered));
        Assert.Null(claim.Source);
    }

    [Fact]
    public void keeps_the_speaker_whose_statement_is_the_answer()
    {
        var document = Extract.Sentence("林剑强调，中方对此坚决反对，已向美方提出严正交涉。");

        var claim = Assert.Single(document.Claims, c => document.Triple(c) == ("中方", Predicate.Opposes, "美方"));
        Assert.Equal(document.MentionOf("林剑").Id, claim.Source);
    }
}
