using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Acts named as nouns and the names that own them (反对美国的制裁: 美国 sanctions; 美国和欧盟的制裁: each does): a directed
/// act is each owner's own, on none of the others; a relation the listed owners share (以色列与哈马斯的冲突, 中国和俄罗斯的
/// 合作) is between them.
/// </summary>
public sealed class NominalActs(ClaimCues cues, Coordination coordination)
{
    private readonly HashSet<string> _pressureNouns = cues.PressureNouns.ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the act is done to someone rather than between parties: backing, opposing, keeping or changing a line, or pressure (制裁, 挑衅, 打压).</summary>
    public bool IsDirected(Predicate predicate, string word) =>
        predicate is Predicate.Opposes or Predicate.Supports or Predicate.Continues or Predicate.Changes
        || predicate == Predicate.Confronts && _pressureNouns.Contains(word);

    /// <summary>Whether a coordinator joins the extent to a name right before it (以色列与哈马斯, 俄罗斯外长拉夫罗夫与乌克兰外长库列巴).</summary>
    public bool IsListedAfter(string key, IReadOnlyList<Mention> mentions, Span extent) =>
        mentions.Any(m => m.Local.End < extent.Start && coordination.Joins(key, m.Local.End, extent.Start));

    /// <summary>Whether <paramref name="name"/> is the owner or listed with it (美国 for 欧盟 in 美国和欧盟的制裁).</summary>
    public bool AreOwners(string key, IReadOnlyList<Mention> mentions, Mention owner, Mention name) =>
        name == owner || coordination.Of(key, mentions, owner).Contains(name);
}
