namespace ClaimGraph.Extraction.Recognize;

/// <summary>Decides on names only a pattern vouches for: keep, retype, or reject (a learned classifier plugs in here).</summary>
public interface ICandidateFilter
{
    EntityCandidate? Decide(SentenceView sentence, EntityCandidate candidate);
}
