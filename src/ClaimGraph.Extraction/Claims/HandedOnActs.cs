using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The acts a pivot verb hands on to a name (土耳其支持瑞典加入北约: 瑞典 joins), and the actors after a cue that belong
/// to such a later act rather than to the cue.
/// </summary>
public sealed class HandedOnActs(CueObjects objects, PivotReader pivots, Coordination coordination)
{
    /// <summary>The cues whose subject a pivot verb hands on (瑞典 of 加入 in 土耳其支持瑞典加入北约), with that subject.</summary>
    public List<(Span Cue, Mention Pivot)> Find(string key, IReadOnlyList<Mention> mentions, List<CueMatch> cues, List<Span> clauses)
    {
        var handedOn = new List<(Span, Mention)>();
        for (var n = 0; n < cues.Count; n++)
        {
            var (cue, clause) = (cues[n].Span, clauses[n]);
            // As the cue's own pairing reads it: up to the partner it marks (美国支持日本与中国竞争).
            var marked = objects.Marked(key, mentions, clause, cue, clause.Start);
            if (pivots.Find(key, mentions, clause, marked?.Local.Start ?? cue.Start) is { } pivot) handedOn.Add((cue, pivot));
        }
        return handedOn;
    }

    /// <summary>
    /// Whether an actor after the cue belongs to a later, handed-on act (北约 in 土耳其支持瑞典加入北约: Sweden joins,
    /// Turkey supports Sweden; 德国 in 批评俄罗斯对德国发动网络攻击: Russia attacks Germany): it stands after the name
    /// handed on and is not listed with it (批评中国和俄罗斯支持… criticizes both). A named policy stays within the pivot
    /// verb's reach (欢迎印度加入“印太战略”).
    /// </summary>
    /// <param name="handedOn">The sentence's handed-on acts, as <see cref="Find"/> reads them.</param>
    public bool IsHandedOn(string key, IReadOnlyList<Mention> mentions, List<(Span Cue, Mention Pivot)> handedOn, Span cue, Mention obj) =>
        obj.Type != EntityType.Policy && obj.Local.Start >= cue.End
        && handedOn.Any(h => h.Cue.Start >= cue.End && h.Pivot.Local.Start >= cue.End && obj.Local.Start >= h.Pivot.Local.End
            && !coordination.Of(key, mentions, h.Pivot).Contains(obj));
}
