using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Whether a negation cue (不会, 并未, 没有, 难以 …) stands between the subject and the cue word.</summary>
public sealed class NegationReader(ClaimCues cues)
{
    private readonly WordList _negations = new(cues.Negation);
    private readonly WordList _stops = new(cues.NegationStops);

    public bool IsNegated(string key, int from, int cueStart) =>
        _negations.FindAll(key, from, cueStart).Any(span => !_stops.StartsAt(key, span.Start, cueStart + 4));
}
