using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;

namespace ClaimGraph.Learning.Training;

/// <summary>Keeps every candidate the rules propose (and asserts none), to turn them into training examples.</summary>
public sealed class RecordingDecider : IClaimDecider
{
    public List<ClaimCandidate> Candidates { get; } = [];

    public ClaimDecision Decide(ClaimCandidate candidate)
    {
        Candidates.Add(candidate);
        return ClaimDecision.None(Provenance.Rule("recording", 0));
    }
}
