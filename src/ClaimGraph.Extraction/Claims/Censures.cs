using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A speaker's negative judgement of a named actor is the speaker's opposition to it, with no source, as the speaking
/// act is itself the stance (GUIDELINES rule 42: 外交部发言人毛宁表示，美方泛化国家安全概念，滥用出口管制措施 gives
/// 毛宁 OPPOSES 美方). The judged actor is the one the judgement's clause is about, else the reported content's topic
/// (毛宁指出，美方一边声称…，一边升级对华科技封锁，这种做法违背市场经济规律: 美方, not 华, and 毛宁 judges, not 美方 who
/// 声称); a judgement denied (并未违反) opposes no one.
/// </summary>
public sealed class Censures(ClaimCues cues, NegationReader negation, CueObjects objects, Coordination coordination, PassiveVoice passive)
{
    private readonly WordList _words = new(cues.Censures);

    /// <summary>The speaker-opposes-judged candidates of a sentence, one per judgement word in reported content.</summary>
    /// <param name="attributive">Names that only qualify another (乌克兰危机): never judged.</param>
    public IEnumerable<(Mention Speaker, Mention Judged, Span Word)> Find(string key, Sentence sentence, IReadOnlyList<Mention> mentions,
        AttributionReader attribution, ISet<Mention> attributive)
    {
        foreach (var word in _words.FindAll(key, sentence.Local.Start, sentence.Local.End))
        {
            if (attribution.Find(key, sentence, mentions, word.Start) is not { } said) continue;
            // 毛宁指出，美方一边声称…，这种做法违背…: the judgement is the outermost speaker's.
            while (attribution.Find(key, sentence, mentions, said.Speaker.Local.Start) is { } outer && outer.After <= said.Speaker.Local.Start) said = outer;
            var judged = Judged(key, sentence, mentions, said, word, attributive);
            if (judged is null || negation.IsNegated(key, Math.Max(judged.Local.End, sentence.ClauseAt(word.Start).Start), word.Start, mentions)) continue;
            yield return (said.Speaker, judged, word);
        }
    }

    /// <summary>
    /// Who is judged: the agent of a passive in the judgement's clause (乌克兰的主权遭到俄罗斯侵犯: 俄罗斯), else the
    /// clause's first name that is no marked object (乌克兰危机中美国违反承诺: 美国), else the reported content's first
    /// (美方一边声称…，这种做法违背…); never the speaker, a partner listed with it, or a name that only qualifies another.
    /// </summary>
    private Mention? Judged(string key, Sentence sentence, IReadOnlyList<Mention> mentions, (Mention Speaker, int After) said, Span word,
        ISet<Mention> attributive)
    {
        var partners = coordination.Of(key, mentions, said.Speaker).ToList();
        var clauseStart = Math.Max(said.After, sentence.ClauseAt(word.Start).Start);
        bool Judgeable(Mention m) => m.Local.Start >= said.After && m.Local.End <= word.Start && !attributive.Contains(m)
            && !Same(m, said.Speaker) && !partners.Contains(m);
        var inClause = mentions.Where(m => Judgeable(m) && m.Local.Start >= clauseStart).ToList();
        var agent = inClause.FirstOrDefault(m => passive.MarkerBefore(key, m.Local.Start) >= 0);
        if (agent is not null) return agent;
        return inClause.FirstOrDefault(m => !objects.IsMarked(key, m, clauseStart))
            ?? mentions.FirstOrDefault(m => Judgeable(m) && passive.MarkerBefore(key, m.Local.Start) < 0
                && !objects.IsMarked(key, m, sentence.ClauseAt(m.Local.Start).Start));
    }

    /// <summary>The same actor, or a leader or government of the other's state (拜登政府 and 美国).</summary>
    private static bool Same(Mention a, Mention b) =>
        ActorIdentity.SameActor(a, b) || ActorIdentity.OwnState(a, b) || ActorIdentity.OwnState(b, a);
}
