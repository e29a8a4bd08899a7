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
    private readonly WordList _modifierMarkers;
    private readonly WordList _topicFrames;
    private readonly Coordination _coordination;
    private readonly AttributiveNames _attributive;
    private readonly Officeholders _officeholders;
    private readonly PassiveVoice _passive;

    public CueObjects(ClaimCues cues, Coordination coordination, AttributiveNames attributive, Officeholders officeholders, PassiveVoice passive)
    {
        _objectMarkers = new WordList(cues.ObjectMarkers);
        _markerStops = new WordList(cues.ObjectMarkerStops);
        _modifierMarkers = new WordList(cues.ModifierMarkers);
        _topicFrames = new WordList(cues.TopicFrames);
        _coordination = coordination;
        _attributive = attributive;
        _officeholders = officeholders;
        _passive = passive;
    }

    /// <summary>
    /// The last name a marker puts before the cue in its clause, not before <paramref name="notBefore"/>, or null; with
    /// <paramref name="partners"/> (a cue of cooperation), not a name 针对 marks: 与日本建立针对中国的联盟 allies with 日本,
    /// and 中国 is the rival.
    /// </summary>
    public Mention? Marked(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue, int notBefore, bool partners = false)
    {
        var from = Math.Max(clause.Start, notBefore);
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Local.Start < from) break;
            if (m.Local.End > cue.Start) continue;
            var previousEnd = i > 0 ? mentions[i - 1].Local.End : 0;
            if (partners && IsTargeted(key, mentions, _coordination.First(key, mentions, m, partnersApart: true), from)) continue;
            if (IsMarked(key, m, clause.Start) || IsMarkedAcrossModifier(key, m, Math.Max(from, previousEnd)))
                return FirstListed(key, mentions, m, from, clause.Start);
        }
        return null;
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

    /// <summary>
    /// Whether 针对 marks the name, right before it or across a short modifier with no other name (针对中国, 针对日益崛起的
    /// 中国; not 日本针对中国与美国…, where 与 marks 美国, nor 有针对性地).
    /// </summary>
    private static bool IsTargeted(string key, IReadOnlyList<Mention> mentions, Mention m, int limit)
    {
        var at = Coordination.IndexOf(mentions, m);
        var from = Math.Max(Math.Max(limit, at > 0 ? mentions[at - 1].Local.End : 0), m.Local.Start - MaxModifier - TargetMarker.Length);
        if (m.Local.Start <= from) return false;
        var marker = key.LastIndexOf(TargetMarker, m.Local.Start - 1, m.Local.Start - from, StringComparison.Ordinal);
        return marker >= 0 && key[marker + TargetMarker.Length] != '性'
            && key.AsSpan(marker, m.Local.Start - marker).IndexOfAny(ClauseBreaks.Characters) < 0;
    }

    private const string TargetMarker = "针对";

    /// <summary>
    /// Whether a marker stands before a short modifier that 的 ties to the name (对快速崛起的中国进行打压, 与日益强大的中国
    /// 竞争): the name is still what the marker marks; no other name and no clause break stand between.
    /// </summary>
    private bool IsMarkedAcrossModifier(string key, Mention m, int limit)
    {
        var de = m.Local.Start - 1;
        if (de <= limit || key[de] != '的') return false;
        var from = Math.Max(limit, de - MaxModifier);
        for (var at = de - 1; at > from; at--)
        {
            if (ClauseBreaks.Characters.Contains(key[at]) || key[at] == '的') return false;
            if (_modifierMarkers.EndsAt(key, at, Math.Max(limit, at - _modifierMarkers.Longest))
                && !_markerStops.EndsAt(key, at, Math.Max(limit, at - _markerStops.Longest)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a marker between <paramref name="from"/> and <paramref name="position"/> opens a phrase still open there, no
    /// 的 after it (对两国不支持美国|的不满: what 的 closes is the whole marked phrase).
    /// </summary>
    public bool OpensPhraseBefore(string key, int from, int position)
    {
        if (position <= from) return false;
        var de = key.LastIndexOf('的', position - 1, position - from);
        // A partner's 与 or 同 opens no phrase, and 反对 holds no marker.
        return _modifierMarkers.FindAll(key, Math.Max(from, de + 1), position)
            .Any(m => !(m.Length == 1 && JointActs.IsComitativeMarker(key[m.Start])) && !_markerStops.Covers(key, m, _markerStops.Longest - 1, position));
    }

    /// <summary>The longest modifier between a marker and its name's 的 (快速崛起, 日益强大).</summary>
    private const int MaxModifier = 8;

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
        // 加入由世界卫生组织和…发起的计划: the agents a passive marker introduces do the phrase's own act; the cue takes what follows.
        if (_passive.MarkerBefore(key, QuoteMarks.StartBefore(key, first.Local.Start, cue.End)) >= 0)
        {
            var agent = _coordination.Of(key, mentions, first).LastOrDefault() ?? first;
            first = mentions.FirstOrDefault(m => m.Local.Start >= agent.Local.End && m.Local.End <= clause.End);
            if (first is null) return objects;
        }
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
