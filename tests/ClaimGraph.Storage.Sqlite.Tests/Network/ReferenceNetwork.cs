using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite.Tests.Network;

/// <summary>
/// The network as it was built before the store counted hops (main at 40cb507, NetworkBuilder and NetworkCut): every
/// hop reads all relation rows of its frontier and tallies them in C#. Kept here as the oracle the counting path must
/// equal, answer for answer.
/// </summary>
public static class ReferenceNetwork
{
    public static async Task<NetworkRecord> BuildAsync(IGraphStore store, NetworkQuery query)
    {
        var minClaims = Math.Max(1, (int)Math.Ceiling(query.MinWeight));
        var seeds = new List<string>();
        foreach (var name in query.Actors)
        {
            var id = (await store.FindActorAsync(name))?.Id ?? throw new KeyNotFoundException(name);
            if (!seeds.Contains(id)) seeds.Add(id);
        }
        var cut = seeds.Count == 0 ? Cut.Strongest(await WantedAsync(store, [], query, minClaims), query.First) : new Cut(seeds, query.First);
        if (seeds.Count > 0)
        {
            var keptFrontier = seeds.ToList();
            var cutFrontier = new List<string>();
            for (var hop = 0; hop < query.Depth && keptFrontier.Count + cutFrontier.Count > 0; hop++)
                (keptFrontier, cutFrontier) = cut.NextHop(keptFrontier, await WantedAsync(store, [.. keptFrontier, .. cutFrontier], query, minClaims));
        }
        var actors = await store.ActorsByIdAsync(cut.Kept.ToList());
        return new NetworkRecord(actors.OrderByDescending(a => a.ClaimCount).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            cut.Edges.OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.TargetId, StringComparer.Ordinal).ThenBy(e => e.Predicate, StringComparer.Ordinal).ToList(),
            cut.TotalNodes);
    }

    private static async Task<IReadOnlyList<RelationRecord>> WantedAsync(IGraphStore store, List<string> ids, NetworkQuery query, int minClaims) =>
        (await store.RelationsAsync(ids, minClaims, query.Claims)).Where(r =>
            (query.Predicates.Count == 0 || query.Predicates.Contains(r.Predicate)) && r.Claims >= query.MinWeight && (query.IncludeNegated || !r.Negated)).ToList();

    private sealed class Cut(IReadOnlyCollection<string> start, int first)
    {
        private readonly HashSet<string> _kept = new(start, StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new(start, StringComparer.Ordinal);
        private readonly Dictionary<(string, string, string, bool), RelationRecord> _edges = [];

        public IReadOnlyCollection<string> Kept => _kept;
        public int TotalNodes => _seen.Count;
        public IEnumerable<RelationRecord> Edges => _edges.Values.Where(r => _kept.Contains(r.SourceId) && _kept.Contains(r.TargetId));

        public (List<string> Kept, List<string> Cut) NextHop(IReadOnlyCollection<string> keptFrontier, IReadOnlyList<RelationRecord> relations)
        {
            var fromKept = new HashSet<string>(keptFrontier, StringComparer.Ordinal);
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            var reached = new List<string>();
            foreach (var r in relations)
            {
                var (source, target) = (fromKept.Contains(r.SourceId), fromKept.Contains(r.TargetId));
                if (source || target) _edges[(r.SourceId, r.TargetId, r.Predicate, r.Negated)] = r;
                foreach (var (id, otherKept) in new[] { (r.SourceId, target), (r.TargetId, source) })
                {
                    if (_seen.Contains(id) && !weights.ContainsKey(id)) continue;
                    if (_seen.Add(id)) reached.Add(id);
                    weights[id] = weights.GetValueOrDefault(id) + (otherKept ? r.Claims : 0);
                }
            }
            var ranked = reached.Where(id => weights[id] > 0).OrderByDescending(id => weights[id]).ThenBy(id => id, StringComparer.Ordinal).ToList();
            var kept = ranked.Take(Math.Max(0, first - _kept.Count)).ToList();
            _kept.UnionWith(kept);
            return (kept, reached.Where(id => !_kept.Contains(id)).ToList());
        }

        public static Cut Strongest(IReadOnlyList<RelationRecord> relations, int first)
        {
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in relations)
            {
                weights[r.SourceId] = weights.GetValueOrDefault(r.SourceId) + r.Claims;
                if (r.TargetId != r.SourceId) weights[r.TargetId] = weights.GetValueOrDefault(r.TargetId) + r.Claims;
            }
            var cut = new Cut([], first);
            cut._seen.UnionWith(weights.Keys);
            cut._kept.UnionWith(weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(first).Select(w => w.Key));
            foreach (var r in relations) cut._edges[(r.SourceId, r.TargetId, r.Predicate, r.Negated)] = r;
            return cut;
        }
    }
}
