using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Acts that answer another the sentence names, and so take its doer as their object (GUIDELINES rules 56 and 58): a
/// retaliation with no target of its own (特朗普政府对中国商品加征关税，中方随即采取了反制措施: 中方 CONFRONTS
/// 特朗普政府; 针对美国的打压，中国采取了反制措施), and opposition to 此, "this" (俄罗斯否决了…决议草案，美国对此提出批评:
/// 美国 OPPOSES 俄罗斯; 中方对此坚决反对，认为北约…: 中方 OPPOSES 北约).
/// </summary>
public sealed class AnsweredActs(ClaimCues cues, CueObjects objects)
{
    private readonly WordList _retaliations = new(cues.Retaliations);
    private readonly WordList _frames = new(cues.RetaliationFrames);
    private readonly WordList _speaking = new(cues.Attribution);

    /// <summary>Words after which the reason for an opposition names its target (认为北约…, 已向美方提出严正交涉).</summary>
    private static readonly WordList TargetOpeners = new(["认为", "指出", "批评", "指责", "强调", "称", "向"]);

    /// <summary>Passive markers: a retaliation after one is described, not done (此举被韩方解读为…经济报复).</summary>
    private const string PassiveMarks = "被遭";

    /// <summary>The most characters between 对此 and the opposition (对此表示强烈不满、坚决反对).</summary>
    private const int MaxStanceGap = 10;

    /// <summary>The most characters before the target after its opener (向峰会主办方日本, 认为美方).</summary>
    private const int MaxTargetLead = 5;

    /// <summary>The most characters before what 此 stands for in its clause, its topic (俄罗斯今年3月…, 随后出台的《…》).</summary>
    private const int MaxTopicLead = 6;

    /// <summary>
    /// Who the act at <paramref name="cue"/> answers, or null: for a retaliation, the owner of the act a frame opening an
    /// earlier clause names (针对美国的打压，), else the first actor no marker holds in the nearest earlier clause with a
    /// confronting act; for opposition to 此, the name that opens the nearest earlier clause naming one, not a speaker's
    /// (林剑强调，…), else the actor right after 认为, 指出, 向 … later in the sentence. The responder must stand before the
    /// cue in its clause, with no passive marker between.
    /// </summary>
    public Mention? Answered(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Span clause, CueMatch cue,
        IReadOnlyList<CueMatch> cues, Mention responder)
    {
        if (!clause.Contains(responder.Local.Start) || responder.Local.End > cue.Span.Start
            || key.AsSpan(clause.Start, cue.Span.Start - clause.Start).IndexOfAny(PassiveMarks) >= 0) return null;
        if (_retaliations.Contains(cue.Word)) return Initiator(key, sentence, mentions, clause, cues, confronting: true);
        if (cue.Predicate != Predicate.Opposes || !AnswersThis(key, responder, cue.Span)) return null;
        return Initiator(key, sentence, mentions, clause, cues, confronting: false) ?? TargetAfter(key, mentions, cue.Span.End, sentence.Local.End);
    }

    /// <summary>
    /// Whether 对此 stands between the responder and the cue, close before the cue (中方对此坚决反对); not 对此类, 对此种
    /// (towards such things), which name a kind, not an act.
    /// </summary>
    private static bool AnswersThis(string key, Mention responder, Span cue)
    {
        var at = key.IndexOf("对此", responder.Local.End, cue.Start - responder.Local.End, StringComparison.Ordinal);
        return at >= 0 && cue.Start - (at + 2) <= MaxStanceGap && !KindWords.Contains(key[at + 2]);
    }

    /// <summary>
    /// Characters after 此 that make it open a noun phrase of its own (此类, 此种, 此等, 此些: a kind; 此次, 此前: a time,
    /// 对此次日本教科书审定结果 names its topic).
    /// </summary>
    private const string KindWords = "类种等些次前";

    private Mention? Initiator(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Span clause, IReadOnlyList<CueMatch> cues, bool confronting)
    {
        for (var n = sentence.Clauses.Count - 1; n >= 0; n--)
        {
            var earlier = sentence.Clauses[n];
            if (earlier.End > clause.Start || earlier.Length == 0) continue;
            if (confronting && FrameOwner(key, mentions, earlier) is { } owner) return owner;
            // 林剑强调，…; 特朗普还威胁称，若中方报复…: a clause that only introduces a speaker names no act.
            if (IsSpeakerFrame(key, earlier)) continue;
            var end = earlier.End;
            if (confronting)
            {
                var act = cues.FirstOrDefault(c => earlier.Contains(c.Span.Start) && c.Predicate == Predicate.Confronts);
                if (act.Word is null) continue;
                end = act.Span.Start;
            }
            else
            {
                // 美国对此提出批评: 此 is what the earlier clause's topic did, a policy included (随后出台的《通胀削减法案》…).
                var topic = mentions.FirstOrDefault(m => earlier.Contains(m.Local.Start));
                if (topic is null) continue;
                if (topic.Local.Start - earlier.Start > MaxTopicLead || objects.IsMarked(key, topic, earlier.Start)) return null;
                // 基辅遭到俄罗斯导弹袭击，欧盟对此予以谴责: the topic underwent the act; its agent did it.
                return PassiveAgent(key, mentions, earlier, topic) ?? topic;
            }
            return mentions.FirstOrDefault(m => earlier.Contains(m.Local.Start) && m.Local.End <= end
                && m.Type != EntityType.Policy && !objects.IsMarked(key, m, earlier.Start));
        }
        return null;
    }

    /// <summary>The first name after a passive marker that follows the topic in its clause (遭到俄罗斯…), or null.</summary>
    private static Mention? PassiveAgent(string key, IReadOnlyList<Mention> mentions, Span clause, Mention topic)
    {
        var marker = key.AsSpan(topic.Local.End, clause.End - topic.Local.End).IndexOfAny(PassiveMarks);
        if (marker < 0) return null;
        var from = topic.Local.End + marker;
        return mentions.FirstOrDefault(m => m.Local.Start > from && clause.Contains(m.Local.Start) && m.Type != EntityType.Policy);
    }

    /// <summary>Whether the clause only introduces a speaker (林剑强调，): it ends in a speaking verb.</summary>
    private bool IsSpeakerFrame(string key, Span clause)
    {
        var end = clause.End;
        while (end > clause.Start && !char.IsLetter(key[end - 1])) end--;
        return _speaking.EndsAt(key, end, Math.Max(clause.Start, end - _speaking.Longest));
    }

    /// <summary>
    /// The actor right after the first word in the sentence that opens the opposition's reason (认为北约…); the caller
    /// drops it when it is the responder or its state.
    /// </summary>
    private static Mention? TargetAfter(string key, IReadOnlyList<Mention> mentions, int from, int sentenceEnd)
    {
        var opener = TargetOpeners.FindAll(key, from, sentenceEnd).FirstOrDefault();
        if (opener.Length == 0) return null;
        var target = mentions.FirstOrDefault(m => m.Local.Start >= opener.End);
        return target is not null && target.Local.Start - opener.End <= MaxTargetLead && target.Type != EntityType.Policy ? target : null;
    }

    /// <summary>The name a frame word opening the clause introduces, owning the act after its 的 (针对美国的打压).</summary>
    private Mention? FrameOwner(string key, IReadOnlyList<Mention> mentions, Span clause)
    {
        var start = ClauseBreaks.ContentStart(key, clause.Start, clause.End);
        var length = _frames.LengthAt(key, start, clause.End);
        if (length == 0) return null;
        var owner = mentions.FirstOrDefault(m => m.Local.Start == start + length);
        return owner is not null && owner.Type != EntityType.Policy && owner.Local.End < clause.End && key[owner.Local.End] == '的' ? owner : null;
    }
}
