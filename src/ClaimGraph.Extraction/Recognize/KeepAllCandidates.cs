namespace ClaimGraph.Extraction.Recognize;

/// <summary>Rules only: every pattern candidate stands as proposed.</summary>
public sealed class KeepAllCandidates : ICandidateFilter
{
    public EntityCandidate? Decide(SentenceView sentence, EntityCandidate candidate) => candidate;
}
