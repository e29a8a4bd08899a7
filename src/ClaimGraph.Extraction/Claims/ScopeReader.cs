using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether a cue stands where nothing is claimed: in a question (是否…, …吗？, a sentence ending in ？), in
/// an act to be prevented (防止中国陷入孤立) or in one undone (解除了对韩国的出口限制, 并未取消这些关税). The contract
/// scores asserted stances, not asked, averted or lifted ones (the gold gives 日本解除了对韩国的出口限制措施 no claim).
/// </summary>
public sealed class ScopeReader(ClaimCues cues)
{
    /// <summary>How far before its cue a reversal verb governs it (取消对华为的出口限制: five characters between).</summary>
    private const int MaxReversalReach = 8;

    private readonly WordList _questions = new(cues.QuestionMarkers);
    private readonly WordList _prevention = new(cues.PreventionMarkers);
    private readonly WordList _reversal = new(cues.ReversalMarkers);

    public bool IsOutOfScope(string key, Sentence sentence, Span clause, Span cue)
    {
        if (_questions.FindAll(key, clause.Start, clause.End).Any()) return true;
        if (sentence.Clauses.Count > 0 && clause.End == sentence.Clauses[^1].End && EndsInQuestion(key, sentence)) return true;
        return _prevention.FindAll(key, clause.Start, cue.Start).Any() || IsReversed(key, clause, cue);
    }

    /// <summary>A reversal verb shortly before the cue with no second verb joined between (撤销该法案并加征关税 keeps 关税).</summary>
    private bool IsReversed(string key, Span clause, Span cue)
    {
        foreach (var reversal in _reversal.FindAll(key, Math.Max(clause.Start, cue.Start - MaxReversalReach - 4), cue.Start))
        {
            if (reversal.End > cue.Start || cue.Start - reversal.End > MaxReversalReach) continue;
            if (key.AsSpan(reversal.End, cue.Start - reversal.End).IndexOfAny("并和而又再后") < 0) return true;
        }
        return false;
    }

    private static bool EndsInQuestion(string key, Sentence sentence)
    {
        var end = sentence.Local.End;
        while (end > sentence.Local.Start && char.IsWhiteSpace(key[end - 1])) end--;
        return end > sentence.Local.Start && key[end - 1] is '？' or '?';
    }
}
