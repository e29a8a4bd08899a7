using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Names that only qualify the name after them: a state before an organization (美国皮尤研究中心, 美国大西洋理事会)
/// and states listed before a body or a policy they make up (美、日、印、澳“四国安全合作机制”). The organization acts;
/// the states it is named by are no party to the sentence's claims. A single state before its own policy
/// (美国“印太战略”旨在…) still acts. A state or organization that introduces its officeholder by title (会见美国国务卿布林肯,
/// 北约秘书长斯托尔滕贝格表示) is no party either: the officeholder is (GUIDELINES rule 17's apposition, and train's gold,
/// which never pairs such a name).
/// Nor is a state that names a topic (双方讨论了乌克兰局势, 在伊朗核问题上): it is talked about, not acted on, unless
/// talks on the topic follow (美国和伊朗核问题谈判). Nor is an organization that only names a meeting (<see cref="MeetingNames"/>)
/// or a chair a state holds (<see cref="ChairNames"/>),
/// nor a state that only says whose an unnamed outlet is (伊朗媒体报道称…, 据巴西传媒报道).
/// </summary>
public sealed class AttributiveNames(Coordination coordination, WordList titles, WordList topicNouns, WordList topicTalks, MeetingNames meetings,
    ChairNames chairs, OutletOwners outlets)
{
    public HashSet<Mention> Find(string key, IReadOnlyList<Mention> mentions)
    {
        var attributive = new HashSet<Mention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var next = i + 1 < mentions.Count ? mentions[i + 1] : null;
            if (next is not null && IntroducesOfficeholder(key, m, next))
            {
                attributive.Add(m);
                continue;
            }
            if (meetings.NamesMeeting(key, m) || chairs.NamesChair(key, m)) attributive.Add(m);
            if (m.Type != EntityType.Country) continue;
            if (outlets.OwnsOutlet(key, m, key.Length))
            {
                attributive.Add(m);
                continue;
            }
            var topic = NamesTopic(key, mentions, i);
            var qualifies = next is { Type: EntityType.Organization or EntityType.Policy } && Adjacent(key, m.Local.End, next.Local.Start);
            if (!topic && !qualifies) continue;
            var chain = coordination.Of(key, mentions, m).Append(m).ToList();
            if (topic || next!.Type == EntityType.Organization || chain.Count > 1)
                attributive.UnionWith(chain.Where(c => c.Type == EntityType.Country));
        }
        return attributive;
    }

    /// <summary>
    /// A state or an organization, titles and a person's name in a row (美国国务卿布林肯, 美国总统国家安全顾问沙利文,
    /// 北约秘书长斯托尔滕贝格), or an organization, its chair and the state holding it (东盟轮值主席国老挝), as the claim rules
    /// read an officeholder; in 法国总统会见国家主席习近平 the president meets,
    /// and Xi is no French officeholder.
    /// </summary>
    public bool IntroducesOfficeholder(string key, Mention state, Mention next) =>
        state.Type is EntityType.Country or EntityType.Organization && next.Type == EntityType.Person
        && next.Local.Start - state.Local.End is >= 1 and <= MaxTitleLength
        && titles.Tiles(key, state.Local.End, next.Local.Start)
        || chairs.IntroducesChair(key, state, next);

    /// <summary>
    /// A state before a topic noun (乌克兰局势), unless talks on it follow and a name joined to it before is their other
    /// party (美国和伊朗核问题谈判: the two negotiate; 中方支持伊朗核问题谈判: Iran stays the topic).
    /// </summary>
    private bool NamesTopic(string key, IReadOnlyList<Mention> mentions, int index)
    {
        var state = mentions[index];
        var topic = topicNouns.LengthAt(key, state.Local.End, key.Length);
        if (topic == 0) return false;
        var talks = topicTalks.StartsAt(key, state.Local.End + topic, key.Length);
        return !(talks && index > 0 && JoinedBefore(key, mentions[index - 1], state));
    }

    private static bool JoinedBefore(string key, Mention before, Mention state) =>
        state.Local.Start - before.Local.End == 1 && key[before.Local.End] is '和' or '与' or '同' or '跟' or '及' or '、';

    /// <summary>The longest stretch between a state and a person's name read as a title (副国务卿, 国家安全顾问).</summary>
    public const int MaxTitleLength = 8;

    private static bool Adjacent(string key, int end, int start) =>
        start == end || start == end + 1 && key[end] is '“' or '《' or '"' or '「';
}
