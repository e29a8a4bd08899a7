using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Which names after a cue it can take as its object. A relation noun (盟友, 对手) takes only the name in apposition
/// to it (盟友日本、韩国, 对手是中国), not one across a verb (联合盟友对付中国); a verb gives up a name that a later verb
/// of another predicate acts on (支持美国遏制中国), unless the two are coordinated (批评并制裁中国).
/// </summary>
public sealed class ObjectReach
{
    /// <summary>How far after a support word a relation it takes as complement may start (加大对中国的竞争力度).</summary>
    private const int ComplementReach = 8;

    private static readonly string[] Appositions = ["如", "包括", "即", "：", "，如", "是", "就是", "为", "——", "—", "（", "("];
    private static readonly string[] SeriesWords = ["并", "并且"];

    private readonly WordList _relationNouns;
    private readonly WordList _pronouns;
    private readonly WordList _pronounStops;
    private readonly WordList _besidePronoun;
    private readonly WordList _titles;
    private readonly Coordination _coordination;
    private readonly WordList _causeOpeners;
    private readonly PassiveVoice _passive;
    private readonly Venues _venues;
    private readonly WordList _reactionCauses;

    /// <param name="titles">Titles, which after a pronoun set a name beside it (批评其前总统特朗普).</param>
    public ObjectReach(ClaimCues cues, Coordination coordination, WordList titles, PassiveVoice passive, Venues venues)
    {
        _relationNouns = new WordList(cues.RelationNouns);
        _pronouns = new WordList(cues.ObjectPronouns);
        _pronounStops = new WordList(cues.ObjectPronounStops);
        _besidePronoun = new WordList(cues.AppositionNouns.Concat(cues.RelationNouns));
        _titles = titles;
        _coordination = coordination;
        _causeOpeners = new WordList(cues.ObjectCauseOpeners);
        _passive = passive;
        _venues = venues;
        _reactionCauses = new WordList(cues.ReactionCauses);
    }

    /// <summary>Whether the cue can take <paramref name="obj"/>, a name of its sentence, as its object.</summary>
    public bool Reaches(string key, IReadOnlyList<Mention> mentions, IReadOnlyList<CueMatch> cues,
        CueMatch cue, Mention obj)
    {
        if (IsCause(key, obj) || IsPassiveAgent(key, mentions, obj)) return false;
        if (obj.Local.Start < cue.Span.End) return true;
        if (_venues.IsObjectVenue(key, mentions, cue, obj) || IsReacting(key, cue.Span, obj)) return false;
        if (_relationNouns.Contains(cue.Word)) return IsApposed(key, mentions, cue.Span, obj);
        // The pronoun may follow this cue or a later one before the name (加征关税，以惩罚其…购买俄罗斯原油).
        foreach (var c in cues)
            if (c.Span.Start >= cue.Span.Start && c.Span.End <= obj.Local.Start && BeyondPronoun(key, c.Span, obj)) return false;
        return obj.Type == EntityType.Policy
            ? !GivenUpToLaterVerb(key, mentions, cues, cue, obj)
            : !BelongsToLaterVerb(key, cues, cue, obj) && !IsMarkedForLaterVerb(key, mentions, cues, cue, obj);
    }

    /// <summary>
    /// Whether a word that causes a reaction, after the cue, brings the name in (美国的关税政策引起欧盟的不满, 对华加征关税，
    /// 引发了中方强烈反对): the name reacts to the act, and the act is not done to it.
    /// </summary>
    private bool IsReacting(string key, Span cue, Mention obj)
    {
        var end = QuoteMarks.StartBefore(key, obj.Local.Start, cue.End);
        if (end > cue.End && key[end - 1] == '了') end--;
        return _reactionCauses.EndsAt(key, end, Math.Max(cue.End, end - _reactionCauses.Longest));
    }

    /// <summary>
    /// Whether the name, or the list it ends, follows a passive marker (加入由世界卫生组织和“全球疫苗和免疫联盟”发起的…):
    /// it does an act of its own, and what the cue takes comes after.
    /// </summary>
    private bool IsPassiveAgent(string key, IReadOnlyList<Mention> mentions, Mention obj)
    {
        var first = _coordination.First(key, mentions, obj);
        return _passive.MarkerBefore(key, QuoteMarks.StartBefore(key, first.Local.Start, 0)) >= 0;
    }

    /// <summary>
    /// Whether a support word takes a relation of another kind as its complement (加大竞争力度, 扩大对抗, 与美国恢复谈判):
    /// what it promotes is that relation, so it sides with no one it names.
    /// </summary>
    public static bool TakesRelation(IReadOnlyList<CueMatch> cues, Span cue, Span clause) =>
        cues.Any(c => c.Span.Start >= cue.End && c.Span.Start - cue.End <= ComplementReach && c.Span.End <= clause.End
            && c.Predicate is Predicate.Competes or Predicate.Confronts or Predicate.Opposes or Predicate.Engages);

    /// <summary>
    /// Whether a preposition after the cue marks the name for a verb that follows it (同意与美国恢复谈判, 继续向乌克兰
    /// 提供援助): the name is that verb's partner or target, as a name marked before a cue is the cue's.
    /// </summary>
    private bool IsMarkedForLaterVerb(string key, IReadOnlyList<Mention> mentions, IReadOnlyList<CueMatch> cues, CueMatch cue, Mention obj)
    {
        var marker = LaterVerbMarkers.FirstOrDefault(w => obj.Local.Start - w.Length >= cue.Span.End && key.AsSpan(0, obj.Local.Start).EndsWith(w));
        if (marker is null) return false;
        // 制裁伊朗与朝鲜: between two names 与 joins them, marking nothing; 反对美国对印度加征关税: 对 after a name marks
        // the target of that name's act, which the cue's object is.
        if (mentions.Any(m => m.Local.End == obj.Local.Start - marker.Length))
            return !_coordination.IsCoordinator(key, obj.Local.Start - marker.Length, obj.Local.Start);
        foreach (var next in cues)
        {
            if (next.Span.Start < obj.Local.End) continue;
            if (next.Span.Start - obj.Local.End > LaterVerbReach) return false;
            return !key.AsSpan(obj.Local.End, next.Span.Start - obj.Local.End).ContainsAny(ClauseBreaks.Characters);
        }
        return false;
    }

    /// <summary>Prepositions that put a name before its verb (与, 向, 对); not 和, which after a verb joins its objects.</summary>
    private static readonly string[] LaterVerbMarkers = ["针对", "对于", "与", "同", "跟", "向", "对"];

    /// <summary>How far after the marked name its verb may start (与美国就核问题恢复谈判).</summary>
    private const int LaterVerbReach = 12;

    /// <summary>
    /// Whether a pronoun right after a cue is its object and the name stands further on, in what the pronoun does
    /// (惩罚其持续购买俄罗斯原油); not when a partner noun, a title or a neighbour noun ends the words between and so sets
    /// the name beside the pronoun (支持其盟友日本, 批评其前总统特朗普, 支持其邻国巴基斯坦).
    /// </summary>
    private bool BeyondPronoun(string key, Span cue, Mention obj)
    {
        var pronoun = _pronouns.LengthAt(key, cue.End, obj.Local.Start);
        if (pronoun <= 0 || _pronounStops.StartsAt(key, cue.End, key.Length)) return false;
        var between = new Span(cue.End + pronoun, obj.Local.Start);
        // Quotes and book-title marks around a policy are no words between (构建其“印太战略”).
        return key.AsSpan(between.Start, between.Length).ContainsAnyExcept(QuoteMarks.All)
            && !_besidePronoun.EndsAt(key, between.End, between.Start) && !_titles.EndsAt(key, between.End, between.Start)
            && !Appositions.Any(w => key.AsSpan(between.Start, between.Length).EndsWith(w));
    }

    /// <summary>
    /// Whether the name opens a cause closed by 而 (重启因伊核协议而豁免的制裁): it is why something happens, not what
    /// the cue acts on.
    /// </summary>
    private bool IsCause(string key, Mention obj)
    {
        if (!_causeOpeners.EndsAt(key, obj.Local.Start, obj.Local.Start - _causeOpeners.Longest)) return false;
        var end = Math.Min(key.Length, obj.Local.End + CauseReach);
        var close = key.IndexOf('而', obj.Local.End, end - obj.Local.End);
        return close >= 0 && key.AsSpan(obj.Local.End, close - obj.Local.End).IndexOfAny(ClauseBreaks.Characters) < 0;
    }

    /// <summary>How far after the name the 而 closing its cause may stand.</summary>
    private const int CauseReach = 12;

    private bool IsApposed(string key, IReadOnlyList<Mention> mentions, Span cue, Mention obj)
    {
        var first = mentions.FirstOrDefault(m => m.Local.Start >= cue.End);
        if (first is null || !Adjoins(key, cue.End, first.Local.Start)) return false;
        // The names listed with it are set beside the noun too (盟友日本和韩国), but not one that 与 introduces: in
        // 宿敌巴基斯坦与中国关系密切 it is the apposed name's partner in what follows.
        for (var i = Coordination.IndexOf(mentions, first); i >= 0; i++)
        {
            if (mentions[i] == obj) return true;
            if (i + 1 == mentions.Count || !_coordination.Joins(key, mentions[i], mentions[i + 1]) || MarksPartner(key, mentions[i].Local.End, mentions[i + 1].Local.Start)) return false;
        }
        return false;
    }

    private static bool MarksPartner(string key, int end, int start) => start - end == 1 && key[end] is '与' or '同' or '跟';

    private bool BelongsToLaterVerb(string key, IReadOnlyList<CueMatch> cues,
        CueMatch cue, Mention obj)
    {
        var reach = cue.Span.End;
        foreach (var (next, word, signals) in cues)
        {
            if (next.Start < cue.Span.End) continue;
            if (next.End > obj.Local.Start) break;
            // A relation noun after the cue is the cue's own object (团结盟友对付中国). Verbs of two predicates share an
            // object only when coordinated; side by side, the first takes the second's phrase (支持限制中国), and an
            // adverb of acting together qualifies the verb after it (联合遏制中国).
            if (_relationNouns.Contains(word) || signals != cue.Predicate && !IsCoordinated(key, reach, next.Start)) return true;
            reach = next.End;
        }
        return false;
    }

    /// <summary>
    /// Whether a backing or keeping verb gives up a policy to a later verb that turns against it (签署行政命令退出TPP,
    /// 推动废除《平价医疗法案》): verbs in series share a policy they all back (提出并推动…, 批准加入RCEP), but what is
    /// left or undone is the later verb's alone. Not a verb another actor does in a clause on the policy (回到特朗普退出
    /// 的TPP), nor a change into the policy (调整为“印太战略”).
    /// </summary>
    private bool GivenUpToLaterVerb(string key, IReadOnlyList<Mention> mentions, IReadOnlyList<CueMatch> cues, CueMatch cue, Mention obj)
    {
        if (cue.Predicate is not (Predicate.Supports or Predicate.Continues)) return false;
        foreach (var (next, _, signals) in cues)
        {
            if (next.Start < cue.Span.End) continue;
            if (next.End > obj.Local.Start) break;
            if (signals is not (Predicate.Opposes or Predicate.Changes) || IsCoordinated(key, cue.Span.End, next.Start)) continue;
            if (next.End < key.Length && key[next.End] is '为' or '成') continue;
            if (mentions.Any(m => m.Type != EntityType.Policy && m.Local.Start >= cue.Span.End && m.Local.End <= next.Start)) continue;
            return true;
        }
        return false;
    }

    private bool IsCoordinated(string key, int end, int start) =>
        _coordination.IsCoordinator(key, end, start) || SeriesWords.Any(w => key.AsSpan(end, start - end).SequenceEqual(w));

    private static bool Adjoins(string key, int end, int start) =>
        start == end || Appositions.Any(w => key.AsSpan(end, start - end).SequenceEqual(w));
}
