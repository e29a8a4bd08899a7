using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models;
using Microsoft.ML;

namespace ClaimGraph.Learning.Training;

/// <summary>
/// Picks the decision threshold by cross-validation on the training data alone (folds of consecutive
/// sentences, so a section is not split across train and test): the one with the best F1 on claim candidates.
/// </summary>
public static class ThresholdTuner
{
    public static readonly float[] Thresholds = [0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f];

    public static (float Threshold, IReadOnlyDictionary<float, double> F1ByThreshold) Tune(
        MLContext ml, IReadOnlyList<ClaimExample> examples, IReadOnlyList<int> groups, TrainerKind kind, int folds = 4)
    {
        var results = new List<(string Label, string Predicted, float Confidence)>();
        var maxGroup = groups.Max() + 1;
        for (var fold = 0; fold < folds; fold++)
        {
            bool InFold(int i) => groups[i] * folds / maxGroup == fold;
            var train = examples.Where((_, i) => !InFold(i)).ToList();
            var test = examples.Where((_, i) => InFold(i)).ToList();
            if (test.Count == 0 || train.Select(e => e.Label).Distinct().Count() < 2) continue;
            var model = ClaimModelTrainer.Fit(ml, train, kind);
            var engine = ml.Model.CreatePredictionEngine<ClaimExample, Prediction>(model);
            var labels = new LabelScores(engine.OutputSchema);
            results.AddRange(test.Select(e => { var (label, probability) = labels.BestExcept(engine.Predict(e), Labels.None); return (e.Label, label, probability); }));
        }
        var f1 = Thresholds.ToDictionary(t => t, t => F1(results, t));
        return (f1.MaxBy(kv => kv.Value).Key, f1);
    }

    private static double F1(List<(string Label, string Predicted, float Confidence)> results, float threshold)
    {
        var predicted = results.Where(r => r.Predicted != Labels.None && r.Confidence >= threshold).ToList();
        var gold = results.Count(r => r.Label != Labels.None);
        var right = predicted.Count(r => r.Predicted == r.Label);
        var p = predicted.Count == 0 ? 0 : (double)right / predicted.Count;
        var r = gold == 0 ? 0 : (double)right / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
