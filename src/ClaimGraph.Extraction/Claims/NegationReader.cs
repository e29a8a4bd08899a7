using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether a negation cue (不会, 并未, 没有, 难以 …) stands between the subject and the cue word; one inside a name
/// (非盟, 不丹) or a longer word (不断, 非洲, 特别, 除非) is not one.
/// </summary>
public sealed class NegationReader(ClaimCues cues)
{
    private readonly WordList _negations = new(cues.Negation);
    private readonly WordList _stops = new(cues.NegationStops);

    public bool IsNegated(string key, int from, int cueStart, IReadOnlyList<Mention> mentions) =>
        _negations.FindAll(key, from, cueStart).Any(span => !_stops.Covers(key, span, _stops.Longest, cueStart + 4) && !mentions.Any(m => m.Local.Overlaps(span)));
}
