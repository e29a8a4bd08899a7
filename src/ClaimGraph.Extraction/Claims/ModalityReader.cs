using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Reads a claim's modality: HYPOTHETICAL when a condition (若, 如果) opens before it and no consequent clause
/// (那, 则) has begun; else PRESCRIBED (应, 需要) or PREDICTED (将, 会) from the cue's own clause; else ASSERTED.
/// </summary>
public sealed class ModalityReader
{
    private readonly WordList _hypothetical;
    private readonly WordList _prescribed;
    private readonly WordList _predicted;
    private readonly WordList _consequent;

    public ModalityReader(ClaimCues cues)
    {
        _hypothetical = new WordList(cues.Modality.GetValueOrDefault("HYPOTHETICAL") ?? []);
        _prescribed = new WordList(cues.Modality.GetValueOrDefault("PRESCRIBED") ?? []);
        _predicted = new WordList(cues.Modality.GetValueOrDefault("PREDICTED") ?? []);
        _consequent = new WordList(cues.Consequent);
    }

    public Modality Read(string key, Sentence sentence, Span clause, Span cue, IReadOnlyList<Mention> mentions)
    {
        var cueStart = cue.Start;
        if (IsHypothetical(key, sentence, cueStart)) return Modality.Hypothetical;
        if (_prescribed.FindAll(key, clause.Start, cueStart).Any()) return Modality.Prescribed;
        // A nominal cue carries its modal after it: 对…的延续将大于变化.
        if (_predicted.FindAll(key, cue.End, Math.Min(clause.End, cue.End + 2)).Any(span => span.Start == cue.End)) return Modality.Predicted;
        // 将 before a noun is the object marker (将中国视为对手), not the future.
        var predicted = _predicted.FindAll(key, clause.Start, cueStart)
            .Any(span => !mentions.Any(m => m.Local.Start == span.End));
        return predicted ? Modality.Predicted : Modality.Asserted;
    }

    private bool IsHypothetical(string key, Sentence sentence, int cueStart)
    {
        var condition = _hypothetical.FindAll(key, sentence.Local.Start, cueStart).Select(s => (int?)s.Start).FirstOrDefault();
        if (condition is null) return false;
        return !sentence.Clauses.Any(c => c.Start > condition && c.Start <= cueStart && _consequent.StartsAt(key, c.Start, c.End));
    }
}
