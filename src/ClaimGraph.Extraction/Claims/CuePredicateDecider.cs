using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Rules only: a candidate asserts what its cue word signals.</summary>
public sealed class CuePredicateDecider : IClaimDecider
{
    public ClaimDecision Decide(ClaimCandidate candidate) =>
        new(candidate.CuePredicate, Provenance.Rule($"cue:{candidate.CueWord}", 0.6));
}
