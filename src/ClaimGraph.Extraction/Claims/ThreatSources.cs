using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A pressure or threat that comes from a named actor is that actor's act on the one who faces it (来自俄罗斯的威胁,
/// 面对特朗普政府的施压，文在寅…): GUIDELINES rule 21 counts 来自X的压力 when the target is named in the sentence.
/// </summary>
public static class ThreatSources
{
    /// <summary>The most characters between the agent's 的 and the noun (的长期, 的日益增大的).</summary>
    private const int MaxGap = 5;

    /// <summary>Words that make the name after them where the pressure comes from, or what is faced.</summary>
    private static readonly string[] Sources = ["来自", "面对", "面临", "迫于", "顶住", "承受"];

    /// <summary>
    /// Whether the name at <paramref name="position"/> is what 面对 faces (面对特朗普政府的施压), so its 对 marks no object;
    /// not where 面 ends another word (在多边机制层面对中国的打压, 全面对华遏制).
    /// </summary>
    public static bool IsFaced(string key, int position) =>
        key.AsSpan(0, position).EndsWith("面对") && !FaceWords.Any(w => key.AsSpan(0, position - 1).EndsWith(w));

    /// <summary>Words that end in 面 (层面, 全面, 方面): 对 after them is a preposition of its own.</summary>
    private static readonly string[] FaceWords =
    [
        "层面", "方面", "全面", "表面", "局面", "侧面", "反面", "背面", "地面", "海面", "水面", "桌面", "路面", "版面", "界面",
        "前面", "后面", "上面", "下面", "里面", "外面", "见面", "会面", "对面", "平面", "场面", "画面", "页面", "书面", "封面",
        "门面", "颜面", "情面", "体面", "片面", "正面",
    ];

    private static bool IsSourceOf(string key, Mention agent, Span cue)
    {
        var end = agent.Local.End;
        return end < cue.Start && key[end] == '的' && cue.Start - end - 1 <= MaxGap
            && key.AsSpan(end, cue.Start - end).IndexOfAny(ClauseBreaks.Characters) < 0;
    }

    /// <summary>The actor who faces the pressure that <paramref name="agent"/> exerts at <paramref name="cue"/>, or null.</summary>
    /// <remarks>
    /// The nearest actor before the source word in the clause (乌克兰感受到来自俄罗斯的威胁), else the sentence's first
    /// (中国…，以缓解来自美国的压力; 面对特朗普政府的施压，文在寅…), never the source itself.
    /// </remarks>
    public static Mention? Target(string key, IReadOnlyList<Mention> mentions, Mention agent, Span agentExtent, Span clause, Span cue)
    {
        if (!IsSourceOf(key, agent, cue)) return null;
        var source = Sources.FirstOrDefault(s => key.AsSpan(0, agentExtent.Start).EndsWith(s));
        if (source is null) return null;
        bool Eligible(Mention m) => m.Type != EntityType.Policy && !m.Local.Overlaps(agentExtent) && !ClaimCandidateGenerator.SameActor(m, agent);
        var sourceStart = agentExtent.Start - source.Length;
        return mentions.LastOrDefault(m => Eligible(m) && m.Local.Start >= clause.Start && m.Local.End <= sourceStart)
            ?? mentions.FirstOrDefault(Eligible);
    }
}
