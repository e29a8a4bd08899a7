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

    public IReadOnlyCollection<string> Kept => _kept;
    public int TotalNodes => _seen.Count;
    public IEnumerable<RelationRecord> Edges => _edges.Values.Where(r => _kept.Contains(r.SourceId) && _kept.Contains(r.TargetId));

    /// <summary>Takes the relations of this hop's frontier; returns the next frontier, kept and cut.</summary>
    public (List<string> Kept, List<string> Cut) NextHop(IReadOnlyCollection<string> keptFrontier, IReadOnlyList<RelationRecord> relations)
    {
        var fromKept = new HashSet<string>(keptFrontier, StringComparer.Ordinal);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var reached = new List<string>();
        foreach (var r in relations)
        {
            var (source, target) = (fromKept.Contains(r.SourceId), fromKept.Contains(r.TargetId));
            if (source || target) _edges[Key(r)] = r;
            foreach (var (id, otherKept) in new[] { (r.SourceId, target), (r.TargetId, source) })
            {
                if (_seen.Contains(id) && !weights.ContainsKey(id)) continue;
                if (_seen.Add(id)) reached.Add(id);
                // Only an edge to a node kept at the hop before ranks a node; one reached through cut nodes has none.
                weights[id] = weights.GetValueOrDefault(id) + (otherKept ? r.Claims : 0);
            }
        }
        var ranked = reached.Where(id => weights[id] > 0)
            .OrderByDescending(id => weights[id]).ThenBy(id => id, StringComparer.Ordinal).ToList();
        var room = Math.Max(0, _first - _kept.Count);
        var kept = ranked.Take(room).ToList();
        _kept.UnionWith(kept);
        return (kept, reached.Where(id => !_kept.Contains(id)).ToList());
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
        foreach (var r in relations) cut._edges[Key(r)] = r;
        return cut;
    }
}
