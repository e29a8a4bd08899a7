using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>Metonyms (华盛顿 for the United States) and one-character state names (对华, 美方).</summary>
public sealed class StateNameRecognizerTests
{
    [Fact]
    public void takes_a_capital_that_acts_for_its_state_as_that_country()
    {
        var mention = Extract.Sentence("华盛顿宣布对俄罗斯实施制裁。").MentionOf("华盛顿");

        Assert.Equal(EntityType.Country, mention.Type);
        Assert.Equal("COUNTRY:美国", mention.Actor?.Key);
        Assert.Equal("rule:metonym", mention.Provenance.Source);
    }

    [Fact]
    public void does_not_take_a_capital_that_is_only_a_place()
    {
        Assert.DoesNotContain(Extract.Sentence("中俄峰会在北京举行。").Mentions, m => m.Text == "北京");
    }

    [Theory]
    [InlineData("2009年哥本哈根气候大会遇挫。", "哥本哈根")]
    [InlineData("各方在伦敦论坛上讨论了气候问题。", "伦敦")]
    [InlineData("巴黎和会后，战胜国瓜分了德国的殖民地。", "巴黎")]
    public void does_not_take_a_capital_that_names_a_meeting_or_an_accord(string text, string capital)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text == capital);
    }

    [Theory]
    [InlineData("拜登与日首相岸田文雄会见。", "日", "COUNTRY:日本")]
    [InlineData("据俄总统新闻秘书表示。", "俄", "COUNTRY:俄罗斯")]
    public void takes_a_one_character_state_before_a_leaders_title(string text, string shortForm, string actor)
    {
        Assert.Equal(actor, Extract.Sentence(text).MentionOf(shortForm).Actor?.Key);
    }

    [Theory]
    [InlineData("賴清德總統對此回應。")]
    [InlineData("今日首相发表讲话。")]
    [InlineData("30日首相访问美国。")]
    public void takes_no_state_where_the_character_ends_another_word_before_a_title(string text)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text is "日" or "德");
    }

    [Fact]
    public void takes_a_capital_as_its_state_where_it_speaks()
    {
        Assert.Equal("COUNTRY:中国", Extract.Sentence("北京表示反对美国的制裁。").MentionOf("北京").Actor?.Key);
    }

    [Fact]
    public void takes_a_one_character_state_name_after_dui_as_that_country()
    {
        var mention = Extract.Sentence("美国对华实施制裁。").MentionOf("华");

        Assert.Equal(EntityType.Country, mention.Type);
        Assert.Equal("COUNTRY:中国", mention.Actor?.Key);
    }

    [Theory]
    [InlineData("美国对华加征关税。", "华", "COUNTRY:中国")]
    [InlineData("欧盟对俄加大制裁。", "俄", "COUNTRY:俄罗斯")]
    [InlineData("日本对华加强出口管制。", "华", "COUNTRY:中国")]
    public void takes_a_one_character_state_name_before_a_word_that_opens_with_another_states_character(string text, string name, string actor)
    {
        var mention = Extract.Sentence(text).MentionOf(name);

        Assert.Equal(actor, mention.Actor?.Key);
    }

    [Fact]
    public void takes_a_side_of_a_state_as_that_country()
    {
        var document = Extract.Sentence("美方表示将与中方对话。");

        Assert.Equal("COUNTRY:美国", document.MentionOf("美方").Actor?.Key);
        Assert.Equal("COUNTRY:中国", document.MentionOf("中方").Actor?.Key);
        Assert.All(document.Mentions, m => Assert.Equal(EntityType.Country, m.Type));
    }

    [Fact]
    public void takes_a_one_character_state_name_before_fang_as_that_country()
    {
        var mention = Extract.Sentence("英方表示将与欧盟对话。").Mentions.FirstOrDefault(m => m.Text.StartsWith('英'));

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Country, mention.Type);
        Assert.Equal("COUNTRY:英国", mention.Actor?.Key);
    }

    [Theory]
    [InlineData("中美关系持续紧张。")]
    [InlineData("美元持续走弱。")]
    [InlineData("中美俄战略三角关系发生变化。")]
    [InlineData("美国对朝俄军事合作表示关切。")]
    [InlineData("美国对中印发表联合声明表示欢迎。")]
    [InlineData("中国对中越南海争端表示关切。")]
    [InlineData("美国需要关注中东和中亚的局势。")]
    public void does_not_take_a_one_character_state_name_inside_a_compound_or_another_word(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Mentions, m => m.Text.Length == 1 || m.Text == "美元" || m.Text.StartsWith("中美", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("中国多次表态对加入全面与进步跨太平洋伙伴关系协定持开放态度。")]
    [InlineData("美国对日益增长的威胁感到担忧。")]
    [InlineData("东盟对中立立场的坚持由来已久。")]
    public void does_not_take_a_word_after_a_prefix_for_a_one_character_state_name(string text)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text.Length == 1);
    }

    [Theory]
    [InlineData("中、美两国在贸易上竞争。", "中")]
    [InlineData("美国欲将中、日、韩三国的合作纳入审查。", "中")]
    [InlineData("欧盟对中政策出现调整。", "中")]
    public void takes_zhong_as_china_where_it_stands_alone_in_a_list_or_after_a_prefix(string text, string form)
    {
        Assert.Equal("COUNTRY:中国", Extract.Sentence(text).MentionOf(form).Actor?.Key);
    }

    [Theory]
    [InlineData("美国对中东局势感到担忧。")]
    [InlineData("欧盟对中小企业提供补贴。")]
    [InlineData("美国在中期选举后调整政策。")]
    public void does_not_take_zhong_inside_another_word_after_a_prefix(string text)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text == "中");
    }

    [Theory]
    [InlineData("美国在朝鲜半岛部署萨德。", "朝鲜")]
    [InlineData("美国在南中国海举行演习。", "中国")]
    [InlineData("俄罗斯舰队驶入日本海。", "日本")]
    [InlineData("印度洋的航道安全引发关注。", "印度")]
    [InlineData("美國在朝鮮半島部署薩德。", "朝鮮")]
    public void does_not_take_a_state_inside_a_sea_or_peninsula_named_after_it(string text, string state)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text == state);
    }

    [Theory]
    [InlineData("新兴市场和发展中国家主张联合国发挥核心作用。", "中国")]
    [InlineData("拉美国家和南美国家反对单边制裁。", "美国")]
    [InlineData("欧美国家对俄罗斯实施制裁。", "美国")]
    [InlineData("廣大發展中國家支持聯合國。", "中國")]
    [InlineData("合法国家机构依法行事。", "法国")]
    [InlineData("朝鲜族居民参加了活动。", "朝鲜")]
    [InlineData("中美两国联合声明指出，双方将加强合作。", "国联")]
    [InlineData("以色列在约旦河西岸扩建定居点。", "约旦")]
    [InlineData("叙利亚首都大马士革遭到空袭。", "大马")]
    [InlineData("欧洲议会在斯特拉斯堡举行全体会议。", "特拉斯")]
    [InlineData("新罕布什尔州初选结果出炉。", "布什")]
    [InlineData("内蒙古自治区与蒙古国开展边境贸易。", "蒙古")]
    [InlineData("這一決定石破天驚。", "石破")]
    [InlineData("各民主党派参加了协商。", "民主党")]
    public void does_not_take_a_name_inside_a_word_that_holds_it_without_meaning_it(string text, string state)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Mentions, m => m.Text == state);
    }

    [Theory]
    [InlineData("中国支持发展中国家的正当诉求。", "中国")]
    [InlineData("美国家庭的收入在下降。", "美国")]
    [InlineData("美国联合日本施压。", "美国")]
    [InlineData("内蒙古自治区与蒙古国开展边境贸易。", "蒙古国")]
    public void still_takes_the_state_beside_or_before_such_a_word(string text, string state)
    {
        Assert.Single(Extract.Sentence(text).Mentions, m => m.Text == state);
    }

    [Fact]
    public void still_takes_the_state_beside_such_a_place()
    {
        var document = Extract.Sentence("朝鲜在朝鲜半岛以东试射导弹。");

        Assert.Single(document.Mentions, m => m.Text == "朝鲜");
    }
}
