using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>A decider's verdict on a candidate: the predicate it asserts (or none), with its provenance.</summary>
public sealed record ClaimDecision(Predicate? Predicate, Provenance Provenance)
{
    public static ClaimDecision None(Provenance provenance) => new(null, provenance);
}
