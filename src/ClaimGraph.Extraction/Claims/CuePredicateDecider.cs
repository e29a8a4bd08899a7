using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Rules only: the rules' own pairing asserts what its cue word signals; other pairings are left out.</summary>
public sealed class CuePredicateDecider : IClaimDecider
{
    public ClaimDecision Decide(ClaimCandidate candidate) =>
        candidate.IsPrimary
            ? new(candidate.CuePredicate, Provenance.Rule($"cue:{candidate.CueWord}", 0.6))
            : ClaimDecision.None(Provenance.Rule("cue:not-primary", 0));
}
