using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Queries;

/// <summary>What a hop reaches, tallied from relation rows, for a store that has no cheaper way to count it.</summary>
public static class NetworkReach
{
    /// <summary>
    /// Every end of these relations not seen before, in the order first met, with the claims of its relations whose
    /// other end is in the kept frontier.
    /// </summary>
    public static IReadOnlyList<NodeWeight> Tally(NetworkStep step, IEnumerable<RelationRecord> relations)
    {
        var kept = step.KeptFrontier.ToHashSet(StringComparer.Ordinal);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var r in relations)
        {
            foreach (var (id, other) in new[] { (r.SourceId, r.TargetId), (r.TargetId, r.SourceId) })
            {
                if (step.Seen.Contains(id)) continue;
                if (!weights.ContainsKey(id))
                {
                    weights[id] = 0;
                    order.Add(id);
                }
                if (kept.Contains(other)) weights[id] += r.Claims;
            }
        }
        return order.Select(id => new NodeWeight(id, weights[id])).ToList();
    }

    /// <summary>The relations among these, with one end in the kept frontier and the other kept, in the order read.</summary>
    public static IReadOnlyList<RelationRecord> Among(IReadOnlyCollection<string> keptFrontier, IReadOnlySet<string> kept, IEnumerable<RelationRecord> relations)
    {
        var frontier = keptFrontier.ToHashSet(StringComparer.Ordinal);
        return relations.Where(r => (frontier.Contains(r.SourceId) && kept.Contains(r.TargetId)) || (frontier.Contains(r.TargetId) && kept.Contains(r.SourceId))).ToList();
    }
}
