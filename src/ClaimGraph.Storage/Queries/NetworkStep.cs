namespace ClaimGraph.Storage.Queries;

/// <summary>
/// One hop of a network: its frontier (the nodes the hop before kept, and those it reached but cut), every node seen
/// so far, and which relations count.
/// </summary>
public sealed record NetworkStep(IReadOnlyCollection<string> KeptFrontier, IReadOnlyCollection<string> CutFrontier, IReadOnlySet<string> Seen, NetworkFilter Filter)
{
    public IReadOnlyList<string> Frontier => [.. KeptFrontier, .. CutFrontier];
}

/// <summary>A node a hop reached, with the claims of its relations to the kept frontier (0: reached through cut nodes only).</summary>
public readonly record struct NodeWeight(string Id, int Weight);
