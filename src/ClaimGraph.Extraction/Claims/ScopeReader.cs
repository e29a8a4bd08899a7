using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether a cue stands where nothing is claimed: in a question (是否…, …吗？, a sentence ending in ？) or in
/// an act to be prevented (防止中国陷入孤立); and the reversal verb that undoes the act a cue names (解除了对韩国的
/// 出口限制), or the change that gives up or alters a line the act only describes (放弃了对朝缓和政策). The contract scores
/// asserted stances, not asked, averted or lifted ones (the gold gives 日本解除了对韩国的出口限制措施 no claim).
/// </summary>
public sealed class ScopeReader(ClaimCues cues, LineTargets lines)
{
    /// <summary>How far before its cue a reversal verb governs it (解除对俄罗斯能源出口的制裁: nine characters between).</summary>
    private const int MaxReversalReach = 12;

    private readonly WordList _questions = new(cues.QuestionMarkers);
    private readonly WordList _prevention = new(cues.PreventionMarkers);
    private readonly WordList _reversal = new(cues.ReversalMarkers);
    private readonly WordList _reversalBounds = new(cues.ReversalBounds);
    private readonly WordList _removals = new(cues.ListRemovals);
    private readonly WordList _lineReversals = new(cues.LineReversals);

    /// <summary>
    /// Words after a change that end the line it changes before a later act (调整为遏制战略, 放弃平衡外交转而推行…,
    /// 调整防卫政策以配合…): the act then is the new line's or another verb's.
    /// </summary>
    private static readonly WordList LineChangeBounds = new(["以", "转而", "为", "成"]);

    public bool IsOutOfScope(string key, Sentence sentence, Span clause, Span cue)
    {
        if (_questions.FindAll(key, clause.Start, clause.End).Any()) return true;
        if (sentence.Clauses.Count > 0 && clause.End == sentence.Clauses[^1].End && EndsInQuestion(key, sentence)) return true;
        return _prevention.FindAll(key, clause.Start, cue.Start).Any();
    }

    /// <summary>
    /// The reversal verb that governs the cue: shortly before it, with nothing between that ends its phrase, such as a
    /// second verb joined to it (撤销该法案并加征关税) or a causative (协议的终止使伊朗与美国的对抗加剧). Names joined by
    /// 和 stay inside it (解除对古巴和伊朗的制裁). Null when none does.
    /// </summary>
    public Span? Reversal(string key, Span clause, Span cue)
    {
        if (Governing(_reversal, key, clause, cue, from => Bounded(key, from, cue.Start)) is { } reversal) return reversal;
        if (LineReversal(key, clause, cue) is { } lineChange) return lineChange;
        // 将胡赛武装从恐怖组织名单中撤出: a removal right after the list undoes it.
        var after = cue.End < clause.End && key[cue.End] is '中' or '上' ? cue.End + 1 : cue.End;
        var removal = _removals.LengthAt(key, after, clause.End);
        return removal > 0 ? new Span(after, after + removal) : null;
    }

    /// <summary>
    /// The change that gives up or alters the line the act right before a line noun describes (放弃了前几任政府的对朝缓和
    /// 政策, 调整对华遏制战略), within a reversal's reach and with no other line, bound or new line between (调整了贸易政策并
    /// 开始对华实施遏制战略 keeps the act).
    /// </summary>
    private Span? LineReversal(string key, Span clause, Span cue) =>
        lines.LineNounAt(key, cue.End, clause.End)
            ? Governing(_lineReversals, key, clause, cue, from => Bounded(key, from, cue.Start)
                || LineChangeBounds.FindAll(key, from, cue.Start).Any() || lines.NamesLine(key, from, cue.Start))
            : null;

    /// <summary>
    /// The first of <paramref name="verbs"/> within a reversal's reach before the cue in its clause whose phrase nothing
    /// between ends (<paramref name="endsPhrase"/>, given where the verb ends), or null.
    /// </summary>
    private static Span? Governing(WordList verbs, string key, Span clause, Span cue, Func<int, bool> endsPhrase)
    {
        foreach (var verb in verbs.FindAll(key, Math.Max(clause.Start, cue.Start - MaxReversalReach - verbs.Longest), cue.Start))
            if (cue.Start - verb.End <= MaxReversalReach && !endsPhrase(verb.End)) return verb;
        return null;
    }

    private bool Bounded(string key, int from, int to) => _reversalBounds.FindAll(key, from, to).Any();

    private static bool EndsInQuestion(string key, Sentence sentence)
    {
        var end = sentence.Local.End;
        while (end > sentence.Local.Start && char.IsWhiteSpace(key[end - 1])) end--;
        return end > sentence.Local.Start && key[end - 1] is '？' or '?';
    }
}
