using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Regressions;

/// <summary>
/// Faults found by running extraction on articles from other outlets (中央社, 中新网, 联合报, 墨新闻, 雅虎香港/BBC, reposting
/// sites with pinyin in the text; docs/ROBUSTNESS.md). Each sentence is written for this test in the outlet's manner,
/// not taken from the article, and each mention is checked as "surface TYPE canonical".
/// </summary>
public sealed class OtherOutletsProbeTests
{
    [Theory]
    [InlineData("美國總統拜登提名資深外交官出任駐日大使。", "拜登 PERSON 拜登")]                    // title rule ran on into 提名
    [InlineData("中央外事工作委員會辦公室主任王毅談及中美關係。", "王毅 PERSON 王毅")]              // …and into 谈
    [InlineData("外界聚焦川普（Donald Trump）的歐洲行。", "川普 PERSON 特朗普")]                      // gloss rule took 聚焦 in
    [InlineData("正在東京訪問的布林肯（Antony Blinken）表示，美中應保持溝通。", "布林肯 PERSON 布林肯")] // …and 的
    public void keeps_a_known_name_rather_than_the_name_with_stray_characters_glued_on(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Fact]
    public void keeps_a_dotted_name_that_holds_a_known_family_name_as_another_person()
    {
        // A made-up name: a one-character given name and a name dot before a known family name.
        Assert.Equal(["玛·拜登 PERSON 玛·拜登"], Actors("记者玛·拜登表示支持。"));
    }

    [Theory]
    [InlineData("美國國務院亞太助卿康達（Daniel Kritenbrink）表示，訪問不預期帶來突破。", "康達 PERSON 康达")]
    [InlineData("「中國所」負責人華自強（Rick Waters）上週訪問北京。", "華自強 PERSON 华自强")]
    public void cuts_a_regional_title_off_a_name_before_its_english_gloss(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Theory]
    [InlineData("（中央社記者華盛頓5日專電）美國國務院今天宣布新的制裁措施。", "美國國務院 ORGANIZATION 美国国务院")]
    [InlineData("中新網北京8月3日電 美方宣布將派團訪華。", "美方 COUNTRY 美国")]
    public void reads_a_capital_in_a_dateline_as_where_the_report_was_filed(string sentence, string expected)
    {
        var actors = Actors(sentence);
        Assert.Contains(expected, actors);
        Assert.DoesNotContain(actors, a => a.StartsWith("華盛頓 ") || a.StartsWith("北京 "));
    }

    [Fact]
    public void reads_a_seat_of_government_entered_or_returned_to_as_a_place()
    {
        const string sentence = "川普重返白宮後，白宮隨即宣布對中國加徵關稅。";
        var document = Extract.Sentence(sentence);

        var whiteHouse = Assert.Single(document.Mentions, m => m.Text == "白宮");
        Assert.Equal(sentence.LastIndexOf("白宮", StringComparison.Ordinal), whiteHouse.Original.Start);
        Assert.Equal(EntityType.Organization, whiteHouse.Type);
        Assert.DoesNotContain(Actors("拜登入主白宮以來，多次強調盟友的重要性。"), a => a.StartsWith("白宮 "));
    }

    [Fact]
    public void reads_a_capital_after_its_states_word_for_capital_as_a_place()
    {
        Assert.Equal(["立陶宛 COUNTRY 立陶宛"], Actors("峰會在立陶宛首都維爾紐斯召開。"));
        Assert.Equal(["維爾紐斯 COUNTRY 立陶宛"], Actors("維爾紐斯宣布增加國防開支。"));
    }

    [Theory]
    [InlineData("德國之聲（DW）報導指出，東協國家不願選邊。", new[] { "德國之聲 ORGANIZATION 德国之声", "DW ORGANIZATION 德国之声", "東協 ORGANIZATION 东盟" })]
    [InlineData("華沙條約組織（Warsaw Pact）於1991年解散。", new[] { "華沙條約組織 ORGANIZATION 华沙条约组织", "Warsaw Pact ORGANIZATION 华沙条约组织" })]
    [InlineData("國務院新設的中國協調辦公室負責統籌對華政策。", new[] { "國務院 ORGANIZATION 中国国务院", "中國協調辦公室 ORGANIZATION 中国协调办公室", "華 COUNTRY 中国" })]
    [InlineData("The North Atlantic Treaty Organisation was founded in 1949.", new[] { "North Atlantic Treaty Organisation ORGANIZATION 北约" })]
    [InlineData("拜登上任后公开反对特朗普主义。", new[] { "拜登 PERSON 拜登", "特朗普主义 POLICY 特朗普主义" })]
    public void knows_the_organizations_and_doctrines_other_outlets_name(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence));

    [Theory]
    [InlineData("中国共产党坚持以马克思主义为指导，对马克思主义理论不断创新。", new[] { "中国共产党 ORGANIZATION 中国共产党" })]
    [InlineData("烏克蘭曾是蘇聯加盟共和國。", new[] { "烏克蘭 COUNTRY 乌克兰", "蘇聯 COUNTRY 苏联" })]
    [InlineData("川普在接受媒體採訪中表示，將與習近平會面。", new[] { "川普 PERSON 特朗普", "習近平 PERSON 习近平" })]
    public void finds_no_actor_inside_another_word(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence));

    [Fact]
    public void a_picture_credit_is_no_actor_and_offsets_after_it_still_point_into_the_original()
    {
        const string text = "習近平在釜山同川普舉行會晤。（圖/翻攝新華社）\n美方隨後宣布啟動新一輪調查。";
        var document = Extract.Document(text);

        Assert.DoesNotContain(document.Mentions, m => m.Text == "新華社");
        Assert.DoesNotContain(document.Sentences, s => s.Text.Contains("翻攝"));
        var us = document.MentionOf("美方");
        Assert.Equal("美方", text[us.Original.Start..us.Original.End]);
    }

    [Fact]
    public void the_site_name_a_page_title_ends_with_is_no_party_to_the_headline()
    {
        const string text = "普京和金正恩在朝鲜拥抱，誓言建立新的多极世界 | 路透社\n美国 | 中国 | 日本\n独家 | 美国宣布制裁伊朗";
        var document = Extract.Document(text);

        Assert.DoesNotContain(document.Mentions, m => m.Text == "路透社");
        // A tail that is no outlet's name is the headline itself, after a section label.
        Assert.Contains(document.Mentions, m => m.Text == "伊朗");
        // A line with more than one bar is a flattened table: each cell stays.
        Assert.Contains(document.Mentions, m => m.Text == "日本");
        var japan = document.MentionOf("日本");
        Assert.Equal("日本", text[japan.Original.Start..japan.Original.End]);
    }

    [Theory]
    [InlineData("美方对中国拒绝会晤表示遗憾。", false)]
    [InlineData("中方对美方没有表示遗憾。", true)]
    [InlineData("美方不会对中国拒绝会晤表示遗憾。", true)]
    public void a_negation_inside_the_marked_names_own_act_does_not_negate_the_cue(string text, bool negated)
    {
        var document = Extract.Sentence(text);

        var claim = Assert.Single(document.Claims, c => document.Triple(c).Predicate == Predicate.Opposes);
        Assert.Equal(negated, claim.Negated);
    }

    [Fact]
    public void a_bar_between_two_headlines_parts_their_clauses()
    {
        var document = Extract.Document("中国支持巴基斯坦 | 印度反对美国");

        Assert.Equal(2, Assert.Single(document.Sentences).Clauses.Count);
        Assert.Contains(("印度", Predicate.Opposes, "美国"), document.Claims.Select(document.Triple));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c) is ("中国", Predicate.Opposes, _));
    }

    [Theory]
    [InlineData("普京和金正恩在平壤簽署「全面戰略伙伴關係條約」。", "全面戰略伙伴關係條約")]
    [InlineData("两国领导人签署了“双边投资保护协定”。", "双边投资保护协定")]
    public void a_treaty_named_in_quotes_without_book_title_marks_is_a_policy(string text, string treaty) =>
        Assert.Equal(EntityType.Policy, Extract.Sentence(text).MentionOf(treaty).Type);

    [Fact]
    public void other_quoted_words_stay_no_name() =>
        Assert.DoesNotContain(Extract.Sentence("美国所谓的“规则”只是借口。").Mentions, m => m.Text == "规则");

    [Theory]
    [InlineData("中國國家主席習近平與印度總理莫迪，於天津舉行會晤。", "習近平", "莫迪")]
    [InlineData("中国外长王毅和俄罗斯外长拉夫罗夫，将在北京举行会谈。", "王毅", "拉夫罗夫")]
    public void a_comma_between_the_parties_and_where_they_meet_parts_no_party_from_the_act(string text, string subject, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, Predicate.Engages, obj), document.Claims.Select(document.Triple));
    }

    [Fact]
    public void a_mark_placing_a_person_in_the_picture_parts_no_name_from_its_act()
    {
        const string text = "中國外交部長王毅（左）本週訪問印度，19日將與印度總理莫迪（右）舉行會談。";
        var document = Extract.Document(text);

        Assert.Contains(("王毅", Predicate.Engages, "莫迪"), document.Claims.Select(document.Triple));
        var modi = document.MentionOf("莫迪");
        Assert.Equal("莫迪", text[modi.Original.Start..modi.Original.End]);
    }

    [Theory]
    [InlineData("金正恩在平壤机场迎接普京。", "金正恩", "普京")]
    [InlineData("越共总书记苏林已经致电特朗普。", "苏林", "特朗普")]
    public void reads_welcoming_and_calling_as_engaging(string text, string subject, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, Predicate.Engages, obj), document.Claims.Select(document.Triple));
    }

    [Fact]
    public void a_menu_of_one_word_links_does_not_make_a_web_page_hard_wrapped()
    {
        var menu = string.Concat(Enumerable.Repeat("• 政治\n• 地方\n• 生活\n• 體育\n", 3));
        const string body = "協議剛落墨，美國即轉向強硬\n\n根據中方先前的安排，中國將延後兩個月啟動大豆採購。";
        var document = Extract.Document(menu + "\n" + body);

        Assert.Contains(document.Sentences, s => s.Text == "協議剛落墨，美國即轉向強硬");
        Assert.Contains(document.Sentences, s => s.Text == "根據中方先前的安排，中國將延後兩個月啟動大豆採購。");
    }

    [Fact]
    public void a_question_mark_inside_a_cited_web_address_ends_no_sentence()
    {
        const string text = "美國國防部發布新版報告。參見https://media.example.gov/NDS-FACT-SHEET.PDF?source=GovDelivery 該報告將中國視為首要挑戰。";
        var document = Extract.Document(text);

        Assert.Contains(document.Sentences, s => s.Text.Contains("PDF?source=GovDelivery"));
        Assert.DoesNotContain(document.Sentences, s => s.Text.StartsWith("source="));
    }

    [Fact]
    public void a_name_cut_from_pinyin_noise_points_at_its_characters_in_the_original()
    {
        const string text = "美國總(zǒng)統(tǒng)拜登提名伯恩斯出任駐華大使。";
        var document = Extract.Document(text);

        var biden = document.MentionOf("拜登");
        Assert.Equal("拜登", text[biden.Original.Start..biden.Original.End]);
        Assert.Equal("拜登", biden.Actor?.Name);
    }

    private static string[] Actors(string sentence) =>
        [.. Extract.Sentence(sentence).Mentions.Select(m => $"{m.Text} {ContractNames.Of(m.Type)} {m.Actor?.Name}")];
}
