using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>
/// The classes filled from general knowledge for other writers (docs/GAZETTEER.md, "Companies, state bodies, sides
/// and doctrines"): companies at the centre of trade and technology disputes, states' named doctrines and projects,
/// a state's body joined to it (马来西亚国会), an assembly alone (国会), a state's side (法方); and the everyday words
/// that hold those names. Sentences written for these tests, not taken from the corpus; each mention as
/// "surface TYPE canonical".
/// </summary>
public sealed class ClassGazetteerTests
{
    [Theory]
    [InlineData("荷兰政府要求阿斯麦停止向中国出口光刻机。", "阿斯麦 ORGANIZATION 阿斯麦")]
    [InlineData("比亚迪和宁德时代在匈牙利设厂。", "宁德时代 ORGANIZATION 宁德时代")]
    [InlineData("富士康宣布在印度扩大生产。", "富士康 ORGANIZATION 鸿海")]
    [InlineData("美國商務部將長江存儲列入實體清單。", "長江存儲 ORGANIZATION 长江存储")]
    [InlineData("俄罗斯天然气工业股份公司暂停向德国供气。", "俄罗斯天然气工业股份公司 ORGANIZATION 俄罗斯天然气工业股份公司")]
    [InlineData("欧盟将环球银行金融电信协会的服务对俄罗斯银行关闭。", "环球银行金融电信协会 ORGANIZATION 环球银行金融电信协会")]
    public void recognizes_a_company_at_the_centre_of_a_dispute(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Theory]
    [InlineData("特朗普政府主张以实力求和平。", "以实力求和平 POLICY 以实力求和平")]
    [InlineData("岸田政府修订安保三文件，放弃专守防卫。", "专守防卫 POLICY 专守防卫")]
    [InlineData("特朗普政府宣布对所有贸易伙伴征收对等关税。", "对等关税 POLICY 对等关税")]
    [InlineData("七国集团主张对华去风险而非脱钩。", "去风险 POLICY 去风险")]
    [InlineData("越南奉行「竹子外交」，在大國之間保持平衡。", "竹子外交 POLICY 竹子外交")]
    [InlineData("俄罗斯坚决反对北约东扩。", "北约东扩 POLICY 北约东扩")]
    public void recognizes_a_named_doctrine_or_project(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Theory]
    [InlineData("马来西亚国会通过了该法案。", "马来西亚国会")]
    [InlineData("欧美冻结了俄罗斯央行的外汇储备。", "俄罗斯央行")]
    [InlineData("德国联邦统计局公布了对华贸易数据。", "德国联邦统计局")]
    [InlineData("韓國國家情報院表示，朝鮮正準備核試驗。", "韓國國家情報院")]
    public void reads_a_state_and_its_body_as_one_organization(string sentence, string body)
    {
        var mentions = Extract.Sentence(sentence).Mentions;
        var mention = mentions.Single(m => m.Text == body);

        Assert.Equal("ORGANIZATION", ContractNames.Of(mention.Type));
        Assert.DoesNotContain(mentions, m => m != mention && m.Local.Start < mention.Local.End && mention.Local.Start < m.Local.End);
    }

    [Theory]
    [InlineData("国会两院均通过了对乌援助法案。", "国会")]
    [InlineData("该法案已在众议院获得通过，将由联邦议院审议。", "联邦议院")]
    public void reads_an_assembly_standing_alone_as_an_organization(string sentence, string assembly) =>
        Assert.Contains(Extract.Sentence(sentence).Mentions, m => m.Text == assembly && ContractNames.Of(m.Type) == "ORGANIZATION");

    [Theory]
    [InlineData("两国会谈后，双方发表联合声明。")]
    [InlineData("各国会在下周的峰会上讨论此事。")]
    [InlineData("外国会计师事务所须在华登记。")]
    public void reads_no_assembly_where_guo_closes_another_word(string sentence) =>
        Assert.DoesNotContain(Extract.Sentence(sentence).Mentions, m => m.Text.Contains("国会"));

    [Fact]
    public void keeps_the_state_before_its_security_situation() =>
        Assert.Equal(["叙利亚 COUNTRY 叙利亚"], Actors("叙利亚安全局势持续恶化。"));

    [Theory]
    [InlineData("美国会减少在中东的军事投入。", new[] { "美国 COUNTRY 美国" })]              // 美国 + 会 ("will")
    [InlineData("联合国会员国一致通过决议。", new[] { "联合国 ORGANIZATION 联合国" })]       // the UN's members
    [InlineData("这让人联想到冷战时期的对抗。", new string[0])]                              // 联想 "calls to mind", not Lenovo
    [InlineData("印度制造业增长放缓。", new[] { "印度 COUNTRY 印度" })]                      // Make in India only in quotes
    [InlineData("中国石油进口量创新高。", new[] { "中国 COUNTRY 中国" })]                    // China's oil, not CNPC
    [InlineData("产业链正向东转移。", new string[0])]
    [InlineData("中俄气候变化合作不断深化。", new string[0])]                                 // 俄气 only as the company's full name
    [InlineData("欧美光伏企业面临竞争。", new string[0])]                                       // 美光 only as 美光科技
    [InlineData("两国坚持互惠普惠原则，反思科技竞争。", new string[0])]                         // 惠普, 思科
    [InlineData("中国电信业对外开放。", new[] { "中国 COUNTRY 中国" })]
    public void finds_no_new_name_inside_an_everyday_word(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence));

    [Theory]
    [InlineData("中方愿同法方深化合作。", "法方 COUNTRY 法国")]
    [InlineData("德方对此表示欢迎。", "德方 COUNTRY 德国")]
    [InlineData("乌方提出了新的停火建议。", "乌方 COUNTRY 乌克兰")]
    public void reads_a_states_side_as_that_state(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Theory]
    [InlineData("欧盟对输美钢铝产品加征关税。", "美 COUNTRY 美国")]     // exports to the US
    [InlineData("日本限制输华半导体设备。", "华 COUNTRY 中国")]
    public void reads_a_one_character_state_after_shu_as_the_state_exported_to(string sentence, string expected) =>
        Assert.Contains(expected, Actors(sentence));

    [Fact]
    public void finds_no_state_in_transport() =>
        Assert.Empty(Actors("运输中断导致供应紧张。"));

    [Fact]
    public void reads_the_bare_appellate_body_as_the_wto_s() =>
        Assert.Contains("上诉机构 ORGANIZATION 世贸组织上诉机构", Actors("美国阻挠法官遴选，上诉机构陷入停摆。"));

    [Theory]
    [InlineData("各国通过立法方式加强出口管制。")]
    [InlineData("会议的参加方均表示同意。")]
    [InlineData("在民意方面，支持率持续下降。")]
    [InlineData("新方案提出后，各方反应不一。")]
    [InlineData("来日方长，双方合作前景广阔。")]
    [InlineData("合同须经双方同意方可生效。")]
    [InlineData("相关物项须依法方可出口，违法方应承担责任。")]
    public void reads_no_side_where_fang_belongs_to_another_word(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Contains(" COUNTRY "));

    private static string[] Actors(string sentence) =>
        [.. Extract.Sentence(sentence).Mentions.Select(m => $"{m.Text} {ContractNames.Of(m.Type)} {m.Actor?.Name}")];
}
