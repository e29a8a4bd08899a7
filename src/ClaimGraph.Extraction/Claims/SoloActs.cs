using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Acts each party does alone (加入, 奉行, a line changed): 和 before one lists its subjects (芬兰和瑞典加入北约), and an
/// invitation to one is an invitation to join (邀请沙特加入金砖国家).
/// </summary>
public sealed class SoloActs(ClaimCues cues)
{
    private readonly HashSet<string> _words = cues.SoloActs.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether each party does the act alone: a listed solo act (加入, 奉行), or a line changed (放弃, 调整); not when
    /// they act together (美国和日本共同倡导…) or change what lies between them (印度和巴基斯坦调整了停火安排).
    /// </summary>
    public bool IsSoloAct(string key, Span cue, Span clause, string word, Predicate predicate) =>
        (_words.Contains(word) || predicate == Predicate.Changes && !ChangesWhatIsBetween(key, cue, clause)) && !JointActs.ActsJointly(key, cue);

    /// <summary>Words after a change that name what lies between the listed parties (关系, 安排, 两国 …).</summary>
    private static readonly WordList BetweenWords = new(["关系", "安排", "机制", "两国", "双边", "彼此", "相互"]);

    private static bool ChangesWhatIsBetween(string key, Span cue, Span clause) => BetweenWords.FindAll(key, cue.End, clause.End).Any();

    /// <summary>Whether the first act after the invitation in its clause is joining (邀请沙特、埃及加入, 邀请芬兰成为…成员).</summary>
    public bool InvitesToJoin(List<CueMatch> cues, int invitation, Span clause) =>
        invitation + 1 < cues.Count && clause.Contains(cues[invitation + 1].Span.Start)
        && cues[invitation + 1].Predicate == Predicate.Supports && _words.Contains(cues[invitation + 1].Word);
}
