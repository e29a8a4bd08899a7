namespace ClaimGraph.Extraction.Claims;

/// <summary>Names a candidate's predicate or rejects it. The cue rule and the learned classifier are interchangeable.</summary>
public interface IClaimDecider
{
    ClaimDecision Decide(ClaimCandidate candidate);
}
