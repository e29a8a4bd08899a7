using Microsoft.ML.Trainers.FastTree;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A trained regression-tree ensemble flattened into arrays and walked on a dense feature vector: the same
/// comparisons (value ≤ threshold goes left) and the same sum, in tree order, as ML.NET's own evaluation.
/// </summary>
public sealed class TreeEnsembleEvaluator
{
    private readonly Tree[] _trees;

    private TreeEnsembleEvaluator(Tree[] trees) => _trees = trees;

    /// <summary>Null when the ensemble uses what this evaluator does not (categorical splits, tree weights, a bias).</summary>
    public static TreeEnsembleEvaluator? From(TreeEnsemble<RegressionTree> ensemble, int featureCount)
    {
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1)) return null;
        var trees = new List<Tree>();
        foreach (var tree in ensemble.Trees)
        {
            if (tree.CategoricalSplitFlags.Any(c => c)) return null;
            if (tree.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount)) return null;
            trees.Add(new Tree([.. tree.LeftChild], [.. tree.RightChild], [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds], [.. tree.LeafValues]));
        }
        return new TreeEnsembleEvaluator([.. trees]);
    }

    public double Output(ReadOnlySpan<float> features)
    {
        double output = 0;
        foreach (var tree in _trees) output += tree.Output(features);
        return output;
    }

    private sealed record Tree(int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaf)
    {
        public double Output(ReadOnlySpan<float> features)
        {
            // A tree without a split answers 0, as ML.NET's does.
            if (Left.Length == 0 || Left[0] == 0) return 0;
            var node = 0;
            while (node >= 0) node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            return Leaf[~node];
        }
    }
}
