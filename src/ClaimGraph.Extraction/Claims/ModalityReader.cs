using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Reads a claim's modality: HYPOTHETICAL when a condition (若, 如果) opens before it and no consequent clause
/// (那, 则) has begun; else PRESCRIBED (应, 需要) or PREDICTED (将, 会) from the cue's own clause; else ASSERTED.
/// A marker inside a name (美国国会) or inside another word (应对, 峰会, 将领) is not one.
/// </summary>
public sealed class ModalityReader
{
    private readonly WordList _hypothetical;
    private readonly WordList _prescribed;
    private readonly WordList _predicted;
    private readonly WordList _consequent;
    private readonly WordList _stops;

    public ModalityReader(ClaimCues cues)
    {
        _hypothetical = new WordList(cues.Modality.GetValueOrDefault("HYPOTHETICAL") ?? []);
        _prescribed = new WordList(cues.Modality.GetValueOrDefault("PRESCRIBED") ?? []);
        _predicted = new WordList(cues.Modality.GetValueOrDefault("PREDICTED") ?? []);
        _consequent = new WordList(cues.Consequent);
        _stops = new WordList(cues.ModalityStops);
    }

    public Modality Read(string key, Sentence sentence, Span clause, Span cue, IReadOnlyList<Mention> mentions)
    {
        var cueStart = cue.Start;
        if (IsHypothetical(key, sentence, cueStart, mentions)) return Modality.Hypothetical;
        if (Markers(_prescribed, key, clause.Start, cueStart, mentions).Any()) return Modality.Prescribed;
        // A nominal cue carries its modal after it: 对…的延续将大于变化.
        if (Markers(_predicted, key, cue.End, Math.Min(clause.End, cue.End + 2), mentions).Any(span => span.Start == cue.End)) return Modality.Predicted;
        // 将 before a noun is the object marker (将中国视为对手), not the future.
        var predicted = Markers(_predicted, key, clause.Start, cueStart, mentions)
            .Any(span => !mentions.Any(m => m.Local.Start == span.End));
        return predicted ? Modality.Predicted : Modality.Asserted;
    }

    /// <summary>The markers of a list in a range that stand as words of their own, not inside a name or a longer word.</summary>
    private IEnumerable<Span> Markers(WordList list, string key, int start, int end, IReadOnlyList<Mention> mentions)
    {
        List<Span>? stops = null;
        foreach (var span in list.FindAll(key, start, end))
        {
            if (mentions.Any(m => m.Local.Overlaps(span))) continue;
            stops ??= _stops.FindAll(key, Math.Max(0, start - 3), Math.Min(key.Length, end + 3)).ToList();
            if (stops.Any(stop => stop.Start <= span.Start && stop.End >= span.End)) continue;
            yield return span;
        }
    }

    private bool IsHypothetical(string key, Sentence sentence, int cueStart, IReadOnlyList<Mention> mentions)
    {
        var condition = Markers(_hypothetical, key, sentence.Local.Start, cueStart, mentions).Select(s => (int?)s.Start).FirstOrDefault();
        if (condition is null) return false;
        return !sentence.Clauses.Any(c => c.Start > condition && c.Start <= cueStart && _consequent.StartsAt(key, c.Start, c.End));
    }
}
