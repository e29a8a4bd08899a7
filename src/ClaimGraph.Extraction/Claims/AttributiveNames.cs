using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Names that only qualify the name after them: a state before an organization (美国皮尤研究中心, 美国大西洋理事会)
/// and states listed before a body or a policy they make up (美、日、印、澳“四国安全合作机制”). The organization acts;
/// the states it is named by are no party to the sentence's claims. A single state before its own policy
/// (美国“印太战略”旨在…) still acts.
/// </summary>
public sealed class AttributiveNames(Coordination coordination)
{
    public HashSet<Mention> Find(string key, IReadOnlyList<Mention> mentions)
    {
        var attributive = new HashSet<Mention>();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (m, next) = (mentions[i], mentions[i + 1]);
            if (m.Type != EntityType.Country || !Adjacent(key, m.Local.End, next.Local.Start)) continue;
            var chain = coordination.Of(key, mentions, m).Append(m).ToList();
            if (next.Type == EntityType.Organization || chain.Count > 1 && next.Type == EntityType.Policy)
                attributive.UnionWith(chain.Where(c => c.Type == EntityType.Country));
        }
        return attributive;
    }

    private static bool Adjacent(string key, int end, int start) =>
        start == end || start == end + 1 && key[end] is '“' or '《' or '"' or '「';
}
