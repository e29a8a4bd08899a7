using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Tests.Queries;

/// <summary>Issue 6: which nodes a network keeps when it may show only <c>first</c>, on relations written out by hand.</summary>
public sealed class NetworkCutTests
{
    private static RelationRecord Edge(string source, string target, int claims) => new(source, target, "COOPERATES", false, claims, claims, 0, null, null);

    // A ties B (5), C (3) and D (3); C and D tie, so the smaller id is kept. E hangs off B, F off C, G off the cut D.
    private static readonly RelationRecord[] Graph = [Edge("A", "B", 5), Edge("C", "A", 3), Edge("A", "D", 3), Edge("B", "E", 10), Edge("C", "F", 1), Edge("D", "G", 20), Edge("B", "C", 2)];

    /// <summary>As a store answers: the relations in which these actors are source or target.</summary>
    private static RelationRecord[] RelationsOf(params string[] ids) => Graph.Where(r => ids.Contains(r.SourceId) || ids.Contains(r.TargetId)).ToArray();

    private static readonly NetworkFilter s_all = new([], 1, false, ClaimSlice.All);

    /// <summary>One hop as a store without its own counting answers it: the frontier's relation rows tallied, then the edges among kept nodes.</summary>
    private static (List<string> Kept, List<string> Cut) Hop(NetworkCut cut, IReadOnlyList<string> keptFrontier, IReadOnlyList<string> cutFrontier)
    {
        var reached = NetworkReach.Tally(new NetworkStep(keptFrontier, cutFrontier, cut.Seen, s_all), RelationsOf([.. keptFrontier, .. cutFrontier]));
        var next = cut.NextHop(reached);
        cut.AddEdges(NetworkReach.Among(keptFrontier, cut.Kept, RelationsOf([.. keptFrontier])));
        return next;
    }

    [Fact]
    public void keeps_the_start_and_then_the_strongest_ties_of_each_hop_and_counts_every_node_reached()
    {
        var cut = new NetworkCut(["A"], 3);

        var (kept, cutOff) = Hop(cut, ["A"], []);
        Assert.Equal(["B", "C"], kept);
        Assert.Equal(["D"], cutOff);

        var (keptNext, cutNext) = Hop(cut, kept, cutOff);
        Assert.Empty(keptNext);
        Assert.Equal(["A", "B", "C"], cut.Kept.Order(StringComparer.Ordinal));
        Assert.Equal(["E", "F", "G"], cutNext.Order(StringComparer.Ordinal));
        Assert.Equal(7, cut.TotalNodes);
        Assert.Equal([("A", "B"), ("B", "C"), ("C", "A")], cut.Edges.Select(e => (e.SourceId, e.TargetId)).Order());
    }

    [Fact]
    public void ranks_a_further_hop_by_its_ties_to_the_nodes_kept_before_it()
    {
        var cut = new NetworkCut(["A"], 5);
        var (kept, _) = Hop(cut, ["A"], []);
        Assert.Equal(["B", "C", "D"], kept);

        // G's 20 claims outweigh E's 10 and F's 1: one more node fits, and it is G.
        var (keptNext, cutNext) = Hop(cut, kept, []);
        Assert.Equal(["G"], keptNext);
        Assert.Equal(["E", "F"], cutNext.Order(StringComparer.Ordinal));
        Assert.Equal(7, cut.TotalNodes);
    }

    [Fact]
    public void keeps_every_start_actor_even_past_first()
    {
        var cut = new NetworkCut(["A", "B", "C"], 1);

        var (kept, cutOff) = Hop(cut, ["A", "B", "C"], []);

        Assert.Empty(kept);
        Assert.Equal(["A", "B", "C"], cut.Kept.Order(StringComparer.Ordinal));
        Assert.Equal(["D", "E", "F"], cutOff.Order(StringComparer.Ordinal));
        Assert.Equal(6, cut.TotalNodes);
    }

    [Fact]
    public void the_strongest_relations_overall_keep_the_nodes_with_the_most_claims_on_their_edges()
    {
        var cut = NetworkCut.Strongest(Graph, 2);

        // B: 5 + 10 + 2 = 17, G and D: 20 and 23, C: 6, E: 10.
        Assert.Equal(["D", "G"], cut.Kept.Order(StringComparer.Ordinal));
        Assert.Equal(7, cut.TotalNodes);
        Assert.Equal([("D", "G")], cut.Edges.Select(e => (e.SourceId, e.TargetId)));
    }
}
