using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>
/// Keeping or changing a line held toward a state (调整对华政策, 美国的对乌政策出现调整) keeps or changes no line of the
/// state's: the act has no object, or the owner of the line when one is named, and the act that only describes the line
/// changed (放弃了对朝缓和政策) is none the sentence says is done (GUIDELINES rule 69).
/// </summary>
public sealed class LineTargetTests
{
    [Theory]
    [InlineData("米莱上任后又调整了对华立场。", "米莱", Predicate.Changes)]
    [InlineData("马尔代夫政府不得不调整对印政策。", "马尔代夫政府", Predicate.Changes)]
    [InlineData("德国彻底改变了对俄立场。", "德国", Predicate.Changes)]
    [InlineData("李明博政府放弃了前几任政府的对朝缓和政策。", "李明博政府", Predicate.Changes)]
    [InlineData("美国调整了对东盟政策。", "美国", Predicate.Changes)]
    [InlineData("美国的对乌政策出现明显调整。", "美国", Predicate.Changes)]
    [InlineData("韩国的对朝政策出现了明显转向。", "韩国", Predicate.Changes)]
    [InlineData("拜登执政及其对俄政策的调整是今后四年的最大变量。", "拜登", Predicate.Changes)]
    [InlineData("美国将延续对华战略竞争的基本框架。", "美国", Predicate.Continues)]
    [InlineData("華府的對俄政策已數度調整。", "華府", Predicate.Changes)]
    [InlineData("美国调整了对中国和俄罗斯的政策。", "美国", Predicate.Changes)]
    [InlineData("美国对中国、俄罗斯的战略出现调整。", "美国", Predicate.Changes)]
    [InlineData("拜登政府调整了对普京政府的政策。", "拜登政府", Predicate.Changes)]
    [InlineData("美国调整了针对中国的战略。", "美国", Predicate.Changes)]
    [InlineData("日本对华政策的转变源于安倍晋三的判断。", "日本", Predicate.Changes)]
    public void keeps_or_changes_a_line_toward_a_state_with_no_object(string text, string subject, Predicate predicate)
    {
        var document = Extract.Sentence(text);
        var triples = document.Claims.Select(document.Triple).ToList();

        Assert.Contains((subject, predicate, null), triples);
        Assert.DoesNotContain(triples, t => t.Predicate == predicate && t.Object is not null);
    }

    [Theory]
    [InlineData("拜登政府延续了特朗普政府的对华政策。", "拜登政府", Predicate.Continues, "特朗普政府")]
    [InlineData("小马科斯政府上台后明显调整了前任杜特尔特的对华政策。", "小马科斯政府", Predicate.Changes, "杜特尔特")]
    [InlineData("卡特政府的对华政策基本延续了尼克松以来的战略逻辑。", "卡特政府", Predicate.Continues, "尼克松")]
    [InlineData("拜登政府在对华经贸政策上延续了特朗普政府的强硬基调。", "拜登政府", Predicate.Continues, "特朗普政府")]
    public void keeps_or_changes_the_line_of_its_named_owner(string text, string subject, Predicate predicate, string owner)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, predicate, owner), document.Claims.Select(document.Triple));
    }

    [Theory]
    // 继续 qualifies the pressure; no line is named.
    [InlineData("美国继续遏制中国。", Predicate.Continues)]
    [InlineData("美国继续对华施压。", Predicate.Continues)]
    // What lies between the two is no line of either.
    [InlineData("日本调整了与韩国的关系。", Predicate.Changes)]
    // An attitude held, and a state's own foreign affairs, are no line of the actor's.
    [InlineData("中国对美国持谨慎态度的企业数量保持增长。", Predicate.Continues)]
    [InlineData("美国试图改变伊朗外交路线。", Predicate.Changes)]
    public void reads_no_line_where_none_is_named(string text, Predicate predicate)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == predicate && c.Object is null);
    }

    [Theory]
    [InlineData("韩国放弃了对朝缓和政策。", "朝")]
    [InlineData("尹锡悦政府调整了对华遏制战略。", "华")]
    public void reads_no_act_from_the_description_of_a_line_a_change_gives_up(string text, string target)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims.Select(document.Triple), t => t.Object == target);
        Assert.Contains(document.Claims, c => c.Predicate == Predicate.Changes);
    }

    [Theory]
    // A denied giving up keeps the act, unnegated (GUIDELINES rule 48).
    [InlineData("美国不会放弃对华遏制战略。", "美国", Predicate.Confronts, "华")]
    [InlineData("拜登政府并未取消对华制裁政策。", "拜登政府", Predicate.Confronts, "华")]
    // The act is the new line's, or another verb's, not the one given up.
    [InlineData("日本将对华政策调整为遏制战略。", "日本", Predicate.Confronts, "华")]
    [InlineData("特朗普政府调整了贸易政策并开始对华实施遏制战略。", "特朗普政府", Predicate.Confronts, "华")]
    [InlineData("尹锡悦政府放弃了平衡外交转而推行对美合作路线。", "尹锡悦政府", Predicate.Cooperates, "美")]
    // 外交部长 is no line noun.
    [InlineData("布林肯调整行程会见外交部长王毅。", "布林肯", Predicate.Engages, "王毅")]
    public void keeps_an_act_no_change_gives_up(string text, string subject, Predicate predicate, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, predicate, obj) && !c.Negated);
    }
}
