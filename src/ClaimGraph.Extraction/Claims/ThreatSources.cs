using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A pressure or threat that comes from a named actor is that actor's act on the one who faces it (来自俄罗斯的威胁,
/// 面对特朗普政府的施压，文在寅…): GUIDELINES rule 21 counts 来自X的压力 when the target is named in the sentence. Only
/// pressure and coercion nouns are such acts (来自美国的挑战 is not); listed sources each exert it (来自美国和欧盟的压力),
/// and a 在…下 frame sets one too (在特朗普的威逼利诱下，墨西哥和加拿大被迫…).
/// </summary>
public sealed class ThreatSources(ClaimCues cues, Coordination coordination)
{
    private readonly WordList _pressures = new(cues.PressureNouns);

    /// <summary>The most characters between the agent's 的 and the noun (的长期, 的日益增大的).</summary>
    private const int MaxGap = 5;

    /// <summary>Words that make the name after them where the pressure comes from, or what is faced.</summary>
    private static readonly string[] Sources = ["来自", "面对", "面临", "迫于", "顶住", "承受", "在"];

    /// <summary>The most characters between the noun and the 下 that closes a 在…下 frame (在特朗普的威逼利诱下).</summary>
    private const int MaxFrameGap = 3;

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

    /// <summary>The noun right after the name (在美方压力下, 迫于美国压力) or after its 的 (来自俄罗斯的威胁).</summary>
    private static bool IsSourceOf(string key, Mention agent, Span cue)
    {
        var end = agent.Local.End;
        if (end == cue.Start) return true;
        return end < cue.Start && key[end] == '的' && cue.Start - end - 1 <= MaxGap
            && key.AsSpan(end, cue.Start - end).IndexOfAny(ClauseBreaks.Characters) < 0;
    }

    /// <summary>
    /// The source of the pressure noun <paramref name="cue"/> (the name right before its 的, the last of a list) and the
    /// actor who faces it, or null when the noun is no pressure or no source word introduces the name.
    /// </summary>
    /// <remarks>
    /// The nearest actor before the source word in the clause (乌克兰感受到来自俄罗斯的威胁), else the sentence's first
    /// (中国…，以缓解来自美国的压力; 面对特朗普政府的施压，文在寅…), never the source itself.
    /// </remarks>
    public (Mention Agent, List<Mention> Targets)? Find(string key, IReadOnlyList<Mention> mentions, Span clause, CueMatch cue, Func<Mention, Span> extent)
    {
        if (!_pressures.Contains(cue.Word) || Source(key, mentions, clause, cue.Span, extent) is not { } found) return null;
        var (agent, listed, sourceStart) = found;
        var agentExtent = extent(agent);
        bool Eligible(Mention m) => m.Type != EntityType.Policy && !m.Local.Overlaps(agentExtent) && !listed.Contains(m)
            && !ActorIdentity.SameActor(m, agent);
        var target = mentions.LastOrDefault(m => Eligible(m) && m.Local.Start >= clause.Start && m.Local.End <= sourceStart)
            ?? mentions.FirstOrDefault(Eligible);
        if (target is null) return null;
        // 荷兰和日本在美方压力下…: the whole list the target is in faces it.
        var first = coordination.First(key, mentions, target);
        var targets = Eligible(first) ? new List<Mention> { first } : [];
        for (var i = Coordination.IndexOf(mentions, first); i + 1 < mentions.Count && coordination.Joins(key, mentions[i], mentions[i + 1]); i++)
            if (Eligible(mentions[i + 1])) targets.Add(mentions[i + 1]);
        return (agent, targets);
    }

    /// <summary>
    /// Whether a noun that is no pressure comes from the names before it (应对来自俄罗斯和中国的挑战): a topic (GUIDELINES
    /// rule 16), no act of theirs, and 和 between them marks no object.
    /// </summary>
    public bool IsSourcedTopic(string key, IReadOnlyList<Mention> mentions, Span clause, CueMatch cue, Func<Mention, Span> extent) =>
        !_pressures.Contains(cue.Word) && Source(key, mentions, clause, cue.Span, extent) is not null;

    /// <summary>
    /// Whether 来自 introduces the name or the list it is in (来自俄罗斯和中国的挑战): where something comes from, never
    /// what a verb before it acts on.
    /// </summary>
    public bool IsFrom(string key, IReadOnlyList<Mention> mentions, Mention m)
    {
        return key.AsSpan(0, coordination.First(key, mentions, m).Local.Start).EndsWith("来自");
    }

    /// <summary>The name right before the noun's 的 in its clause, the list it ends, and where the source word before them starts; or null.</summary>
    private (Mention Agent, List<Mention> Listed, int SourceStart)? Source(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue,
        Func<Mention, Span> extent)
    {
        var agent = mentions.LastOrDefault(m => m.Local.End <= cue.Start && m.Local.Start >= clause.Start);
        if (agent is null || agent.Type == EntityType.Policy || !IsSourceOf(key, agent, cue)) return null;
        var listed = ListOf(key, mentions, agent);
        var start = listed.Count > 1 ? listed[0].Local.Start : extent(agent).Start;
        var source = Sources.FirstOrDefault(s => key.AsSpan(0, start).EndsWith(s));
        // 在多边机制层面对中国的打压: 面 ends 层面, and 对 marks the target; 在 sets a source only as 在…下.
        if (source is null || source == "面对" && !IsFaced(key, start) || source == "在" && !ClosesFrame(key, cue.End)) return null;
        return (agent, listed, start - source.Length);
    }

    /// <summary>Whether 下 closes the 在 frame shortly after the noun (在美国的压力下, 在特朗普的威逼利诱之下).</summary>
    private static bool ClosesFrame(string key, int end)
    {
        for (var i = end; i < key.Length && i <= end + MaxFrameGap; i++)
        {
            if (key[i] == '下') return true;
            if (ClauseBreaks.Characters.Contains(key[i])) return false;
        }
        return false;
    }

    /// <summary>The names listed with the agent up to it, first to last (美国和欧盟 for 欧盟), or the agent alone.</summary>
    private List<Mention> ListOf(string key, IReadOnlyList<Mention> mentions, Mention agent)
    {
        var first = Coordination.IndexOf(mentions, coordination.First(key, mentions, agent));
        return mentions.Skip(first).Take(Coordination.IndexOf(mentions, agent) - first + 1).ToList();
    }
}
