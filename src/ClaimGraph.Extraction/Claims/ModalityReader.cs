using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Reads a claim's modality: HYPOTHETICAL when a condition (若, 如果) opens before it and no consequent clause
/// (那, 则) has begun; else PRESCRIBED (应, 需要) or PREDICTED (将, 会) from the cue's own clause, or from the clauses
/// before it that go on with its subject; else ASSERTED.
/// A marker inside a name (美国国会) or inside another word (应对, 峰会, 将领) is not one.
/// </summary>
public sealed class ModalityReader
{
    private readonly WordList _hypothetical;
    private readonly WordList _prescribed;
    private readonly WordList _predicted;
    private readonly WordList _consequent;
    private readonly WordList _stops;
    private readonly WordList _disposal;

    public ModalityReader(ClaimCues cues)
    {
        _hypothetical = new WordList(cues.Modality.GetValueOrDefault("HYPOTHETICAL") ?? []);
        _prescribed = new WordList(cues.Modality.GetValueOrDefault("PRESCRIBED") ?? []);
        _predicted = new WordList(cues.Modality.GetValueOrDefault("PREDICTED") ?? []);
        _consequent = new WordList(cues.Consequent);
        _stops = new WordList(cues.ModalityStops);
        _disposal = new WordList(cues.DisposalVerbs);
    }

    public Modality Read(string key, Sentence sentence, Span clause, Span cue, IReadOnlyList<Mention> mentions)
    {
        var cueStart = cue.Start;
        if (IsHypothetical(key, sentence, cueStart, mentions)) return Modality.Hypothetical;
        var from = Reach(key, sentence, clause, cueStart, mentions);
        if (Markers(_prescribed, key, clause.Start, cueStart, mentions).Any() || Carried(_prescribed, key, from, clause.Start, mentions)) return Modality.Prescribed;
        // A nominal cue carries its modal after it: 对…的延续将大于变化.
        if (Markers(_predicted, key, cue.End, Math.Min(clause.End, cue.End + 2), mentions).Any(span => span.Start == cue.End)) return Modality.Predicted;
        // 将 before a noun is the object marker (将中国视为对手), not the future.
        var predicted = Markers(_predicted, key, clause.Start, cueStart, mentions)
            .Any(span => !mentions.Any(m => m.Local.Start == span.End) && !IsObjectMarker(key, span, clause.End))
            || Carried(_predicted, key, from, clause.Start, mentions);
        return predicted ? Modality.Predicted : Modality.Asserted;
    }

    /// <summary>
    /// Whether a 将 marks the object of a disposal verb later in its clause (将双边关系提升为…), with no other 将 between:
    /// in 将继续将中国视为对手 the first is the future.
    /// </summary>
    private bool IsObjectMarker(string key, Span span, int clauseEnd)
    {
        if (span.Length != 1 || key[span.Start] != '将' || span.End >= clauseEnd || FutureAfterJiang.Contains(key[span.End])) return false;
        var verb = _disposal.FindAll(key, span.End, clauseEnd).Cast<Span?>().FirstOrDefault();
        // The object stands between 将 and its verb (将双边关系提升为…); 将作为东道主, 将变成 are the future.
        return verb is { } v && v.Start > span.End && key.IndexOf('将', span.End, v.Start - span.End) < 0;
    }

    /// <summary>What follows a future 将 and never its object: 把 (将把中国列为), 在/于 (将在…大有作为), adverbs (将继续, 将大幅).</summary>
    private const string FutureAfterJiang = "把在于会要更不再也继大全积努共逐首";

    /// <summary>The most clauses a modal reaches back over to a cue whose clause names no actor of its own.</summary>
    private const int MaxCarriedClauses = 3;

    /// <summary>
    /// Where the cue's modal may stand: its clause, or back to the clause that names its subject when the clauses in
    /// between go on with that subject (华盛顿可以继续回击莫斯科…，同时…; 仍需美国施加更多压力，迫使中国…): the modal
    /// before the first verb governs the verbs in series after it.
    /// </summary>
    private static int Reach(string key, Sentence sentence, Span clause, int cueStart, IReadOnlyList<Mention> mentions)
    {
        var at = sentence.IndexOfClause(clause);
        if (at < 0 || NamesSubject(key, mentions, new Span(clause.Start, cueStart))) return clause.Start;
        for (var i = at - 1; i >= 0 && at - i <= MaxCarriedClauses; i--)
            if (NamesActor(mentions, sentence.Clauses[i])) return sentence.Clauses[i].Start;
        // No clause before names the subject: nothing to carry.
        return clause.Start;
    }

    /// <summary>
    /// Markers that do not reach past their own clause: 将 is as often the object marker (将网络安全纳入…), 要 wants or
    /// threatens (表示要…), and what 主张 or 建议 introduce is often a report of the advice, not advice.
    /// </summary>
    private static readonly HashSet<string> s_clauseBound = ["将", "要", "主张", "建议"];

    /// <summary>Whether a marker stands in the clauses a cue's modal reaches back over.</summary>
    private bool Carried(WordList list, string key, int from, int to, IReadOnlyList<Mention> mentions)
    {
        if (from >= to) return false;
        // The subject's own modal stands before the clause's next actor: in 美国批评俄罗斯可能扩大战争 the 可能 is Russia's.
        var end = SecondActorStart(mentions, new Span(from, to)) ?? to;
        var series = SeriesOpeners.Any(w => key.AsSpan(to).StartsWith(w));
        return Markers(list, key, from, end, mentions).Any(span => !s_clauseBound.Contains(key[span.Start..span.End])
            || series && key[span.Start..span.End] == "将" && !IsObjectMarker(key, span, to));
    }

    /// <summary>
    /// Words that open a clause going on with the act before it (美国将退出伊核协议，并重启对伊朗的制裁): a future 将
    /// there reaches the clause's verbs too.
    /// </summary>
    private static readonly string[] SeriesOpeners = ["并", "同时", "随后", "进而", "还将", "还"];

    private static bool NamesActor(IReadOnlyList<Mention> mentions, Span range) => ActorsIn(mentions, range).Any();

    /// <summary>
    /// Whether the range names an actor that can be its clause's own subject: not one a preposition marks as the
    /// object (并对伊朗实施制裁 goes on with the subject before it).
    /// </summary>
    private static bool NamesSubject(string key, IReadOnlyList<Mention> mentions, Span range) =>
        ActorsIn(mentions, range).Any(m => m.Local.Start == 0 || !Prepositions.Contains(key[m.Local.Start - 1]));

    private const string Prepositions = "对向与同跟把给从";

    /// <summary>Where the second actor in the range starts, or null (a loop: this runs for every cue).</summary>
    private static int? SecondActorStart(IReadOnlyList<Mention> mentions, Span range)
    {
        var seen = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Policy && m.Local.Start >= range.Start && m.Local.End <= range.End && ++seen == 2) return m.Local.Start;
        }
        return null;
    }

    private static IEnumerable<Mention> ActorsIn(IReadOnlyList<Mention> mentions, Span range) =>
        mentions.Where(m => m.Type != EntityType.Policy && m.Local.Start >= range.Start && m.Local.End <= range.End);

    /// <summary>The markers of a list in a range that stand as words of their own, not inside a name or a longer word.</summary>
    private IEnumerable<Span> Markers(WordList list, string key, int start, int end, IReadOnlyList<Mention> mentions)
    {
        List<Span>? stops = null;
        foreach (var span in list.FindAll(key, start, end))
        {
            if (mentions.Any(m => m.Local.Overlaps(span))) continue;
            // A stop that takes a name's character is no word there: 中国会支持 is 中国 + 会, not 中 + 国会.
            stops ??= _stops.FindAll(key, Math.Max(0, start - 3), Math.Min(key.Length, end + 3))
                .Where(stop => !mentions.Any(m => m.Local.Overlaps(stop))).ToList();
            // A stop vetoes only a shorter marker inside it: 要是 is a condition, its 要 no advice; 将要 the future, its 要 no advice.
            if (stops.Any(stop => stop.Start <= span.Start && stop.End >= span.End && stop.Length > span.Length)) continue;
            if (IsInvitation(key, span)) continue;
            yield return span;
        }
    }

    /// <summary>应 opening "at the invitation of" (应南非外长潘多尔邀请, 应…之邀): no advice, whoever invites.</summary>
    private static bool IsInvitation(string key, Span span)
    {
        if (span.Length != 1 || key[span.Start] != '应') return false;
        var end = Math.Min(key.Length, span.End + MaxInviterLength);
        for (var i = span.End; i < end; i++)
        {
            if (char.IsPunctuation(key[i])) return false;
            if (key[i] == '邀' && (key[i - 1] is '之' or '请' || i + 1 < key.Length && key[i + 1] == '请')) return true;
        }
        return false;
    }

    /// <summary>How far after 应 the invitation may end (应南非国际关系与合作部长潘多尔邀请: twenty characters).</summary>
    private const int MaxInviterLength = 30;

    private bool IsHypothetical(string key, Sentence sentence, int cueStart, IReadOnlyList<Mention> mentions)
    {
        var condition = Markers(_hypothetical, key, sentence.Local.Start, cueStart, mentions).Select(s => (int?)s.Start).FirstOrDefault();
        if (condition is null) return false;
        return !sentence.Clauses.Any(c => c.Start > condition && c.Start <= cueStart && _consequent.StartsAt(key, c.Start, c.End));
    }
}
