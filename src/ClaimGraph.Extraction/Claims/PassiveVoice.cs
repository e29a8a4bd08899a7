using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A passive (美国的做法遭到中国的强烈批评, 伊朗遭美国制裁, 拜登的举措受到共和党的阻挠): the name after the passive marker
/// does the act and the name before it undergoes it, so the act's subject is the agent and its object the patient,
/// as train's gold has it (遭到法国总统马克龙的回击: 马克龙 OPPOSES the one rebuffed). A reaction that a verb of causing
/// brings about turns the same way (此举引发中方强烈不满, 这一言论在美国国会引发批评: the one who reacts opposes the actor
/// whose act or words come first), as the written gold has it.
/// </summary>
public sealed class PassiveVoice(ClaimCues cues)
{
    /// <summary>The most characters between the agent and the act (的强烈, 的全面).</summary>
    private const int MaxGap = 6;

    /// <summary>The most characters of an agent's phrase after its first name: others listed, members (和波罗的海国家的, 部分议员和一些欧洲政客的).</summary>
    private const int MaxAgentPhrase = 16;

    /// <summary>The most characters between the phrase's closing 的 and the act (的强烈|批评).</summary>
    private const int MaxAfterDe = 3;

    /// <summary>The most characters between the one who reacts and the reaction, which name its members (保守派议员的强烈).</summary>
    private const int ReactionGap = 9;

    /// <summary>How far before the agent the 在 that sets where a reaction arose may stand (在美国国会和部分欧洲国家引发批评).</summary>
    private const int VenueReach = 12;

    private readonly WordList _markers = new(cues.PassiveMarkers);
    private readonly WordList _markerStops = new(cues.PassiveMarkerStops);
    private readonly WordList _agentless = new(cues.AgentlessPassives);
    private readonly WordList _agentlessStops = new(cues.AgentlessPassiveStops);
    private readonly WordList _venueStops = new(cues.ReactionVenueStops);
    private readonly WordList _causes = new(cues.ReactionCauses);
    private readonly WordList _pronouns = new(cues.ObjectPronouns);
    private readonly WordList _pronounStops = new(cues.ObjectPronounStops);

    /// <summary>
    /// The name that undergoes the act at <paramref name="cue"/> when the agent (<paramref name="agent"/>, with the state
    /// and title that introduce it: 遭到法国总统马克龙的回击) follows a passive marker and comes right before the act: the
    /// nearest actor before the marker in the clause, else the sentence's first; otherwise null.
    /// </summary>
    public Mention? Patient(string key, IReadOnlyList<Mention> mentions, Span clause, Span agent, Span cue, ISet<Mention> attributive, Predicate predicate)
    {
        if (cue.Start < agent.End || key.AsSpan(agent.End, cue.Start - agent.End).IndexOfAny(ClauseBreaks.Characters) >= 0) return null;
        if (predicate == Predicate.Opposes && ReactionCause(key, agent, cue) is var cause and >= 0)
            return FirstBefore(key, mentions, clause, agent, cause, attributive);
        var marker = MarkerBefore(key, agent.Start);
        if (marker < 0) return null;
        // 由美国主导的…体系: 由 leads a modifier, not a list of agents.
        if (cue.Start - agent.End > MaxGap && (key[marker] == '由' || !ClosesAgentPhrase(key, agent.End, cue.Start))) return null;
        // RCEP由东盟发起: a policy undergoes acts that take one (backing, leaving, keeping, changing it).
        var policyUndergoes = predicate is Predicate.Supports or Predicate.Opposes or Predicate.Continues or Predicate.Changes;
        Mention? inClause = null, first = null;
        foreach (var m in mentions)
        {
            if (m.Local.End > marker) break;
            if (m.Type == EntityType.Policy && !policyUndergoes || attributive.Contains(m)) continue;
            first ??= m;
            if (m.Local.Start >= clause.Start) inClause = m;
        }
        return inClause ?? first;
    }

    /// <summary>
    /// Whether the stretch after the agent's name goes on listing agents, closed by a 的 right before the act
    /// (遭到波兰和波罗的海国家的批评, 遭到美国国会部分议员和一些欧洲政客的批评), with no clause break in it.
    /// </summary>
    private static bool ClosesAgentPhrase(string key, int from, int cue)
    {
        if (cue - from > MaxAgentPhrase) return false;
        var stretch = key.AsSpan(from, cue - from);
        var de = stretch.LastIndexOf('的');
        return de >= 0 && stretch.Length - de - 1 <= MaxAfterDe && stretch[..de].IndexOfAny(AgentCoordinators) >= 0
            && stretch.IndexOfAny(ClauseBreaks.Characters) < 0;
    }

    /// <summary>Characters that join more agents to the first (和波罗的海国家, 與部分中東歐國家).</summary>
    private const string AgentCoordinators = "和与與及";

    /// <summary>
    /// Where the verb of causing before a reaction starts, or -1: right before the agent (引发|欧盟的强烈不满, 引起了|华盛顿的不满),
    /// or between an agent that 在 sets as the place and the reaction (在美国国会|引发|批评).
    /// </summary>
    private int ReactionCause(string key, Span agent, Span cue)
    {
        if (cue.Start - agent.End <= ReactionGap)
        {
            var end = agent.Start > 0 && key[agent.Start - 1] == '了' ? agent.Start - 1 : agent.Start;
            var before = _causes.StartOfWordEndingAt(key, end, Math.Max(0, end - _causes.Longest));
            if (before >= 0) return before;
        }
        if (VenueBefore(key, agent.Start) < 0) return -1;
        foreach (var found in _causes.FindAll(key, agent.End, cue.Start))
            if (cue.Start - found.End <= MaxGap) return found.Start;
        return -1;
    }

    /// <summary>
    /// The one who reacts where 在 sets the place of a reaction (这一言论在美国国会引发批评: 美国国会), the first name after
    /// 在 before the verb of causing; else null. Names after 在 are otherwise no subject.
    /// </summary>
    public Mention? ReactingPlace(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue)
    {
        var cause = _causes.FindAll(key, Math.Max(clause.Start, cue.Start - MaxGap - _causes.Longest), cue.Start)
            .Where(c => cue.Start - c.End <= MaxGap).Select(c => c.Start).DefaultIfEmpty(-1).First();
        if (cause < 0 || key.AsSpan(cause, cue.Start - cause).IndexOfAny(ClauseBreaks.Characters) >= 0) return null;
        var last = mentions.LastOrDefault(m => m.Local.End <= cause && m.Local.Start >= clause.Start);
        if (last is null || cause - last.Local.End > VenueReach) return null;
        var venue = VenueBefore(key, last.Local.Start);
        // 拜登在联合国大会上的讲话引发批评: a place that 的 ties to a noun is where the words were said, not who reacts.
        if (venue < 0 || key.IndexOf('的', venue, cause - venue) >= 0) return null;
        return mentions.FirstOrDefault(m => m.Local.Start > venue && m.Type != EntityType.Policy);
    }

    private bool PronounBefore(string key, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (_pronouns.LengthAt(key, i, end) > 0 && !_pronounStops.StartsAt(key, i, key.Length)) return true;
        return false;
    }

    /// <summary>Where the 在 before a name at <paramref name="position"/> stands, within the same clause and in no other word (正在, 存在), or -1.</summary>
    private int VenueBefore(string key, int position)
    {
        if (position == 0) return -1;
        var venue = key.LastIndexOf('在', position - 1, Math.Min(position, VenueReach));
        return venue >= 0 && key.AsSpan(venue, position - venue).IndexOfAny(ClauseBreaks.Characters) < 0
            && !_venueStops.Covers(key, new Span(venue, venue + 1), _venueStops.Longest - 1, key.Length) ? venue : -1;
    }

    /// <summary>
    /// The actor whose act a reaction answers: the clause's first before the verb of causing (马克龙…的言论在美国国会引发批评),
    /// else the sentence's first (此举引发…: the actor of the clause before; 其…言论引发批评: the one 其 points back to), never
    /// the one who reacts.
    /// </summary>
    private Mention? FirstBefore(string key, IReadOnlyList<Mention> mentions, Span clause, Span agent, int cause, ISet<Mention> attributive)
    {
        Mention? first = null;
        foreach (var m in mentions)
        {
            if (m.Local.End > cause) break;
            if (m.Type == EntityType.Policy || attributive.Contains(m) || m.Local.Overlaps(agent)) continue;
            if (m.Local.Start >= clause.Start) return first is not null && PronounBefore(key, clause.Start, m.Local.Start) ? first : m;
            first ??= m;
        }
        return first;
    }

    /// <summary>
    /// Whether the name undergoes the act: a passive marker stands between it and the cue with no name after the marker
    /// (日本的决定遭到周边国家反对, 伊朗被制裁), so the one who acts is unnamed. Not a word that holds the marker (被迫,
    /// 被指, 感受到: the name still acts, or is said to), and not when the clause goes on past the passive to the name's
    /// own act (伊朗遭制裁多年仍支持真主党, 俄罗斯在遭受制裁后支持伊朗).
    /// </summary>
    public bool Undergoes(string key, IReadOnlyList<Mention> mentions, Mention subject, Span cue)
    {
        if (subject.Local.End > cue.Start) return false;
        var marker = _agentless.FindAll(key, subject.Local.End, cue.Start).LastOrDefault();
        if (marker.Length == 0 || cue.Start - marker.End > MaxUnnamedAgent) return false;
        if (_agentlessStops.Covers(key, marker, _agentlessStops.Longest - 1, key.Length)) return false;
        var agent = key.AsSpan(marker.End, cue.Start - marker.End);
        if (key.AsSpan(subject.Local.End, cue.Start - subject.Local.End).IndexOfAny(ClauseBreaks.Characters) >= 0 || agent.ContainsAny(GoesOn)) return false;
        return !mentions.Any(m => m.Local.Start >= marker.End && m.Local.End <= cue.Start);
    }

    /// <summary>The most characters of an unnamed agent between the marker and the act (周边国家的强烈).</summary>
    private const int MaxUnnamedAgent = 10;

    /// <summary>
    /// Characters that carry the clause past the passive to another act of the name (后, 仍, 但, 却, 还, 并, 继续) or name
    /// what the act is called (被归纳为).
    /// </summary>
    private const string GoesOn = "后仍但却还并继而又为";

    /// <summary>Where the passive marker that ends right at <paramref name="position"/> starts (遭到|中国), or -1; not the end of another word (任由|日本).</summary>
    public int MarkerBefore(string key, int position) =>
        _markerStops.EndsAt(key, position, Math.Max(0, position - _markerStops.Longest)) ? -1
            : _markers.StartOfWordEndingAt(key, position, Math.Max(0, position - _markers.Longest));
}
