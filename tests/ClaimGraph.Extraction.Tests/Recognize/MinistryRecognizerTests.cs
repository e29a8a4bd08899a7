using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>A state and its ministry are one organization of that state, never the state and China's own ministry.</summary>
public sealed class MinistryRecognizerTests
{
    [Theory]
    [InlineData("俄罗斯外交部批评北约东扩。", "俄罗斯外交部")]
    [InlineData("俄外交部发言人扎哈罗娃说，美方的做法是挑衅。", "俄外交部")]
    [InlineData("日本防卫省宣布向菲律宾提供援助。", "日本防卫省")]
    [InlineData("英国防部宣布向乌克兰提供援助。", "英国防部")]
    [InlineData("韩国外交部與美國國務院舉行會談。", "韩国外交部")]
    public void reads_a_state_and_its_ministry_as_one_organization(string text, string ministry)
    {
        var document = Extract.Sentence(text);
        var mention = document.Mentions.Single(m => Matches(m.Text, ministry));

        Assert.Equal(EntityType.Organization, mention.Type);
        Assert.DoesNotContain(document.Mentions, m => m.Actor?.Key is "ORGANIZATION:外交部" or "ORGANIZATION:国防部");
        Assert.DoesNotContain(document.Mentions, m => m != mention && m.Local.Start < mention.Local.End && mention.Local.Start < m.Local.End);
    }

    [Fact]
    public void a_ministry_that_acts_is_the_claim_s_subject()
    {
        var document = Extract.Sentence("俄罗斯外交部批评北约东扩。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("俄罗斯外交部", Predicate.Opposes, "北约东扩"));
    }

    [Theory]
    [InlineData("俄罗斯外交部长期以来批评北约东扩。", "俄罗斯外交部")]
    [InlineData("中国外交部长期以来坚决反对日本向海洋排放核污染水。", "中国外交部")]
    [InlineData("美國國防部長期以來將中國視為頭號威脅。", "美國國防部")]
    [InlineData("美国民主党派出代表团访问日本。", "美国民主党")]
    public void a_word_met_by_chance_after_a_ministry_leaves_it_whole(string text, string organization)
    {
        Assert.Equal(EntityType.Organization, Extract.Sentence(text).MentionOf(organization).Type);
    }

    [Theory]
    [InlineData("王毅担任中国外交部长期间多次访问非洲。", "中国")]
    [InlineData("韩国外交部长年内将访问中国。", "韩国")]
    [InlineData("中国外交部长远赴中东，斡旋以色列与巴勒斯坦的冲突。", "中国")]
    public void a_title_before_a_longer_word_stays_a_title(string text, string state)
    {
        var document = Extract.Sentence(text);

        Assert.Equal(EntityType.Country, document.MentionOf(state).Type);
        Assert.DoesNotContain(document.Mentions, m => m.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("德国国防部长卡伦鲍尔访问美国。", "德国")]
    [InlineData("韩外交部长朴振访问日本。", "韩")]
    [InlineData("中国外交部长王毅会见新加坡外长维文。", "中国")]
    [InlineData("中國國防部長董軍會見美國國防部長奧斯汀。", "美國")]
    public void a_minister_s_title_leaves_the_state_and_names_no_ministry(string text, string state)
    {
        var document = Extract.Sentence(text);

        Assert.Equal(EntityType.Country, document.MentionOf(state).Type);
        Assert.DoesNotContain(document.Mentions, m => m.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("美国外交部门与日本保持沟通。")]
    [InlineData("美国调整对华外交部署，加强与日本的同盟。")]
    public void a_department_or_a_deployment_is_no_ministry(string text)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text.Contains("外交部"));
    }

    [Theory]
    [InlineData("近日外交部发言人表示，中方反对美国对台军售。", "日外交部")]
    [InlineData("2023 年 5 月 30 日外交部发言人毛宁主持例行记者会。", "日外交部")]
    [InlineData("有关部长参加国务院常务会议，讨论加强与东盟合作。", "加国务院")]
    [InlineData("中国加快新能源部署，支持一带一路建设。", "新能源部")]
    public void a_character_inside_another_word_is_no_state_before_a_ministry(string text, string misread)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text == misread);
    }

    private static bool Matches(string surface, string simplified) =>
        surface == simplified || surface.Length == simplified.Length && surface.Zip(simplified).All(p => p.First == p.Second || p.First != p.Second && "國務院會談舉與".Contains(p.First));
}
