using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>
/// Names the page probes found missing (docs/GAZETTEER.md, "Leaders, outlets and movements from the page probes"):
/// Taiwan's leaders in Traditional characters, outlets whose name holds a state's, the Houthis' own name, a state's
/// ministry outside the old list, and the bare names guarded against the everyday words that hold them. Sentences
/// written for these tests, not taken from the corpus; each mention as "surface TYPE canonical".
/// </summary>
public sealed class PageProbeGazetteerTests
{
    [Theory]
    [InlineData("前總統蔡英文與馬英九出席典禮。", new[] { "蔡英文 PERSON 蔡英文", "馬英九 PERSON 马英九" })]
    [InlineData("賴清德表示將延續蔡英文的路線。", new[] { "賴清德 PERSON 赖清德", "蔡英文 PERSON 蔡英文" })]
    [InlineData("陳水扁任內推動「一邊一國」。", new[] { "陳水扁 PERSON 陈水扁" })]
    public void recognizes_taiwan_leaders_written_in_traditional_characters(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence).Where(a => a.Contains(" PERSON ")));

    [Fact]
    public void reads_a_taiwan_leaders_authorities_as_the_person_and_not_as_a_government() =>
        Assert.Equal(["蔡英文 PERSON 蔡英文", "九二共識 POLICY 九二共识"], Actors("蔡英文當局拒不承認九二共識。"));

    [Theory]
    [InlineData("据法尔斯通讯社报道，胡塞武装袭击了一艘美国军舰。", "法尔斯通讯社", "法尔斯通讯社")]
    [InlineData("《朝鲜日报》报道，韩国政府决定加强与美国的合作。", "朝鲜日报", "朝鲜日报")]
    [InlineData("據朝鮮日報報導，南韓將部署薩德。", "朝鮮日報", "朝鲜日报")]
    [InlineData("这一消息由也门的马西拉电视台报道。", "马西拉电视台", "马西拉电视台")]
    [InlineData("【Now新聞台】意大利正式退出一帶一路。", "Now新聞台", "Now新闻台")]
    [InlineData("欧洲独立智库E3G认为，该声明令人鼓舞。", "E3G", "E3G")]
    public void recognizes_a_news_agency_or_think_tank_as_an_organization(string sentence, string surface, string canonical) =>
        Assert.Contains($"{surface} ORGANIZATION {canonical}", Actors(sentence));

    [Fact]
    public void reads_the_chosun_ilbo_as_the_paper_and_not_the_state_inside_its_name() =>
        Assert.DoesNotContain(Actors("《朝鲜日报》报道，韩国政府决定加强与美国的合作。"), a => a.StartsWith("朝鲜 COUNTRY"));

    [Fact]
    public void reads_the_houthis_own_name_as_the_houthis() =>
        Assert.Contains("安萨拉拉运动 ORGANIZATION 胡塞武装", Actors("伊朗媒体报道称，安萨拉拉运动对红海的一艘美国军舰发动袭击。"));

    [Fact]
    public void reads_a_state_and_its_ecology_ministry_as_one_organization() =>
        Assert.Contains(Actors("中国生态环境部表示，将与欧盟加强气候合作。"), a => a.StartsWith("中国生态环境部 ORGANIZATION"));

    [Fact]
    public void reads_kerry_without_his_title_or_given_name() =>
        Assert.Contains("克里 PERSON 约翰·克里", Actors("美国气候特使约翰·克里与解振华会谈后，克里表示两国将合作。"));

    /// <summary>Bare names that open or sit inside other words: the not-name words of name-patterns.json refuse them.</summary>
    [Theory]
    [InlineData("克里姆林宫表示，俄罗斯愿意对话。")]
    [InlineData("克里米亚问题仍未解决。")]
    [InlineData("学者克里斯认为，美国应当克制。")]
    public void does_not_read_kerry_inside_another_word(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.EndsWith(" 约翰·克里"));

    [Theory]
    [InlineData("双方发表说明报告，介绍会谈情况。")]   // 明报 (Ming Pao) only as a name
    [InlineData("拉美社会发展不平衡。")]                 // 拉美社 (Prensa Latina)
    [InlineData("他们呼吁国土报告尽快完成。")]           // 国土报 (Haaretz)
    public void does_not_find_a_new_outlet_inside_an_everyday_word(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Contains(" ORGANIZATION "));

    private static string[] Actors(string sentence) =>
        [.. Extract.Sentence(sentence).Mentions.Select(m => $"{m.Text} {ContractNames.Of(m.Type)} {m.Actor?.Name}")];
}
