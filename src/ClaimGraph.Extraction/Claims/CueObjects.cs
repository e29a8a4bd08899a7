using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The names a cue acts on as the rules read them: one a marker puts before it (X对Y遏制, X与Y合作) with the names listed
/// after that one, or the first name after the cue in its clause with the names coordinated with it (日本和澳大利亚).
/// </summary>
public sealed class CueObjects
{
    private readonly WordList _objectMarkers;
    private readonly WordList _markerStops;
    private readonly WordList _topicFrames;
    private readonly Coordination _coordination;
    private readonly AttributiveNames _attributive;
    private readonly Officeholders _officeholders;

    public CueObjects(ClaimCues cues, Coordination coordination, AttributiveNames attributive, Officeholders officeholders)
    {
        _objectMarkers = new WordList(cues.ObjectMarkers);
        _markerStops = new WordList(cues.ObjectMarkerStops);
        _topicFrames = new WordList(cues.TopicFrames);
        _coordination = coordination;
        _attributive = attributive;
        _officeholders = officeholders;
    }

    /// <summary>The last name a marker puts before the cue in its clause, not before <paramref name="notBefore"/>, or null.</summary>
    public Mention? Marked(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue, int notBefore)
    {
        var from = Math.Max(clause.Start, notBefore);
        var marked = mentions.LastOrDefault(m => m.Local.Start >= from && m.Local.End <= cue.Start && IsMarked(key, m, clause.Start));
        return marked is null ? null : FirstListed(key, mentions, marked, from, clause.Start);
    }

    /// <summary>
    /// The first of the names listed with a marked one, when the 和 or 、 before it joins it to an earlier marked name or
    /// that name's officeholder (与日本首相岸田文雄和韩国总统尹锡悦会谈: 日本's, not a second marker before 韩国).
    /// </summary>
    private Mention FirstListed(string key, IReadOnlyList<Mention> mentions, Mention marked, int from, int clauseStart)
    {
        for (var at = Coordination.IndexOf(mentions, marked); at > 0; at--)
        {
            var before = mentions[at - 1];
            if (before.Local.Start < from || !_coordination.Joins(key, before, mentions[at])) break;
            if (IsMarked(key, before, clauseStart)) return before;
            // An officeholder ends the walk: its state is the list's marked first name, or there is none.
            if (at > 1 && _attributive.IntroducesOfficeholder(key, mentions[at - 2], before))
                return mentions[at - 2] is var state && state.Local.Start >= from && IsMarked(key, state, clauseStart) ? state : marked;
        }
        return marked;
    }

    /// <summary>
    /// Whether an object marker (对, 与) ends right at the name, after <paramref name="limit"/>, not as the end of a stop word
    /// or of 面对 (面对特朗普政府的施压: what is faced), and no topic frame follows the name.
    /// </summary>
    public bool IsMarked(string key, Mention m, int limit)
    {
        // 从《巴黎协定》…退出: the marker stands before the opening mark.
        var start = QuoteMarks.StartBefore(key, m.Local.Start, limit);
        return start > limit && _objectMarkers.FindAll(key, Math.Max(limit, start - 1), start).Any(s => s.End == start)
            && !_markerStops.EndsAt(key, start, Math.Max(limit, start - _markerStops.Longest))
            && !ThreatSources.IsFaced(key, start)
            && !_topicFrames.StartsAt(key, m.Local.End, key.Length);
    }

    /// <summary>The marked object and the names coordinated after it (与英、法、德等国领导人通话: all three).</summary>
    public List<Mention?> MarkedWithCoordinated(string key, IReadOnlyList<Mention> mentions, Mention marked, Span cue)
    {
        var objects = new List<Mention?> { marked };
        // 与法国总统马克龙、美国总统拜登会见: a state listed after the first is its officeholder's.
        objects.AddRange(_coordination.Of(key, mentions, marked).Where(m => m.Local.Start > marked.Local.Start && m.Local.End <= cue.Start)
            .Select(m => _officeholders.Before(key, mentions, m, cue)));
        return objects;
    }

    /// <summary>The first name after the cue in its clause, or its officeholder, and the names coordinated after it.</summary>
    public List<Mention?> After(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue)
    {
        var objects = new List<Mention?>();
        var first = mentions.FirstOrDefault(m => m.Local.Start >= cue.End && m.Local.End <= clause.End);
        if (first is null) return objects;
        // 会见日本首相岸田文雄: the officeholder is met, as with a marked object.
        first = _officeholders.Of(key, mentions, first);
        objects.Add(first);
        var last = first;
        foreach (var next in mentions.Where(m => m.Local.Start > first.Local.Start && m.Local.End <= clause.End))
        {
            // The officeholder already taken for the state before it.
            if (next.Local.Start < last.Local.End) continue;
            if (!_coordination.Joins(key, last, next)) break;
            // 会见喀麦隆总统比亚、埃塞俄比亚总理阿比: each state in the list introduces the one met.
            last = _officeholders.Of(key, mentions, next);
            objects.Add(last);
        }
        return objects;
    }
}
