using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The actor a pivot verb hands to the next verb (美国不再支持沙特对抗伊朗: 沙特 confronts; 中方反对美国干涉中国内政:
/// 美国 interferes; 土耳其支持瑞典加入北约: 瑞典 joins). The name right after a pivot verb, with the names coordinated
/// with it, is the subject of a cue that follows it closely, and the pivot verb's own subject is not.
/// </summary>
public sealed class PivotReader(ClaimCues cues, Coordination coordination)
{
    /// <summary>The most characters between the pivot's name and the act (尽快, 再次, 不要); a partner the act marks (与中国) ends the search before it.</summary>
    public const int MaxGap = 8;

    private readonly WordList _verbs = new(cues.PivotVerbs);
    private readonly WordList _stops = new(cues.PivotStops);
    private readonly WordList _demands = new(cues.DemandVerbs);
    private readonly WordList _invitations = new(cues.Invitations);

    /// <summary>Whether the pivot verb that hands <paramref name="pivot"/> its act demands or urges it (要求韩国承担, 敦促日本加入).</summary>
    public bool Demands(string key, Mention pivot) =>
        _demands.EndsAt(key, pivot.Local.Start, Math.Max(0, pivot.Local.Start - _demands.Longest));

    /// <summary>Whether the pivot verb that hands <paramref name="pivot"/> its act invites it (邀请芬兰加入北约): the act has not happened.</summary>
    public bool Invites(string key, Mention pivot) =>
        _invitations.EndsAt(key, pivot.Local.Start, Math.Max(0, pivot.Local.Start - _invitations.Longest));

    /// <summary>Whether the cue word is an invitation.</summary>
    public bool IsInvitation(string word) => _invitations.Contains(word);

    /// <summary>
    /// The first of the names a pivot verb hands to the act that starts at <paramref name="limit"/> (the cue, or the
    /// partner it marks), or null when the nearest name before it follows no pivot verb.
    /// </summary>
    public Mention? Find(string key, IReadOnlyList<Mention> mentions, Span clause, int limit)
    {
        var last = -1;
        for (var i = 0; i < mentions.Count && mentions[i].Local.Start < limit; i++)
            if (mentions[i].Local.End <= limit && mentions[i].Local.Start >= clause.Start) last = i;
        if (last < 0 || mentions[last].Type == EntityType.Policy || !IsCloseGap(key, mentions[last].Local.End, limit)) return null;
        var first = coordination.First(key, mentions, mentions[last]);
        var start = first.Local.Start;
        if (start <= clause.Start) return null;
        var from = Math.Max(clause.Start, start - Math.Max(_verbs.Longest, _stops.Longest));
        return _verbs.EndsAt(key, start, from) && !_stops.EndsAt(key, start, from) ? first : null;
    }

    /// <summary>
    /// Whether only a few adverbs stand between the name and the act: no 的 (支持美国的盟友: the name is an attribute),
    /// no conjunction of verbs (支持WTO改革并回到TPP: the subject goes on acting) and no "then" (批评中国后随即与韩国会谈:
    /// the critic meets).
    /// </summary>
    private static bool IsCloseGap(string key, int from, int to)
    {
        if (to - from > MaxGap) return false;
        for (var i = from; i < to; i++)
            if (key[i] is '的' or '并' or '而' or '且' or '及' or '之' or '随' || i == from && key[i] == '后' || char.IsPunctuation(key[i])) return false;
        return true;
    }
}
