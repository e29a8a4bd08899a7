using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A trained regression-tree ensemble flattened into arrays and walked on a dense feature vector: the same
/// comparisons (value ≤ threshold goes left) and the same sum, in tree order, as ML.NET's own evaluation. The nodes
/// of every tree sit in one array of small structs, so a walk reads one cache line per node. The splits read a small
/// part of the model's features, so a walk reads a vector of those alone (<see cref="PlaceOf"/>), which stays in the
/// core's nearest cache where the whole one does not.
/// </summary>
public sealed class TreeEnsembleEvaluator
{
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly int[] _roots;

    private TreeEnsembleEvaluator(Node[] nodes, double[] leaves, int[] roots, int[] placeOf, int width)
    {
        _nodes = nodes;
        _leaves = leaves;
        _roots = roots;
        PlaceOf = placeOf;
        Width = width;
    }

    /// <summary>For each feature of the model, its place in the vector <see cref="Output"/> reads, or -1 when no split reads it.</summary>
    public int[] PlaceOf { get; }

    /// <summary>How many features the splits read: the length of the vector <see cref="Output"/> reads.</summary>
    public int Width { get; }

    /// <summary>Null when the ensemble uses what this evaluator does not (categorical splits, tree weights, a bias).</summary>
    public static TreeEnsembleEvaluator? From(TreeEnsemble<RegressionTree> ensemble, int featureCount)
    {
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1)) return null;
        var nodes = new List<Node>();
        var leaves = new List<double>();
        var roots = new List<int>();
        var placeOf = new int[featureCount];
        Array.Fill(placeOf, -1);
        var width = 0;
        int Place(int feature) => placeOf[feature] >= 0 ? placeOf[feature] : placeOf[feature] = width++;
        foreach (var tree in ensemble.Trees)
        {
            if (tree.CategoricalSplitFlags.Any(c => c)) return null;
            if (tree.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount)) return null;
            // A tree without a split answers 0, as ML.NET's does: it adds nothing to the sum, so it is left out.
            if (tree.LeftChild.Count == 0 || tree.LeftChild[0] == 0) continue;
            var nodeBase = nodes.Count;
            var leafBase = leaves.Count;
            int Child(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
            for (var i = 0; i < tree.LeftChild.Count; i++)
                nodes.Add(new Node(Place(tree.NumericalSplitFeatureIndexes[i]), tree.NumericalSplitThresholds[i], Child(tree.LeftChild[i]), Child(tree.RightChild[i])));
            leaves.AddRange(tree.LeafValues);
            roots.Add(nodeBase);
        }
        return new TreeEnsembleEvaluator([.. nodes], [.. leaves], [.. roots], placeOf, width);
    }

    /// <summary>Writes the flattened ensemble, for <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        // The places as the features they hold: a few hundred of the model's tens of thousands of features.
        var featureAt = new int[Width];
        for (var feature = 0; feature < PlaceOf.Length; feature++)
            if (PlaceOf[feature] >= 0) featureAt[PlaceOf[feature]] = feature;
        writer.Write(PlaceOf.Length);
        CompiledModelFile.WriteInts(writer, featureAt);
        CompiledModelFile.WriteInts(writer, _roots);
        writer.Write(_nodes.Length);
        foreach (var node in _nodes)
        {
            writer.Write(node.Feature);
            writer.Write(node.Threshold);
            writer.Write(node.Left);
            writer.Write(node.Right);
        }
        writer.Write(_leaves.Length);
        foreach (var leaf in _leaves) writer.Write(leaf);
    }

    /// <summary>
    /// An ensemble <see cref="Write"/> wrote for a model of <paramref name="featureCount"/> features. Checked before use, because the walks read without bounds checks: every
    /// index in range, and every node the child of at most one other and no root a child, so every walk ends.
    /// </summary>
    public static TreeEnsembleEvaluator Read(BinaryReader reader, int featureCount)
    {
        Require(reader.ReadInt32() == featureCount);
        var featureAt = CompiledModelFile.ReadInts(reader);
        var width = featureAt.Length;
        Require(featureCount >= width);
        var placeOf = new int[featureCount];
        Array.Fill(placeOf, -1);
        for (var place = 0; place < width; place++)
        {
            Require(featureAt[place] >= 0 && featureAt[place] < featureCount && placeOf[featureAt[place]] < 0);
            placeOf[featureAt[place]] = place;
        }
        var roots = CompiledModelFile.ReadInts(reader);
        var nodes = CompiledModelFile.ReadList(reader, r => new Node(r.ReadInt32(), r.ReadSingle(), r.ReadInt32(), r.ReadInt32()));
        var leaves = CompiledModelFile.ReadList(reader, r => r.ReadDouble());
        var parents = new int[nodes.Length];
        foreach (var root in roots) Require(root >= 0 && root < nodes.Length && parents[root]++ == 0);
        foreach (var node in nodes)
        {
            Require(node.Feature >= 0 && node.Feature < width);
            foreach (var child in (ReadOnlySpan<int>)[node.Left, node.Right])
                Require(child >= 0 ? child < nodes.Length && parents[child]++ == 0 : ~child < leaves.Length);
        }
        return new TreeEnsembleEvaluator(nodes, leaves, roots, placeOf, width);
    }

    private static void Require(bool condition)
    {
        if (!condition) throw new InvalidDataException("the compiled model's trees are damaged");
    }

    /// <summary>The ensemble's sum over a vector of the features the splits read, each at its <see cref="PlaceOf"/>.</summary>
    public double Output(ReadOnlySpan<float> features)
    {
        // Every split reads a place below Width and every child is a node or a leaf of the arrays built in From, so the
        // walks read without bounds checks once the vector is known to be long enough.
        ArgumentOutOfRangeException.ThrowIfLessThan(features.Length, Width, nameof(features));
        ref readonly var values = ref MemoryMarshal.GetReference(features);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        double output = 0;
        var roots = _roots;
        var t = 0;
        // Four walks at a time: each step of a walk waits on a load, so independent walks overlap their waits. The
        // leaves are still added one tree after another, as ML.NET adds them.
        for (; t + 4 <= roots.Length; t += 4)
        {
            int a = roots[t], b = roots[t + 1], c = roots[t + 2], d = roots[t + 3];
            // While all four are inside their trees (no sign bit set), step each; then each walks on alone.
            while ((a | b | c | d) >= 0)
            {
                a = Step(ref nodes, in values, a);
                b = Step(ref nodes, in values, b);
                c = Step(ref nodes, in values, c);
                d = Step(ref nodes, in values, d);
            }
            a = Walk(ref nodes, in values, a);
            b = Walk(ref nodes, in values, b);
            c = Walk(ref nodes, in values, c);
            d = Walk(ref nodes, in values, d);
            output += _leaves[~a];
            output += _leaves[~b];
            output += _leaves[~c];
            output += _leaves[~d];
        }
        for (; t < roots.Length; t++) output += _leaves[~Walk(ref nodes, in values, roots[t])];
        return output;
    }

    private static int Step(ref Node nodes, in float values, int node)
    {
        ref readonly var n = ref Unsafe.Add(ref nodes, node);
        return Unsafe.Add(ref Unsafe.AsRef(in values), n.Feature) <= n.Threshold ? n.Left : n.Right;
    }

    private static int Walk(ref Node nodes, in float values, int node)
    {
        while (node >= 0) node = Step(ref nodes, in values, node);
        return node;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
