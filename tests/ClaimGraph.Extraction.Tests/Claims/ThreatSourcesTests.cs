using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Pressure that comes from a named actor is its act on the one who faces it (GUIDELINES rule 21); a challenge is only a
/// topic noun (rule 16: 应对来自Y的挑战).
/// </summary>
public sealed class ThreatSourcesTests
{
    [Theory]
    [InlineData("中国要提升国际形象，以缓解来自美国的压力。", "美国", "中国")]
    [InlineData("日本面临来自中国的威胁。", "中国", "日本")]
    [InlineData("面对特朗普政府的施压，文在寅总统坚持强硬立场。", "特朗普政府", "文在寅")]
    [InlineData("来自美国的压力迫使日本让步。", "美国", "日本")]
    [InlineData("日本在美国的压力下同意增加防卫开支。", "美国", "日本")]
    [InlineData("在美国的制裁下，伊朗经济陷入困境。", "美国", "伊朗")]
    [InlineData("迫于美国压力，韩国暂停了对伊朗的石油进口。", "美国", "韩国")]
    [InlineData("伊朗面临美国制裁。", "美国", "伊朗")]
    public void reads_a_pressure_from_a_named_source_as_its_act_on_the_one_who_faces_it(string text, string source, string target)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (source, Predicate.Confronts, target));
    }

    [Theory]
    [InlineData("乌克兰感受到来自俄罗斯和白俄罗斯的威胁。", "俄罗斯", "白俄罗斯", "乌克兰")]
    [InlineData("日本顶住了来自美国和欧盟的压力。", "美国", "欧盟", "日本")]
    public void reads_each_listed_source_as_pressing_the_one_who_faces_it_and_neither_the_other(string text, string first, string second, string target)
    {
        var document = Extract.Sentence(text);

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains((first, Predicate.Confronts, target), triples);
        Assert.Contains((second, Predicate.Confronts, target), triples);
        Assert.DoesNotContain(triples, t => t.Subject == target || t.Subject == first && t.Object == second);
    }

    [Theory]
    [InlineData("在特朗普的威逼利诱下，墨西哥和加拿大被迫接受谈判要求。", "特朗普", "墨西哥", "加拿大")]
    [InlineData("荷兰和日本在美方压力下先后收紧了对华出口。", "美方", "荷兰", "日本")]
    public void reads_each_listed_target_of_a_pressure_frame(string text, string source, string first, string second)
    {
        var document = Extract.Sentence(text);

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains((source, Predicate.Confronts, first), triples);
        Assert.Contains((source, Predicate.Confronts, second), triples);
        Assert.DoesNotContain(triples, t => t.Subject == source && t.Object is not (null) && t.Object != first && t.Object != second);
    }

    [Theory]
    [InlineData("美国的压力很大。")]
    [InlineData("中国经济面临下行压力。")]
    [InlineData("在中国的帮助下，巴基斯坦建成了港口。")]
    [InlineData("在美国的压力测试中，银行表现良好。")]
    [InlineData("日本面临来自中国的挑战。")]
    [InlineData("日本面临来自中国的竞争。")]
    public void reads_no_target_for_a_pressure_no_one_faces_or_for_a_challenge(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Confronts);
    }

    [Fact]
    public void reads_names_a_challenge_comes_from_as_no_party_to_the_verb_before_it_nor_to_each_other()
    {
        var document = Extract.Sentence("拜登政府强化同盟体系，以应对来自俄罗斯和中国的挑战。");

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Object is "俄罗斯" or "中国");
    }

    [Fact]
    public void leaves_dui_after_a_word_ending_in_mian_to_mark_the_target()
    {
        var document = Extract.Sentence("拜登政府可能会延续在多边机制层面对中国的打压。");

        var triples = document.Claims.Select(document.Triple).ToList();
        Assert.Contains(("拜登政府", Predicate.Confronts, "中国"), triples);
        Assert.DoesNotContain(triples, t => t.Subject == "中国");
    }
}
