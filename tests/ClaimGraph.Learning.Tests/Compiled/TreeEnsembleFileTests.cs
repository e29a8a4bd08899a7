using ClaimGraph.Learning.Models.Compiled;

namespace ClaimGraph.Learning.Tests.Compiled;

/// <summary>
/// The trees read from a compiled file are walked without bounds checks, so reading them refuses any index out of
/// range and any shape in which a walk could loop.
/// </summary>
public sealed class TreeEnsembleFileTests
{
    private const int Features = 3;

    public sealed record Node(int Feature, float Threshold, int Left, int Right);

    [Fact]
    public void a_well_formed_ensemble_reads_back_and_walks()
    {
        // One split on feature 2 (place 0): at most 0.5 goes to leaf 0.
        var trees = Read(featureAt: [2], roots: [0], nodes: [new(0, 0.5f, ~0, ~1)], leaves: [1.0, 2.0]);

        Assert.Equal(1.0, trees.Output([0.2f]));
        Assert.Equal(2.0, trees.Output([0.7f]));
        Assert.Equal([-1, -1, 0], trees.PlaceOf);
    }

    public static TheoryData<string, int[], int[], Node[], double[]> Damaged() => new()
    {
        { "a child node out of range", [2], [0], [new(0, 0.5f, 5, ~1)], [1.0, 2.0] },
        { "a leaf out of range", [2], [0], [new(0, 0.5f, ~0, ~7)], [1.0, 2.0] },
        { "a node that is its own child", [2], [0], [new(0, 0.5f, 0, ~1)], [1.0, 2.0] },
        { "a node that is two nodes' child", [2], [0], [new(0, 0.5f, 1, 1), new(0, 0.5f, ~0, ~1)], [1.0, 2.0] },
        { "a root that is another node's child", [2], [0, 1], [new(0, 0.5f, 1, ~0), new(0, 0.5f, ~0, ~1)], [1.0, 2.0] },
        { "a root out of range", [2], [3], [new(0, 0.5f, ~0, ~1)], [1.0, 2.0] },
        { "a split on a place past the width", [2], [0], [new(1, 0.5f, ~0, ~1)], [1.0, 2.0] },
        { "a place holding a feature past the model's", [Features], [0], [new(0, 0.5f, ~0, ~1)], [1.0, 2.0] },
        { "two places holding one feature", [2, 2], [0], [new(0, 0.5f, ~0, ~1)], [1.0, 2.0] },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void a_damaged_ensemble_is_refused(string damage, int[] featureAt, int[] roots, Node[] nodes, double[] leaves)
    {
        Assert.True(Throws(() => Read(featureAt, roots, nodes, leaves)), $"{damage} was read");
    }

    [Fact]
    public void an_ensemble_for_another_number_of_features_is_refused()
    {
        var bytes = Bytes([2], [0], [new(0, 0.5f, ~0, ~1)], [1.0, 2.0]);

        Assert.Throws<InvalidDataException>(() => TreeEnsembleEvaluator.Read(new BinaryReader(new MemoryStream(bytes)), Features + 1));
    }

    private static bool Throws(Action read)
    {
        try
        {
            read();
            return false;
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }

    private static TreeEnsembleEvaluator Read(int[] featureAt, int[] roots, Node[] nodes, double[] leaves) =>
        TreeEnsembleEvaluator.Read(new BinaryReader(new MemoryStream(Bytes(featureAt, roots, nodes, leaves))), Features);

    /// <summary>The layout <see cref="TreeEnsembleEvaluator.Write"/> writes.</summary>
    private static byte[] Bytes(int[] featureAt, int[] roots, Node[] nodes, double[] leaves)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Features);
            writer.Write(featureAt.Length);
            foreach (var f in featureAt) writer.Write(f);
            writer.Write(roots.Length);
            foreach (var r in roots) writer.Write(r);
            writer.Write(nodes.Length);
            foreach (var n in nodes)
            {
                writer.Write(n.Feature);
                writer.Write(n.Threshold);
                writer.Write(n.Left);
                writer.Write(n.Right);
            }
            writer.Write(leaves.Length);
            foreach (var l in leaves) writer.Write(l);
        }
        return stream.ToArray();
    }
}
