using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A passive (美国的做法遭到中国的强烈批评, 伊朗遭美国制裁, 拜登的举措受到共和党的阻挠): the name after the passive marker
/// does the act and the name before it undergoes it, so the act's subject is the agent and its object the patient,
/// as train's gold has it (遭到法国总统马克龙的回击: 马克龙 OPPOSES the one rebuffed).
/// </summary>
public sealed class PassiveVoice(ClaimCues cues)
{
    /// <summary>The most characters between the agent and the act (的强烈, 的全面).</summary>
    private const int MaxGap = 6;

    private readonly WordList _markers = new(cues.PassiveMarkers);

    /// <summary>
    /// The name that undergoes the act at <paramref name="cue"/> when the agent (<paramref name="agent"/>, with the state
    /// and title that introduce it: 遭到法国总统马克龙的回击) follows a passive marker and comes right before the act: the
    /// nearest actor before the marker in the clause, else the sentence's first; otherwise null.
    /// </summary>
    public Mention? Patient(string key, IReadOnlyList<Mention> mentions, Span clause, Span agent, Span cue, ISet<Mention> attributive)
    {
        var gap = cue.Start - agent.End;
        if (gap is < 0 or > MaxGap || key.AsSpan(agent.End, gap).IndexOfAny(ClauseBreaks.Characters) >= 0) return null;
        var marker = MarkerBefore(key, agent.Start);
        if (marker < 0) return null;
        Mention? inClause = null, first = null;
        foreach (var m in mentions)
        {
            if (m.Local.End > marker) break;
            if (m.Type == EntityType.Policy || attributive.Contains(m)) continue;
            first ??= m;
            if (m.Local.Start >= clause.Start) inClause = m;
        }
        return inClause ?? first;
    }

    /// <summary>Where the passive marker that ends right at <paramref name="position"/> starts (遭到|中国), or -1.</summary>
    public int MarkerBefore(string key, int position) =>
        _markers.StartOfWordEndingAt(key, position, Math.Max(0, position - _markers.Longest));
}
