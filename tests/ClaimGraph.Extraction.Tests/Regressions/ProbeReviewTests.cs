using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Normalize;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Regressions;

/// <summary>
/// Regressions a review found in the fixes for text from other outlets (docs/ROBUSTNESS.md): standard news phrasing
/// lost its actor, newspaper columns and English wrapped at 76 were no longer joined, and a Chinese name that begins
/// with a known name gave the known person. Each sentence is written for this test.
/// </summary>
public sealed class ProbeReviewTests
{
    [Theory]
    [InlineData("白宫8日宣布暂停对乌克兰的部分援助。", "白宫 ORGANIZATION 白宫")]
    [InlineData("五角大樓21日發表聲明，批評伊朗的挑釁行為。", "五角大樓 ORGANIZATION 五角大楼")]
    [InlineData("华盛顿12日决定延长对朝鲜的制裁。", "华盛顿 COUNTRY 美国")]
    [InlineData("北京6月9日表示，将对日本采取对等措施。", "北京 COUNTRY 中国")]
    [InlineData("莫斯科二十日宣布驱逐两名外交官。", "莫斯科 COUNTRY 俄罗斯")]
    public void a_capital_or_seat_before_a_date_that_opens_no_dateline_is_the_actor(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Theory]
    [InlineData("新华社莫斯科7日电 俄罗斯外交部宣布驱逐两名外交官。", "莫斯科")]
    [InlineData("中央社記者東京21日專電 日本政府宣布新的出口管制。", "東京")]
    [InlineData("本报北京9月2日讯 中方宣布对美国实施反制。", "北京")]
    [InlineData("北京6月9日电 外交部发言人宣布新的签证政策。", "北京")]
    [InlineData("新华社堪培拉电 澳大利亚宣布新的防务计划。", "堪培拉")]
    public void a_capital_in_a_dateline_is_where_the_report_was_filed(string sentence, string capital) =>
        Assert.DoesNotContain(Actors(sentence), a => a.StartsWith(capital + " ", StringComparison.Ordinal));

    [Fact]
    public void a_word_beginning_with_the_datelines_closing_character_closes_no_dateline() =>
        Assert.Contains("东京 COUNTRY 日本", Actors("东京3日电话通知韩方取消会谈。"));

    [Theory]
    [InlineData("在五角大楼看来，中国军力增长是首要挑战。", "五角大楼 ORGANIZATION 五角大楼")]
    [InlineData("在白宮眼裡，歐洲盟友必須承擔更多防務開支。", "白宮 ORGANIZATION 白宫")]
    [InlineData("在白宫的决策者眼中，关税是谈判筹码。", "白宫 ORGANIZATION 白宫")]
    [InlineData("在莫斯科看来，北约东扩威胁俄罗斯安全。", "莫斯科 COUNTRY 俄罗斯")]
    [InlineData("这份协议有利于五角大楼扩大采购。", "五角大楼 ORGANIZATION 五角大楼")]
    [InlineData("五角大楼时间表要求年底前完成部署。", "五角大楼 ORGANIZATION 五角大楼")]
    public void a_seat_or_capital_whose_view_or_interest_is_meant_is_the_actor(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Theory]
    [InlineData("新总统进驻白宫后首先处理边境问题。", "白宫")]
    [InlineData("拜登離開白宮前簽署了多項行政令。", "白宮")]
    [InlineData("两国领导人在白宫举行会谈。", "白宫")]
    [InlineData("北约秘书长在五角大楼会见美国防长。", "五角大楼")]
    public void a_seat_entered_left_or_where_something_happens_is_a_place(string sentence, string seat) =>
        Assert.DoesNotContain(Actors(sentence), a => a.StartsWith(seat + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("商务部新闻发言人王毅明表示，中方将采取必要措施。", "王毅明")]
    [InlineData("研究员刘鹤年指出，双边贸易仍在增长。", "刘鹤年")]
    public void a_chinese_name_that_begins_with_a_known_name_is_its_own_person(string sentence, string name)
    {
        var actors = Actors(sentence);
        Assert.Contains(actors, a => a.StartsWith(name + " PERSON", StringComparison.Ordinal));
        Assert.DoesNotContain(actors, a => a.EndsWith(" PERSON " + name[..2], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("外交部长王毅谈到中欧关系时表示乐观。", "王毅 PERSON 王毅")]      // 谈 begins 谈到
    [InlineData("国务院总理李强会见德国总理。", "李强 PERSON 李强")]                // 会见 follows the name
    [InlineData("美国总统特朗普签署行政令。", "特朗普 PERSON 特朗普")]              // a transliterated name takes no given name
    [InlineData("媒体聚焦拜登（Joe Biden）的亚洲之行。", "拜登 PERSON 拜登")]
    public void a_known_name_with_a_word_of_the_sentence_glued_on_is_still_the_known_person(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    private static readonly string[] s_column =
    [
        "东盟各国外长周二在雅加达举行会议，讨论南海局势的最新发展。与会各方同意继续推进行为准则的磋商，并呼吁有关国家保持克制。",
        "日本政府同日宣布，将向菲律宾提供更多海上巡逻船，以加强其海上执法能力。分析人士认为，此举意在回应地区紧张局势的上升。",
        "中国外交部发言人在例行记者会上表示，中方愿同东盟国家一道维护南海的和平稳定，反对域外国家插手地区事务。",
    ];

    [Fact]
    public void a_newspaper_column_wrapped_at_fourteen_characters_is_joined_into_its_sentences()
    {
        var document = Extract.Document(string.Join("\n", s_column.Select(p => Wrap(p, 14))));

        Assert.Equal(Sentences(s_column), document.Sentences.Select(s => s.Text).ToList());
    }

    [Fact]
    public void english_wrapped_at_seventy_six_characters_is_joined_with_spaces()
    {
        string[] paragraphs =
        [
            "The foreign ministers of the member states met in Brussels on Tuesday to discuss the security situation in "
            + "Eastern Europe and agreed to increase their support for the reconstruction of the region over the next "
            + "three years, while several delegations warned that the money would not be enough.",
            "Officials in Washington said the decision reflected a broad consensus among the allies, although some "
            + "governments had asked for more time to review the details of the plan before committing their budgets.",
            "In Beijing, a spokesperson for the foreign ministry said that China hoped the parties would resolve their "
            + "differences through dialogue, and that the country was ready to play a constructive role in any talks "
            + "that all sides could accept.",
        ];
        var text = Extract.Normalized(string.Join("\n", paragraphs.Select(p => WrapWords(p, 76)))).RequireNormalized().Text;

        // A paragraph's last line that happens to fill the width joins the next paragraph; no sentence is cut.
        Assert.Equal(string.Join(" ", paragraphs), text.Replace('\n', ' '));
        Assert.True(text.Count(c => c == '\n') < paragraphs.Length);
    }

    [Fact]
    public void web_paragraphs_of_like_length_that_each_end_a_sentence_keep_their_breaks()
    {
        var lines = Enumerable.Range(1, 9).Select(i => $"第{i}段：美国国务院今天宣布了新的对外援助计划和相关安排。").ToList();
        var text = Extract.Normalized(string.Join("\n", lines)).RequireNormalized().Text;

        Assert.Equal(string.Join("\n", lines), text);
    }

    [Fact]
    public void a_menu_of_plain_links_above_a_wrapped_column_does_not_hide_the_column()
    {
        var menu = string.Join("\n", "首页", "国际", "财经", "科技", "体育", "评论", "登录", "注册", "订阅", "联系我们");
        var document = Extract.Document(menu + "\n\n" + string.Join("\n", s_column.Select(p => Wrap(p, 14))));

        Assert.Equal(Sentences(s_column), document.Sentences.Select(s => s.Text).Where(s => s.Length > 6).ToList());
    }

    [Fact]
    public void dropping_matches_keeps_every_remaining_character_at_its_original_position()
    {
        var text = new MappedText("甲乙(x)丙(y)丁", [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);

        var kept = text.Without(new System.Text.RegularExpressions.Regex(@"\([a-z]\)"));

        Assert.Equal("甲乙丙丁", kept.Text);
        Assert.Equal([10, 11, 15, 19], kept.Map);
        Assert.Same(text, text.Without(new System.Text.RegularExpressions.Regex("无")));
    }

    private static List<string> Sentences(IEnumerable<string> paragraphs) =>
        [.. paragraphs.SelectMany(p => p.Split('。', StringSplitOptions.RemoveEmptyEntries).Select(s => s + "。"))];

    private static string Wrap(string paragraph, int width) =>
        string.Join("\n", paragraph.Chunk(width).Select(c => new string(c)));

    private static string WrapWords(string paragraph, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join("\n", lines);
    }

    private static string[] Actors(string sentence) =>
        [.. Extract.Sentence(sentence).Mentions.Select(m => $"{m.Text} {ContractNames.Of(m.Type)} {m.Actor?.Name}")];
}
