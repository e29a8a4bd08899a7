using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether a cue stands where nothing is claimed: in a question (是否…, …吗？, a sentence ending in ？) or in
/// an act to be prevented (防止中国陷入孤立). The contract scores asserted stances, not asked or averted ones.
/// </summary>
public sealed class ScopeReader(ClaimCues cues)
{
    private readonly WordList _questions = new(cues.QuestionMarkers);
    private readonly WordList _prevention = new(cues.PreventionMarkers);

    public bool IsOutOfScope(string key, Sentence sentence, Span clause, Span cue)
    {
        if (_questions.FindAll(key, clause.Start, clause.End).Any()) return true;
        if (sentence.Clauses.Count > 0 && clause.End == sentence.Clauses[^1].End && EndsInQuestion(key, sentence)) return true;
        return _prevention.FindAll(key, clause.Start, cue.Start).Any();
    }

    private static bool EndsInQuestion(string key, Sentence sentence)
    {
        var end = sentence.Local.End;
        while (end > sentence.Local.Start && char.IsWhiteSpace(key[end - 1])) end--;
        return end > sentence.Local.Start && key[end - 1] is '？' or '?';
    }
}
