namespace ClaimGraph.Extraction.Recognize;

/// <summary>Keeps non-overlapping candidates: the longest name wins (拜登政府 over 拜登), then the surer one.</summary>
public sealed class CandidateSelector
{
    public IReadOnlyList<EntityCandidate> Select(IEnumerable<EntityCandidate> candidates)
    {
        var chosen = new List<EntityCandidate>();
        var ordered = candidates
            .OrderByDescending(c => c.Local.Length)
            .ThenByDescending(c => c.Entry is not null)
            .ThenByDescending(c => c.Provenance.Confidence)
            .ThenBy(c => c.Local.Start);
        foreach (var candidate in ordered)
            if (!chosen.Any(c => c.Local.Overlaps(candidate.Local)))
                chosen.Add(candidate);
        return chosen.OrderBy(c => c.Local.Start).ToList();
    }
}
