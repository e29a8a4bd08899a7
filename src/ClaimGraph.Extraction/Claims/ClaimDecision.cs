using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>A decider's verdict on a candidate: the predicate it asserts (or none), with its provenance.</summary>
public sealed record ClaimDecision(Predicate? Predicate, Provenance Provenance)
{
    /// <summary>The decider's reading of the modality, when it has one; otherwise the rules' reading stands.</summary>
    public Modality? Modality { get; init; }

    public static ClaimDecision None(Provenance provenance) => new(null, provenance);
}
