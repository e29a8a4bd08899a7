using System.Text.Json;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>Word lists behind the name patterns (name-patterns.json).</summary>
public sealed record NamePatterns
{
    /// <summary>Titles that may stand before a person's name (国务卿, 总统, 教授).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Chinese family names, one or two characters.</summary>
    public IReadOnlyList<string> Surnames { get; init; } = [];

    /// <summary>Characters used to transliterate foreign names (约瑟夫·奈, 布林肯).</summary>
    public string TransliterationChars { get; init; } = "";

    /// <summary>Characters that end a Chinese given name when they follow it (说, 表示 …).</summary>
    public string NameStopChars { get; init; } = "";

    public IReadOnlyList<string> PolicySuffixes { get; init; } = [];

    /// <summary>
    /// Endings of a treaty or agreement's own name (条约, 协定, 公约): in quotes without 《》 (“全面战略伙伴关系条约”, as
    /// Hong Kong and Taiwan papers write them) the name is a policy; other quoted words are as often scare quotes.
    /// </summary>
    public IReadOnlyList<string> TreatySuffixes { get; init; } = [];
    public IReadOnlyList<string> MechanismSuffixes { get; init; } = [];
    public IReadOnlyList<string> MediaSuffixes { get; init; } = [];
    public IReadOnlyList<string> AdministrationSuffixes { get; init; } = [];

    /// <summary>Ministries and departments that follow their state's name (外交部, 国防部, 外务省).</summary>
    public IReadOnlyList<string> MinistryWords { get; init; } = [];

    /// <summary>
    /// A state's bodies other than its ministries that follow its name (assemblies, central banks, statistics offices,
    /// courts, intelligence services, customs, embassies): with the state they are one organization (马来西亚国会, 俄罗斯央行).
    /// </summary>
    public IReadOnlyList<string> StateBodyWords { get; init; } = [];

    /// <summary>Assemblies and courts that stand alone for the state the text is about (国会, 参议院, 宪法法院).</summary>
    public IReadOnlyList<string> LegislatureWords { get; init; } = [];

    /// <summary>
    /// Characters that may stand right before a lone assembly (在国会, 向国会, 国会的): after any other Chinese character its
    /// first characters may close a word (两国会谈, 各国会, 外国会计).
    /// </summary>
    public string LegislatureOpeners { get; init; } = "";

    /// <summary>What makes a ministry's name the start of a title (长: 国防部长; 总理: 国务院总理): no ministry there.</summary>
    public IReadOnlyList<string> MinistryTitleStops { get; init; } = [];

    /// <summary>What makes a ministry's name part of another word (门: 外交部门, any department; 署: 外交部署): no ministry, and no state before it.</summary>
    public IReadOnlyList<string> MinistryWordStops { get; init; } = [];

    /// <summary>Characters that may stand before a one-character state and its ministry (据俄外交部, 与韩外交部).</summary>
    public string ShortFormMinistryOpeners { get; init; } = "";

    /// <summary>Leaders' titles a one-character state name opens, as it opens a ministry (日首相岸田文雄, 俄外长拉夫罗夫).</summary>
    public IReadOnlyList<string> ShortFormTitles { get; init; } = [];

    /// <summary>Characters before a one-character state name that make it a state (对华, 访美, 输美: exports to the US).</summary>
    public string ShortFormPrefixes { get; init; } = "";

    /// <summary>
    /// Short forms that open ordinary words so freely (新闻, 新疆, 新兴, 新冠 …) that 对 or 反 before them says nothing:
    /// they are a state only after a visit (访新, 驻新), before 方, in a list or before a ministry.
    /// </summary>
    public string ShortFormWordOpeners { get; init; } = "";

    /// <summary>The prefixes that still make a word-opening short form a state (访, 赴, 抵, 驻).</summary>
    public string ShortFormVisitPrefixes { get; init; } = "";

    /// <summary>Words ending in a prefix character that is part of the word, not a prefix (采访中, 苏联加盟).</summary>
    public IReadOnlyList<string> ShortFormPrefixWords { get; init; } = [];

    /// <summary>Two-character words that begin with a state's short form but do not name it (中东, 美元).</summary>
    public IReadOnlyList<string> ShortFormStops { get; init; } = [];

    /// <summary>Words that never name the state even after 对/访 (中东, 美元, 华人).</summary>
    public IReadOnlyList<string> ShortFormHardStops { get; init; } = [];

    /// <summary>
    /// Verbs and adverbs that open with another state's one-character name (加征, 加大, 日益): a state's character before
    /// them stands alone (对华加征关税), where before that other name it would be half of a compound (中加关系).
    /// </summary>
    public IReadOnlyList<string> ShortFormVerbNeighbours { get; init; } = [];

    /// <summary>Characters following 方 that make X方 a word rather than "X's side" (方面, 方式).</summary>
    public string SideStops { get; init; } = "";

    /// <summary>Words that end in a state's short form, so that 方 after them is no side of the state (立法方式, 参加方).</summary>
    public IReadOnlyList<string> SideWordStops { get; init; } = [];

    /// <summary>Endings that make a person's name part of another word (马克思主义): no mention of the person.</summary>
    public IReadOnlyList<string> PersonWordSuffixes { get; init; } = [];

    /// <summary>Words that may follow a name directly (提名, 谈): glued to a known name, they are no part of it.</summary>
    public IReadOnlyList<string> WordsAfterName { get; init; } = [];

    /// <summary>Words that may precede a name directly (聚焦, 会见): glued to a known name, they are no part of it.</summary>
    public IReadOnlyList<string> WordsBeforeName { get; init; } = [];

    /// <summary>Words before a capital that make it a place, not the state (在, 赴).</summary>
    public IReadOnlyList<string> PlaceBefore { get; init; } = [];

    /// <summary>Words after a capital that make it a place (举行, 召开).</summary>
    public IReadOnlyList<string> PlaceAfter { get; init; } = [];

    /// <summary>Words before a seat of government that make it a place: 在 and verbs of entering or leaving (入主, 重返).</summary>
    public IReadOnlyList<string> SeatPlaceBefore { get; init; } = [];

    /// <summary>Words opening 在…看来 (在): with a closing word after the name, whose view it is, not a place.</summary>
    public IReadOnlyList<string> ViewpointBefore { get; init; } = [];

    /// <summary>Words closing 在…看来 (看来, 眼中, 眼里).</summary>
    public IReadOnlyList<string> ViewpointAfter { get; init; } = [];

    /// <summary>Endings of the agency or reporter that opens a dateline (新华社, 中新网, 记者) before its place.</summary>
    public IReadOnlyList<string> DatelineBefore { get; init; } = [];

    /// <summary>Words closing a dateline after its place and date (3日电, 14日专电, 3月2日讯).</summary>
    public IReadOnlyList<string> DatelineAfter { get; init; } = [];

    /// <summary>Words that begin with a dateline's closing word but close nothing (电视, 电话).</summary>
    public IReadOnlyList<string> DatelineAfterStops { get; init; } = [];

    /// <summary>Seas, peninsulas and gulfs named after a state (朝鲜半岛, 南中国海): regions, never the state.</summary>
    public IReadOnlyList<string> PlaceNames { get; init; } = [];

    /// <summary>
    /// Words that hold an actor's name but never mean the actor: read across a word boundary (发展中国家 is 发展中 +
    /// 国家, 两国联合声明 holds 国联, 斯特拉斯堡 holds 特拉斯, 石破天惊 holds 石破), or a place or people named after
    /// the state but not it (内蒙古, 约旦河西岸, 朝鲜族).
    /// </summary>
    public IReadOnlyList<string> NotNameWords { get; init; } = [];

    /// <summary>
    /// Words that, starting at the last character of a not-name word, show it to be met by chance across a word
    /// boundary (中国外交部长期以来 is 中国外交部 + 长期, not the title 外交部长; 民主党派出 is 民主党 + 派出).
    /// </summary>
    public IReadOnlyList<string> NotNameBreaks { get; init; } = [];

    /// <summary>Longer words that begin with a break and undo it (外交部长期间 is the title and 期间; 民主党派出席).</summary>
    public IReadOnlyList<string> NotNameBreakStops { get; init; } = [];

    /// <summary>
    /// Titles that also follow a group (两国领导人高度评价…): only a transliterated name comes after them, never a
    /// Chinese name read from a family name.
    /// </summary>
    public IReadOnlyList<string> GroupTitles { get; init; } = [];

    /// <summary>Academic and official roles that close an author line (教授, 研究员).</summary>
    public IReadOnlyList<string> AuthorRoles { get; init; } = [];

    /// <summary>The same lists in the matching key's script.</summary>
    public NamePatterns Folded(Func<string, string> fold) => this with
    {
        Titles = Titles.Select(fold).ToList(),
        Surnames = Surnames.Select(fold).ToList(),
        TransliterationChars = fold(TransliterationChars),
        NameStopChars = fold(NameStopChars),
        PolicySuffixes = PolicySuffixes.Select(fold).ToList(),
        TreatySuffixes = TreatySuffixes.Select(fold).ToList(),
        MechanismSuffixes = MechanismSuffixes.Select(fold).ToList(),
        MediaSuffixes = MediaSuffixes.Select(fold).ToList(),
        AdministrationSuffixes = AdministrationSuffixes.Select(fold).ToList(),
        MinistryWords = MinistryWords.Select(fold).ToList(),
        StateBodyWords = StateBodyWords.Select(fold).ToList(),
        LegislatureWords = LegislatureWords.Select(fold).ToList(),
        LegislatureOpeners = fold(LegislatureOpeners),
        MinistryTitleStops = MinistryTitleStops.Select(fold).ToList(),
        MinistryWordStops = MinistryWordStops.Select(fold).ToList(),
        ShortFormMinistryOpeners = fold(ShortFormMinistryOpeners),
        ShortFormTitles = ShortFormTitles.Select(fold).ToList(),
        ShortFormPrefixes = fold(ShortFormPrefixes),
        ShortFormWordOpeners = fold(ShortFormWordOpeners),
        ShortFormVisitPrefixes = fold(ShortFormVisitPrefixes),
        ShortFormPrefixWords = ShortFormPrefixWords.Select(fold).ToList(),
        ShortFormStops = ShortFormStops.Select(fold).ToList(),
        ShortFormHardStops = ShortFormHardStops.Select(fold).ToList(),
        ShortFormVerbNeighbours = ShortFormVerbNeighbours.Select(fold).ToList(),
        SideStops = fold(SideStops),
        SideWordStops = SideWordStops.Select(fold).ToList(),
        PersonWordSuffixes = PersonWordSuffixes.Select(fold).ToList(),
        WordsAfterName = WordsAfterName.Select(fold).ToList(),
        WordsBeforeName = WordsBeforeName.Select(fold).ToList(),
        PlaceBefore = PlaceBefore.Select(fold).ToList(),
        PlaceAfter = PlaceAfter.Select(fold).ToList(),
        SeatPlaceBefore = SeatPlaceBefore.Select(fold).ToList(),
        ViewpointBefore = ViewpointBefore.Select(fold).ToList(),
        ViewpointAfter = ViewpointAfter.Select(fold).ToList(),
        DatelineBefore = DatelineBefore.Select(fold).ToList(),
        DatelineAfter = DatelineAfter.Select(fold).ToList(),
        DatelineAfterStops = DatelineAfterStops.Select(fold).ToList(),
        PlaceNames = PlaceNames.Select(fold).ToList(),
        NotNameWords = NotNameWords.Select(fold).ToList(),
        NotNameBreaks = NotNameBreaks.Select(fold).ToList(),
        NotNameBreakStops = NotNameBreakStops.Select(fold).ToList(),
        GroupTitles = GroupTitles.Select(fold).ToList(),
    };

    public static NamePatterns Read(string json) =>
        JsonSerializer.Deserialize<NamePatterns>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException("name-patterns.json is empty");
}
