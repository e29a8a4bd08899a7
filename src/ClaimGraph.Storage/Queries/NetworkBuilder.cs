using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Queries;

/// <summary>
/// Builds the actor network a dashboard draws: from the given actors, relations out to <c>depth</c> hops,
/// kept when their predicate is wanted and their weight (claim count) reaches the minimum; counted from a slice of
/// the claims (modality, year, document) when the query has one. Works on any store.
/// </summary>
public sealed class NetworkBuilder(IGraphStore store)
{
    public const int MaxDepth = 3;

    public async Task<NetworkRecord> BuildAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (query.Depth is < 1 or > MaxDepth) throw new ArgumentException($"depth must be between 1 and {MaxDepth}");
        if (query.Claims is { FromYear: { } from, ToYear: { } to } && from > to) throw new ArgumentException($"from ({from}) is after to ({to})");
        var minClaims = Math.Max(1, (int)Math.Ceiling(query.MinWeight));
        var seeds = new List<string>();
        foreach (var name in query.Actors)
            seeds.Add((await store.FindActorAsync(name, cancellationToken))?.Id ?? throw new KeyNotFoundException($"no actor named '{name}'"));

        var edges = new Dictionary<(string, string, string, bool), RelationRecord>();
        var nodes = new HashSet<string>(seeds);
        if (seeds.Count == 0)
        {
            foreach (var r in (await store.RelationsAsync([], minClaims, query.Claims, cancellationToken)).Where(r => Wanted(r, query)))
                Add(r);
        }
        else
        {
            var frontier = seeds.ToList();
            for (var hop = 0; hop < query.Depth && frontier.Count > 0 && nodes.Count < query.MaxNodes; hop++)
            {
                var next = new List<string>();
                foreach (var r in (await store.RelationsAsync(frontier, minClaims, query.Claims, cancellationToken)).Where(r => Wanted(r, query)))
                {
                    foreach (var id in new[] { r.SourceId, r.TargetId })
                        if (nodes.Count < query.MaxNodes && nodes.Add(id)) next.Add(id);
                    if (nodes.Contains(r.SourceId) && nodes.Contains(r.TargetId)) Add(r);
                }
                frontier = next;
            }
        }
        var actors = await store.ActorsByIdAsync(nodes.ToList(), cancellationToken);
        return new NetworkRecord(actors.OrderByDescending(a => a.ClaimCount).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            edges.Values.OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.TargetId, StringComparer.Ordinal).ThenBy(e => e.Predicate, StringComparer.Ordinal).ToList());

        void Add(RelationRecord r)
        {
            nodes.Add(r.SourceId);
            nodes.Add(r.TargetId);
            edges[(r.SourceId, r.TargetId, r.Predicate, r.Negated)] = r;
        }
    }

    private static bool Wanted(RelationRecord r, NetworkQuery query) =>
        (query.Predicates.Count == 0 || query.Predicates.Contains(r.Predicate)) && r.Claims >= query.MinWeight && (query.IncludeNegated || !r.Negated);
}
