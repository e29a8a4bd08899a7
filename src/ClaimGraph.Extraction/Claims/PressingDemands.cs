using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A demand that presses the party it names (特朗普要求日本大幅增加防卫开支: 特朗普 CONFRONTS 日本), as train's and the
/// written gold have it for most demands on a named party (GUIDELINES rule 50). It takes only the names right after it
/// (要求荷兰和日本…), not one further on (满足美国的要求, 按要求与中国谈判), and presses no one when what it asks for is
/// help, support or talks (要求德国提供坦克, 要求美国提供援助, 要求日本与中国对话), unless it asks them withheld.
/// </summary>
public sealed class PressingDemands(ClaimCues cues, Coordination coordination)
{
    private readonly WordList _words = new(cues.PressingDemands);
    private readonly WordList _help = new(cues.RequestedHelp);
    private readonly WordList _stops = new(cues.ReversalMarkers.Concat(cues.PreventionMarkers).Concat(cues.Negation));

    /// <summary>How far after the party the help asked for may stand (要求德国尽快向乌克兰提供).</summary>
    private const int HelpReach = 8;

    /// <summary>Whether the demand <paramref name="cue"/> does not press <paramref name="obj"/>; false for every other cue.</summary>
    public bool Excludes(string key, IReadOnlyList<Mention> mentions, IReadOnlyList<CueMatch> cues, Span clause, CueMatch cue, Mention obj)
    {
        if (!_words.Contains(cue.Word)) return false;
        // 满足美国的要求: a demand made, as a noun, presses no name after it.
        if (cue.Span.Start > 0 && key[cue.Span.Start - 1] == '的') return true;
        var first = mentions.FirstOrDefault(m => m.Local.Start >= cue.Span.End);
        if (first is null || !Adjoins(key, cue.Span.End, first.Local.Start)) return true;
        if (!IsListedFrom(key, mentions, first, obj)) return true;
        var asked = cues.FirstOrDefault(c => c.Span.Start >= obj.Local.End && clause.Contains(c.Span.Start));
        var request = asked.Word is not null && asked.Predicate is Predicate.Supports or Predicate.Cooperates or Predicate.Engages
            ? asked.Span.Start : HelpAt(key, clause, obj.Local.End);
        // Help or talks to be stopped, withheld or refused (要求日本停止向俄罗斯提供芯片, 要求韩国不要向中国提供援助) is pressure still.
        return request >= 0 && !_stops.FindAll(key, obj.Local.End, request).Any();
    }

    /// <summary>Where a verb of help follows the party before the clause ends (要求德国提供豹2坦克), or -1.</summary>
    private int HelpAt(string key, Span clause, int from) =>
        _help.FindAll(key, from, Math.Min(clause.End, from + HelpReach + _help.Longest))
            .Where(w => w.Start - from <= HelpReach).Select(w => w.Start).DefaultIfEmpty(-1).First();

    /// <summary>
    /// Whether the name is the first after the demand or listed with it (要求荷兰和日本); not a partner 与 introduces for
    /// the act demanded (要求日本与中国竞争).
    /// </summary>
    private bool IsListedFrom(string key, IReadOnlyList<Mention> mentions, Mention first, Mention obj)
    {
        for (var i = Coordination.IndexOf(mentions, first); i >= 0 && i < mentions.Count; i++)
        {
            if (mentions[i] == obj) return true;
            if (i + 1 == mentions.Count || !coordination.Joins(key, mentions[i], mentions[i + 1])
                || mentions[i + 1].Local.Start - mentions[i].Local.End == 1 && key[mentions[i].Local.End] is '与' or '同' or '跟') return false;
        }
        return false;
    }

    /// <summary>The party follows the verb at once, or after 了 (要求了韩国…).</summary>
    private static bool Adjoins(string key, int end, int start) => start == end || start == end + 1 && key[end] == '了';
}
