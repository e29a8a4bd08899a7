using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>
/// Sentences in the manner of other outlets (新华社, 人民日报, 联合早报 in Simplified; 中央社, 明報, 端傳媒 in Traditional,
/// with Taiwan, Hong Kong and Singapore names), written for these tests and not taken from the corpus. Each lists every
/// mention the sentence yields, in order, as "surface TYPE canonical": the type and the actor it resolves to.
/// </summary>
public sealed class OtherOutletsGazetteerTests
{
    public static TheoryData<string, string[]> Simplified => new()
    {
        { "斐济总理兰布卡表示，斐济愿同中国深化各领域合作。", ["斐济 COUNTRY 斐济", "兰布卡 PERSON 兰布卡", "斐济 COUNTRY 斐济", "中国 COUNTRY 中国"] },
        { "所罗门群岛总理马内勒会见中国驻所罗门群岛大使。", ["所罗门群岛 COUNTRY 所罗门群岛", "马内勒 PERSON 马内勒", "中国 COUNTRY 中国", "所罗门群岛 COUNTRY 所罗门群岛"] },
        { "巴布亚新几内亚总理马拉佩呼吁太平洋岛国论坛成员加强团结。", ["巴布亚新几内亚 COUNTRY 巴布亚新几内亚", "马拉佩 PERSON 马拉佩", "太平洋岛国论坛 ORGANIZATION 太平洋岛国论坛"] },
        { "基里巴斯、瑙鲁和图瓦卢均为太平洋岛国论坛成员国。", ["基里巴斯 COUNTRY 基里巴斯", "瑙鲁 COUNTRY 瑙鲁", "图瓦卢 COUNTRY 图瓦卢", "太平洋岛国论坛 ORGANIZATION 太平洋岛国论坛"] },
        { "瓦努阿图和萨摩亚支持“2050蓝色太平洋大陆战略”。", ["瓦努阿图 COUNTRY 瓦努阿图", "萨摩亚 COUNTRY 萨摩亚", "2050蓝色太平洋大陆战略 POLICY 2050蓝色太平洋大陆战略"] },
        { "乌兹别克斯坦总统米尔济约耶夫与吉尔吉斯斯坦总统扎帕罗夫举行会谈。", ["乌兹别克斯坦 COUNTRY 乌兹别克斯坦", "米尔济约耶夫 PERSON 米尔济约耶夫", "吉尔吉斯斯坦 COUNTRY 吉尔吉斯斯坦", "扎帕罗夫 PERSON 扎帕罗夫"] },
        { "塔吉克斯坦总统拉赫蒙出席集体安全条约组织峰会。", ["塔吉克斯坦 COUNTRY 塔吉克斯坦", "拉赫蒙 PERSON 拉赫蒙", "集体安全条约组织 ORGANIZATION 集体安全条约组织"] },
        { "土库曼斯坦、阿塞拜疆和亚美尼亚均派代表出席独联体会议。", ["土库曼斯坦 COUNTRY 土库曼斯坦", "阿塞拜疆 COUNTRY 阿塞拜疆", "亚美尼亚 COUNTRY 亚美尼亚", "独联体 ORGANIZATION 独立国家联合体"] },
        { "布基纳法索和尼日尔宣布退出西共体。", ["布基纳法索 COUNTRY 布基纳法索", "尼日尔 COUNTRY 尼日尔", "西共体 ORGANIZATION 西非国家经济共同体"] },
        { "坦桑尼亚、赞比亚和津巴布韦是南部非洲发展共同体成员。", ["坦桑尼亚 COUNTRY 坦桑尼亚", "赞比亚 COUNTRY 赞比亚", "津巴布韦 COUNTRY 津巴布韦", "南部非洲发展共同体 ORGANIZATION 南部非洲发展共同体"] },
        { "卢旺达总统与刚果（金）领导人在内罗毕会晤。", ["卢旺达 COUNTRY 卢旺达", "刚果（金） COUNTRY 刚果民主共和国"] },
        { "克罗地亚、斯洛文尼亚和斯洛伐克支持欧盟的“战略指南针”。", ["克罗地亚 COUNTRY 克罗地亚", "斯洛文尼亚 COUNTRY 斯洛文尼亚", "斯洛伐克 COUNTRY 斯洛伐克", "欧盟 ORGANIZATION 欧盟", "战略指南针 POLICY 战略指南针"] },
        { "加拿大外长赵美兰与意大利外长塔亚尼通电话。", ["加拿大 COUNTRY 加拿大", "赵美兰 PERSON 赵美兰", "意大利 COUNTRY 意大利", "塔亚尼 PERSON 塔亚尼"] },
        { "法国总理阿塔尔会见了南非外长潘多尔。", ["法国 COUNTRY 法国", "阿塔尔 PERSON 阿塔尔", "南非 COUNTRY 南非", "潘多尔 PERSON 潘多尔"] },
        { "泰国总理佩通坦与柬埔寨首相洪玛奈就边境问题通电话。", ["泰国 COUNTRY 泰国", "佩通坦 PERSON 佩通坦", "柬埔寨 COUNTRY 柬埔寨", "洪玛奈 PERSON 洪玛奈"] },
        { "越南国家主席苏林会见老挝总理宋赛。", ["越南 COUNTRY 越南", "苏林 PERSON 苏林", "老挝 COUNTRY 老挝", "宋赛 PERSON 宋赛"] },
        { "马来西亚总理安瓦尔表示，东盟应坚持“东盟印太展望”。", ["马来西亚 COUNTRY 马来西亚", "安瓦尔 PERSON 安瓦尔", "东盟 ORGANIZATION 东盟", "东盟印太展望 POLICY 东盟印太展望"] },
        { "新加坡外长维文指出，新加坡不会在中美之间选边。", ["新加坡 COUNTRY 新加坡", "维文 PERSON 维文", "新加坡 COUNTRY 新加坡"] },
        { "欧佩克+决定维持减产，沙特和阿联酋支持这一决定。", ["欧佩克+ ORGANIZATION 欧佩克+", "沙特 COUNTRY 沙特阿拉伯", "阿联酋 COUNTRY 阿联酋"] },
        { "中方坚持一国两制和九二共识。", ["中方 COUNTRY 中国", "一国两制 POLICY 一国两制", "九二共识 POLICY 九二共识"] },
        { "习近平提出全球治理倡议，得到巴西和南非支持。", ["习近平 PERSON 习近平", "全球治理倡议 POLICY 全球治理倡议", "巴西 COUNTRY 巴西", "南非 COUNTRY 南非"] },
        { "厄瓜多尔、玻利维亚和乌拉圭出席拉共体峰会。", ["厄瓜多尔 COUNTRY 厄瓜多尔", "玻利维亚 COUNTRY 玻利维亚", "乌拉圭 COUNTRY 乌拉圭", "拉共体 ORGANIZATION 拉美和加勒比国家共同体"] },
        { "美菲同盟和美澳同盟是美国印太布局的支柱。", ["美菲同盟 ORGANIZATION 美菲同盟", "美澳同盟 ORGANIZATION 美澳同盟", "美国 COUNTRY 美国"] },
    };

    public static TheoryData<string, string[]> Traditional => new()
    {
        { "川普宣布對加拿大和墨西哥加徵關稅，華府與渥太華關係緊張。", ["川普 PERSON 特朗普", "加拿大 COUNTRY 加拿大", "墨西哥 COUNTRY 墨西哥", "華府 COUNTRY 美国", "渥太華 COUNTRY 加拿大"] },
        { "紐西蘭總理拉克森與澳洲總理艾班尼斯在坎培拉會面。", ["紐西蘭 COUNTRY 新西兰", "拉克森 PERSON 拉克森", "澳洲 COUNTRY 澳大利亚", "艾班尼斯 PERSON 阿尔巴尼斯"] },
        { "坎培拉宣布與吐瓦魯簽署安全協議。", ["坎培拉 COUNTRY 澳大利亚", "吐瓦魯 COUNTRY 图瓦卢"] },
        { "星國總理黃循財與菲國總統小馬可仕舉行會談。", ["星國 COUNTRY 新加坡", "黃循財 PERSON 黄循财", "菲國 COUNTRY 菲律宾", "小馬可仕 PERSON 小马科斯"] },
        { "索羅門群島、吉里巴斯與諾魯先後與台灣斷交。", ["索羅門群島 COUNTRY 所罗门群岛", "吉里巴斯 COUNTRY 基里巴斯", "諾魯 COUNTRY 瑙鲁"] },
        { "帛琉、馬紹爾群島與萬那杜均為太平洋島國論壇成員。", ["帛琉 COUNTRY 帕劳", "馬紹爾群島 COUNTRY 马绍尔群岛", "萬那杜 COUNTRY 瓦努阿图", "太平洋島國論壇 ORGANIZATION 太平洋岛国论坛"] },
        { "東加王國與薩摩亞呼籲先進國家兌現氣候承諾。", ["東加王國 COUNTRY 汤加", "薩摩亞 COUNTRY 萨摩亚"] },
        { "哈薩克、烏茲別克、吉爾吉斯、塔吉克與土庫曼五國外長出席會議。", ["哈薩克 COUNTRY 哈萨克斯坦", "烏茲別克 COUNTRY 乌兹别克斯坦", "吉爾吉斯 COUNTRY 吉尔吉斯斯坦", "塔吉克 COUNTRY 塔吉克斯坦", "土庫曼 COUNTRY 土库曼斯坦"] },
        { "亞塞拜然與亞美尼亞在華府簽署和平協議。", ["亞塞拜然 COUNTRY 阿塞拜疆", "亞美尼亞 COUNTRY 亚美尼亚"] },
        { "喬治亞、克羅埃西亞與斯洛維尼亞外長會晤。", ["喬治亞 COUNTRY 格鲁吉亚", "克羅埃西亞 COUNTRY 克罗地亚", "斯洛維尼亞 COUNTRY 斯洛文尼亚"] },
        { "義大利總理梅洛尼會見葡萄牙總理。", ["義大利 COUNTRY 意大利", "梅洛尼 PERSON 梅洛尼", "葡萄牙 COUNTRY 葡萄牙"] },
        { "肯亞、坦尚尼亞與奈及利亞領袖出席非洲聯盟峰會。", ["肯亞 COUNTRY 肯尼亚", "坦尚尼亞 COUNTRY 坦桑尼亚", "奈及利亞 COUNTRY 尼日利亚", "非洲聯盟 ORGANIZATION 非盟"] },
        { "辛巴威與尚比亞宣布加入金磚國家合作機制。", ["辛巴威 COUNTRY 津巴布韦", "尚比亞 COUNTRY 赞比亚", "金磚國家 ORGANIZATION 金砖国家"] },
        { "沙地阿拉伯與阿拉伯聯合大公國支持歐佩克+的減產決定。", ["沙地阿拉伯 COUNTRY 沙特阿拉伯", "阿拉伯聯合大公國 COUNTRY 阿联酋", "歐佩克+ ORGANIZATION 欧佩克+"] },
        { "馬來西亞首相安華表示，東協不應在中美之間選邊。", ["馬來西亞 COUNTRY 马来西亚", "安華 PERSON 安瓦尔", "東協 ORGANIZATION 东盟"] },
        { "泰國前總理帕拉育與寮國、柬埔寨領袖會面。", ["泰國 COUNTRY 泰国", "帕拉育 PERSON 巴育", "寮國 COUNTRY 老挝", "柬埔寨 COUNTRY 柬埔寨"] },
        { "俄羅斯總統蒲亭與白俄羅斯總統盧卡申科會談。", ["俄羅斯 COUNTRY 俄罗斯", "蒲亭 PERSON 普京", "白俄羅斯 COUNTRY 白俄罗斯", "盧卡申科 PERSON 卢卡申科"] },
        { "美國副總統賀錦麗與日本首相石破茂通電話。", ["美國 COUNTRY 美国", "賀錦麗 PERSON 哈里斯", "日本 COUNTRY 日本", "石破茂 PERSON 石破茂"] },
        { "南韓總統尹錫悅與前國務卿龐皮歐會面。", ["南韓 COUNTRY 韩国", "尹錫悅 PERSON 尹锡悦", "龐皮歐 PERSON 蓬佩奥"] },
        { "英國首相施凱爾與德國總理梅爾茨討論烏克蘭局勢。", ["英國 COUNTRY 英国", "施凱爾 PERSON 斯塔默", "德國 COUNTRY 德国", "梅爾茨 PERSON 默茨", "烏克蘭 COUNTRY 乌克兰"] },
        { "美國國會通過晶片法案與降低通膨法案。", ["美國國會 ORGANIZATION 美国国会", "晶片法案 POLICY 芯片与科学法案", "降低通膨法案 POLICY 通胀削减法案"] },
        { "拜登政府推出印太經濟繁榮架構，並強化美英澳三方安全夥伴關係。", ["拜登政府 ADMINISTRATION 拜登政府", "印太經濟繁榮架構 POLICY 印太经济框架", "美英澳三方安全夥伴關係 ORGANIZATION 美英澳三边安全伙伴关系"] },
        { "中共推動全球發展倡議與一帶一路，北約則關注其影響。", ["中共 ORGANIZATION 中国共产党", "全球發展倡議 POLICY 全球发展倡议", "一帶一路 POLICY 一带一路", "北約 ORGANIZATION 北约"] },
        { "教廷與中國續簽主教任命協議。", ["教廷 COUNTRY 梵蒂冈", "中國 COUNTRY 中国"] },
        { "阿根廷總統米雷伊與巴西總統魯拉會晤。", ["阿根廷 COUNTRY 阿根廷", "米雷伊 PERSON 米莱", "巴西 COUNTRY 巴西", "魯拉 PERSON 卢拉"] },
    };

    [Theory]
    [MemberData(nameof(Simplified))]
    public void recognizes_the_actors_of_a_simplified_sentence_from_another_outlet(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence));

    [Theory]
    [MemberData(nameof(Traditional))]
    public void recognizes_the_actors_of_a_traditional_sentence_by_their_taiwan_and_hong_kong_names(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence));

    /// <summary>Bare names that are also parts of everyday words are left out of the gazetteer (docs/GAZETTEER.md).</summary>
    [Theory]
    [InlineData("中国沿海地区经济发展迅速。", new[] { "中国 COUNTRY 中国" })]                 // 海地 (Haiti) only as 海地共和国
    [InlineData("美国在中东加强军事部署。", new[] { "美国 COUNTRY 美国" })]                   // 東加 (Tonga) only as 東加王國
    [InlineData("两国在此基础上合作推进项目。", new string[0])]                               // 上合 is not an alias of the SCO
    [InlineData("中非关系持续发展。", new string[0])]                                         // 中非 is China-Africa, not the Central African Republic
    [InlineData("几内亚湾的海盗问题日益突出。", new string[0])]                               // 几内亚 (Guinea) only as 几内亚共和国
    [InlineData("蒙哥马利表示，盟国应当团结。", new string[0])]                               // 馬利 (Mali) only as 馬利共和國
    [InlineData("作为苏联曾经的卫星国，东欧国家重返欧洲。", new[] { "苏联 COUNTRY 苏联" })]   // 星国 (Singapore) not inside 卫星国
    public void does_not_find_a_state_inside_an_everyday_word(string sentence, string[] expected) =>
        Assert.Equal(expected, Actors(sentence).Where(a => !a.Contains(" PERSON ")));

    /// <summary>News agencies and papers are ORGANIZATION (ANNOTATION.md), whole even when their name holds a state's.</summary>
    [Theory]
    [InlineData("（中央社記者華盛頓14日專電）美國國務院發言人表示支持台灣。", "中央社", "中央通讯社")]
    [InlineData("据共同社报道，日本政府决定加强与澳大利亚的安全合作。", "共同社", "共同社")]
    [InlineData("韓聯社援引南韓外交部的話說，兩國將恢復對話。", "韓聯社", "韩联社")]
    [InlineData("美國之音報導，拜登政府將延續川普時期的關稅。", "美國之音", "美国之音")]
    [InlineData("《南华早报》认为，东盟支持RCEP。", "南华早报", "南华早报")]
    [InlineData("NHK报道，日本与菲律宾签署协议。", "NHK", "日本广播协会")]
    public void recognizes_news_agencies_and_papers_of_other_outlets(string sentence, string surface, string canonical) =>
        Assert.Contains($"{surface} ORGANIZATION {canonical}", Actors(sentence));

    [Fact]
    public void reads_the_voice_of_america_as_the_outlet_and_not_the_state_inside_its_name() =>
        Assert.DoesNotContain(Actors("美國之音報導，拜登政府將延續川普時期的關稅。"), a => a.Contains(" COUNTRY "));

    [Theory]
    [InlineData("双方发表联合报告，联合报道了会谈结果。")]   // 联合报 (United Daily News) only as a name
    [InlineData("两国致力于构建共同社会。")]                 // 共同社 (Kyodo)
    [InlineData("他曾任职于中央社会工作部。")]               // 中央社 (Central News Agency)
    public void does_not_find_an_outlet_inside_an_everyday_word(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Contains(" ORGANIZATION "));

    [Fact]
    public void reads_czechoslovakia_as_one_state_rather_than_the_czech_republic_and_slovakia()
    {
        Assert.Equal(["捷克斯洛伐克 COUNTRY 捷克斯洛伐克"], Actors("捷克斯洛伐克于1993年解体。"));
    }

    [Fact]
    public void tells_a_capital_standing_for_its_state_from_the_same_capital_as_a_place()
    {
        Assert.Equal(["華府 COUNTRY 美国", "北京 COUNTRY 中国"], Actors("華府批評北京的政策。"));
        Assert.Empty(Actors("外長會議在杜尚別舉行。"));
    }

    private static string[] Actors(string sentence) =>
        [.. Extract.Sentence(sentence).Mentions.Select(m => $"{m.Text} {ContractNames.Of(m.Type)} {m.Actor?.Name}")];
}
