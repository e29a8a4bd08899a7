using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Queries;

/// <summary>
/// Builds the actor network a dashboard draws: from the given actors, relations out to <c>depth</c> hops,
/// kept when their predicate is wanted and their weight (claim count) reaches the minimum; counted from a slice of
/// the claims (modality, year, document) when the query has one. Works on any store.
/// At most <see cref="NetworkQuery.First"/> nodes are kept (see <see cref="NetworkCut"/>); the answer says how many
/// there were before the cut. Edges are the relations read from kept nodes whose both ends are kept.
/// </summary>
public sealed class NetworkBuilder(IGraphStore store)
{
    public const int MaxDepth = 3;
    public const int DefaultFirst = 150;
    public const int MaxFirst = 1000;

    public async Task<NetworkRecord> BuildAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (query.Depth is < 1 or > MaxDepth) throw new ArgumentException($"depth must be between 1 and {MaxDepth}");
        if (query.First is < 1 or > MaxFirst) throw new ArgumentException($"first must be between 1 and {MaxFirst}, not {query.First}");
        if (query.Claims is { FromYear: { } from, ToYear: { } to } && from > to) throw new ArgumentException($"from ({from}) is after to ({to})");
        var filter = NetworkFilter.Of(query);
        var seeds = new List<string>();
        foreach (var name in query.Actors)
        {
            var id = (await store.FindActorAsync(name, cancellationToken))?.Id ?? throw new KeyNotFoundException($"no actor named '{name}'");
            if (!seeds.Contains(id)) seeds.Add(id);
        }

        var cut = seeds.Count == 0
            ? NetworkCut.Strongest((await store.RelationsAsync([], filter.MinClaims, filter.Slice, cancellationToken)).Where(filter.Wants).ToList(), query.First)
            : await AroundAsync(seeds, query.Depth, query.First, filter, cancellationToken);
        var actors = await store.ActorsByIdAsync(cut.Kept.ToList(), cancellationToken);
        return new NetworkRecord(actors.OrderByDescending(a => a.ClaimCount).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            cut.Edges.OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.TargetId, StringComparer.Ordinal).ThenBy(e => e.Predicate, StringComparer.Ordinal).ToList(),
            cut.TotalNodes);
    }

    /// <summary>
    /// Hop by hop: the nodes a hop reaches from the nodes kept at the hop before are ranked by the claims of the edges
    /// that join them to those, and kept while there is room. Once one is cut, nothing more is kept, and the later hops
    /// only count the nodes the uncut network would have had. The store counts and weighs what a hop reaches, and
    /// reads as rows only the edges among kept nodes.
    /// </summary>
    private async Task<NetworkCut> AroundAsync(List<string> seeds, int depth, int first, NetworkFilter filter, CancellationToken cancellationToken)
    {
        var cut = new NetworkCut(seeds, first);
        var keptFrontier = seeds.ToList();
        var cutFrontier = new List<string>();
        for (var hop = 0; hop < depth && keptFrontier.Count + cutFrontier.Count > 0; hop++)
        {
            var reached = await store.NetworkReachAsync(new NetworkStep(keptFrontier, cutFrontier, cut.Seen, filter), cancellationToken);
            var (kept, cutOff) = cut.NextHop(reached);
            if (keptFrontier.Count > 0) cut.AddEdges(await store.NetworkEdgesAsync(keptFrontier, cut.Kept, filter, cancellationToken));
            (keptFrontier, cutFrontier) = (kept, cutOff);
        }
        return cut;
    }
}
