using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Names a place marker (在, 赴) makes where an act happens rather than who acts or what is acted on, read on either
/// side of the cue.
/// </summary>
public sealed class Venues(ClaimCues cues)
{
    private readonly WordList _topicFrames = new(cues.TopicFrames);
    private readonly WordList _eventNouns = new(cues.EventNouns);

    /// <summary>
    /// A name right after 在 or 赴 is where the act happens (习近平在韩国釜山与特朗普会晤, 王毅在巴西与拉夫罗夫会面), not who
    /// acts, unless it frames a viewpoint (在美国看来).
    /// </summary>
    public bool IsSubjectVenue(string key, Mention m) =>
        m.Local.Start > 0 && key[m.Local.Start - 1] is '在' or '赴' && !_topicFrames.StartsAt(key, m.Local.End, key.Length);

    /// <summary>
    /// A name after 在 or 赴 whose clause is no time or circumstance frame (在美国戴维营举行会晤, not 在特朗普的施压下 or
    /// 在拜登上台后, where the name acts inside the frame): a place only, never the sentence's topic.
    /// </summary>
    public bool IsPlaceOnly(string key, Mention m)
    {
        if (!IsSubjectVenue(key, m)) return false;
        var end = key.AsSpan(m.Local.End).IndexOfAny(ClauseBreaks.Characters);
        var last = end <= 0 ? key.Length - 1 : m.Local.End + end - 1;
        return !FrameEnds.Contains(key[last]);
    }

    /// <summary>The last characters of a time or circumstance frame (…下, …后, …时, …中, …之际, …期间, …以来).</summary>
    private const string FrameEnds = "下后时中际间来";

    /// <summary>
    /// Whether a name after 在, past the cue, is where an act happens: another actor's, right before 在
    /// (反对美国在韩国部署萨德), or the event the cue names (峰会在比利时举行).
    /// </summary>
    public bool IsObjectVenue(string key, IReadOnlyList<Mention> mentions, CueMatch cue, Mention obj)
    {
        var at = obj.Local.Start - 1;
        if (at < cue.Span.End || key[at] != '在') return false;
        if (_eventNouns.Contains(cue.Word)) return true;
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Local.End == at && mentions[i].Type != EntityType.Policy) return true;
        return false;
    }
}
