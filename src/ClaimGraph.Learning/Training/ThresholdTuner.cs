using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Evaluation;

namespace ClaimGraph.Learning.Training;

/// <summary>
/// Picks a decision threshold per predicate by cross-validation on the training data alone (folds of consecutive
/// sentences, so a section is not split across train and test): the whole pipeline extracts each held-out fold at
/// every threshold, and each predicate takes the threshold with the best claim F1 on the pooled folds. Claims, not
/// candidates, are scored: one gold claim is proposed by several candidates, and a candidate-level F1 rewards
/// accepting all of them (it chose thresholds of 0.10 that cost claim precision).
/// </summary>
public static class ThresholdTuner
{
    public static readonly float[] Thresholds = [0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f];

    public static IReadOnlyDictionary<string, float> Tune(ExtractionLexicons lexicons, IReadOnlyList<ContractLine> gold, TrainerKind kind, int folds = 4,
        CancellationToken cancellationToken = default)
    {
        var work = Directory.CreateTempSubdirectory("claimgraph-tune-");
        try
        {
            var runs = new CrossValidator(lexicons).Run(gold, folds, kind, work.FullName, Thresholds, cancellationToken);
            return Choose(runs.Select(r => (r.Threshold!.Value, r.Report.ClaimsByPredicate)).ToList());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Per predicate, the threshold of best F1; on a tie the higher one, which asserts less.</summary>
    public static IReadOnlyDictionary<string, float> Choose(IReadOnlyList<(float Threshold, IReadOnlyDictionary<string, PrF1> ByPredicate)> runs) =>
        runs.SelectMany(r => r.ByPredicate.Where(p => p.Value.Gold > 0).Select(p => (Predicate: p.Key, r.Threshold, p.Value.F1)))
            .GroupBy(x => x.Predicate)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => Math.Round(x.F1, 9)).ThenByDescending(x => x.Threshold).First().Threshold);
}
