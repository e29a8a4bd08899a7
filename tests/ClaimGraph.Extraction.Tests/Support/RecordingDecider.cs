using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;

namespace ClaimGraph.Extraction.Tests.Support;

/// <summary>A decider that rejects every candidate and keeps them, to see what the rules propose.</summary>
public sealed class RecordingDecider : IClaimDecider
{
    public List<ClaimCandidate> Seen { get; } = [];

    public ClaimDecision Decide(ClaimCandidate candidate)
    {
        Seen.Add(candidate);
        return ClaimDecision.None(new Provenance("test", 0));
    }
}
