using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Cues that are themselves a negation (拒绝): followed by the act refused they negate it and claim nothing
/// (拒绝加入RCEP: SUPPORTS, negated), and they are no act of their own between a marked name and the cue it negates.
/// </summary>
public sealed class Refusals(ClaimCues cues)
{
    private readonly HashSet<string> _negatingCues =
        cues.Predicates.Values.SelectMany(w => w).Intersect(cues.Negation, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the cue is a refusal of a later act in its clause.</summary>
    public bool RefusesAct(string key, List<CueMatch> cues, Span clause, CueMatch refusal) =>
        _negatingCues.Contains(refusal.Word) && cues.Any(c => c.Span.Start >= refusal.Span.End && clause.Contains(c.Span.Start) && Refuses(key, refusal.Span, c.Span));

    /// <summary>
    /// Where the last other act between a marked name and this cue ends (对中国拒绝会晤表示遗憾: 会晤), else 0; a cue that
    /// is itself a negation (拒绝) is no act of its own here, so it still negates the cue after it.
    /// </summary>
    public int NestedActEnd(List<CueMatch> cues, Mention marked, Span cue)
    {
        var end = 0;
        foreach (var c in cues)
            if (c.Span.Start >= marked.Local.End && c.Span.End <= cue.Start && !_negatingCues.Contains(c.Word)) end = Math.Max(end, c.Span.End);
        return end;
    }

    /// <summary>
    /// Whether the act after a refusal is what is refused: right after it (拒绝加入, 拒绝了加入) or after the partner
    /// the act is done with (拒绝与俄罗斯达成…); not a noun further on (拒绝了中国的提议).
    /// </summary>
    private static bool Refuses(string key, Span refusal, Span act) =>
        act.Start - refusal.End <= 1 || JointActs.IsComitativeMarker(key[refusal.End]) || key[refusal.End] is '向' or '对';
}
