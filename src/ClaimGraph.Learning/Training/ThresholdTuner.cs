using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models;
using Microsoft.ML;

namespace ClaimGraph.Learning.Training;

/// <summary>
/// Picks a decision threshold per predicate by cross-validation on the training data alone (folds of consecutive
/// sentences, so a section is not split across train and test): for the candidates of each cue predicate, the one
/// with the best F1. Rare predicates (OPPOSES, ENGAGES) thus get a threshold of their own.
/// </summary>
public static class ThresholdTuner
{
    public static readonly float[] Thresholds = [0.05f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f];

    public static IReadOnlyDictionary<string, float> Tune(MLContext ml, IReadOnlyList<ClaimExample> examples, IReadOnlyList<int> groups, TrainerKind kind, int folds = 4)
    {
        var results = new List<(string Predicate, bool IsClaim, float Probability)>();
        var maxGroup = groups.Max() + 1;
        for (var fold = 0; fold < folds; fold++)
        {
            bool InFold(int i) => groups[i] * folds / maxGroup == fold;
            var train = examples.Where((_, i) => !InFold(i)).ToList();
            var test = examples.Where((_, i) => InFold(i)).ToList();
            if (test.Count == 0 || train.Select(e => e.Label).Distinct().Count() < 2) continue;
            var model = ClaimModelTrainer.Fit(ml, train, kind);
            var engine = ml.Model.CreatePredictionEngine<ClaimExample, ClaimPrediction>(model);
            results.AddRange(test.Select(e => (e.CuePredicate, e.Label == Labels.Claim, engine.Predict(e).Probability)));
        }
        var predicates = results.Where(r => r.IsClaim).Select(r => r.Predicate).Distinct().Order(StringComparer.Ordinal);
        return predicates.ToDictionary(p => p, p => Thresholds.MaxBy(t => F1(results.Where(r => r.Predicate == p).ToList(), t)));
    }

    private static double F1(List<(string Predicate, bool IsClaim, float Probability)> results, float threshold)
    {
        var predicted = results.Where(r => r.Probability >= threshold).ToList();
        var gold = results.Count(r => r.IsClaim);
        var right = predicted.Count(r => r.IsClaim);
        var p = predicted.Count == 0 ? 0 : (double)right / predicted.Count;
        var r = gold == 0 ? 0 : (double)right / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
