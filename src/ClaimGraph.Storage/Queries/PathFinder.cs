using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Queries;

/// <summary>The shortest chain of relations between two actors (either direction), with the claims behind each step.</summary>
public sealed class PathFinder(IGraphStore store)
{
    public const int MaxHops = 6;
    private const int EvidencePerStep = 5;

    public async Task<PathRecord?> FindAsync(string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        if (maxHops is < 1 or > MaxHops) throw new ArgumentException($"maxHops must be between 1 and {MaxHops}");
        var start = await store.FindActorAsync(from, cancellationToken) ?? throw new KeyNotFoundException($"no actor named '{from}'");
        var goal = await store.FindActorAsync(to, cancellationToken) ?? throw new KeyNotFoundException($"no actor named '{to}'");
        var previous = new Dictionary<string, RelationRecord?> { [start.Id] = null };
        var frontier = new List<string> { start.Id };
        for (var hop = 0; hop < maxHops && frontier.Count > 0 && !previous.ContainsKey(goal.Id); hop++)
        {
            var next = new List<string>();
            var relations = await store.RelationsAsync(frontier, 1, cancellationToken);
            // A denied claim (美国不会与日本合作) links nobody.
            foreach (var r in relations.Where(r => !r.Negated).OrderByDescending(r => r.Claims).ThenBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.TargetId, StringComparer.Ordinal))
            {
                var here = frontier.Contains(r.SourceId) ? r.SourceId : r.TargetId;
                var there = here == r.SourceId ? r.TargetId : r.SourceId;
                if (previous.ContainsKey(there)) continue;
                previous[there] = r;
                next.Add(there);
            }
            frontier = next;
        }
        if (!previous.ContainsKey(goal.Id)) return null;

        var steps = new List<PathStep>();
        var ids = new List<string> { goal.Id };
        for (var at = goal.Id; previous[at] is { } r; )
        {
            var back = r.SourceId == at ? r.TargetId : r.SourceId;
            var evidence = await store.ClaimsAsync(new ClaimFilter { Subject = r.SourceId, Object = r.TargetId, Predicate = r.Predicate, Negated = r.Negated },
                new PageRequest(EvidencePerStep, null), cancellationToken);
            steps.Insert(0, new PathStep(r.SourceId, r.TargetId, r.Predicate, r.Claims, evidence.Items.Select(c => c.Id).ToList()));
            ids.Insert(0, back);
            at = back;
        }
        var actors = (await store.ActorsByIdAsync(ids, cancellationToken)).ToDictionary(a => a.Id);
        return new PathRecord(ids.Select(id => actors[id]).ToList(), steps);
    }
}
