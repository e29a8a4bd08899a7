using ClaimGraph.Extraction.Recognize;

namespace ClaimGraph.Learning.Training;

/// <summary>Keeps every pattern-only name as proposed and remembers it, to turn it into a training example.</summary>
public sealed class RecordingFilter : ICandidateFilter
{
    public List<(SentenceView View, EntityCandidate Candidate)> Candidates { get; } = [];

    public EntityCandidate? Decide(SentenceView sentence, EntityCandidate candidate)
    {
        Candidates.Add((sentence, candidate));
        return candidate;
    }
}
