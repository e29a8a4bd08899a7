using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Queries;

/// <summary>
/// Which nodes of a network are kept when it may show at most <c>first</c>: the start actors always, then, hop by
/// hop, the nodes with the most claims on the edges joining them to the nodes kept at the hop before (ties: the
/// smaller id, ordinal). Counts every node the uncut network has, so the answer can say what was cut.
/// </summary>
public sealed class NetworkCut
{
    private readonly int _first;
    private readonly HashSet<string> _kept;
    private readonly HashSet<string> _seen;
    private readonly Dictionary<(string, string, string, bool), RelationRecord> _edges = [];

    public NetworkCut(IReadOnlyCollection<string> start, int first)
    {
        _first = first;
        _kept = new HashSet<string>(start, StringComparer.Ordinal);
        _seen = new HashSet<string>(start, StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Kept => _kept;
    public IReadOnlySet<string> Seen => _seen;
    public int TotalNodes => _seen.Count;
    public IEnumerable<RelationRecord> Edges => _edges.Values.Where(r => _kept.Contains(r.SourceId) && _kept.Contains(r.TargetId));

    /// <summary>Takes the nodes this hop reached (<see cref="IGraphStore.NetworkReachAsync"/>); returns the next frontier, kept and cut.</summary>
    public (List<string> Kept, List<string> Cut) NextHop(IReadOnlyList<NodeWeight> reached)
    {
        foreach (var node in reached) _seen.Add(node.Id);
        // Only an edge to a node kept at the hop before ranks a node; one reached through cut nodes has none.
        var room = Math.Max(0, _first - _kept.Count);
        var kept = reached.Where(n => n.Weight > 0)
            .OrderByDescending(n => n.Weight).ThenBy(n => n.Id, StringComparer.Ordinal).Take(room).Select(n => n.Id).ToList();
        _kept.UnionWith(kept);
        return (kept, reached.Select(n => n.Id).Where(id => !_kept.Contains(id)).ToList());
    }

    /// <summary>Takes edges read at a hop; an edge read again (from its other end, a hop later) stays where it was first read.</summary>
    public void AddEdges(IEnumerable<RelationRecord> relations)
    {
        foreach (var r in relations) _edges[Key(r)] = r;
    }

    /// <summary>One edge per direction, predicate and polarity.</summary>
    private static (string, string, string, bool) Key(RelationRecord r) => (r.SourceId, r.TargetId, r.Predicate, r.Negated);

    /// <summary>No start actors: every node of the strongest relations ranked by the claims of its edges.</summary>
    public static NetworkCut Strongest(IReadOnlyList<RelationRecord> relations, int first)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            weights[r.SourceId] = weights.GetValueOrDefault(r.SourceId) + r.Claims;
            if (r.TargetId != r.SourceId) weights[r.TargetId] = weights.GetValueOrDefault(r.TargetId) + r.Claims;
        }
        var cut = new NetworkCut([], first);
        cut._seen.UnionWith(weights.Keys);
        cut._kept.UnionWith(weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(first).Select(w => w.Key));
        cut.AddEdges(relations);
        return cut;
    }
}
