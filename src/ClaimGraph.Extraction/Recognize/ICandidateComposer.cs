namespace ClaimGraph.Extraction.Recognize;

/// <summary>Builds larger candidates out of found ones (拜登 + 政府 → 拜登政府).</summary>
public interface ICandidateComposer
{
    IEnumerable<EntityCandidate> Compose(SentenceView sentence, IReadOnlyList<EntityCandidate> found);
}
