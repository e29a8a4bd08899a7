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

    /// <summary>
    /// Per predicate, the threshold of best F1 — but among thresholds within one claim of that best, the one nearest
    /// the threshold best for all predicates pooled: a predicate with a few dozen gold claims moves its F1 by a claim
    /// between neighbouring thresholds, and following that noise (CONTINUES at 0.5 for one claim of 26) costs more
    /// on unseen text than it gains. On a tie the higher threshold, which asserts less.
    /// </summary>
    public static IReadOnlyDictionary<string, float> Choose(IReadOnlyList<(float Threshold, IReadOnlyDictionary<string, PrF1> ByPredicate)> runs)
    {
        if (runs.Count == 0) return new Dictionary<string, float>();
        var pooled = runs
            .Select(r => (r.Threshold, Score: r.ByPredicate.Values.Aggregate(PrF1.Zero, (a, b) => a + b)))
            .OrderByDescending(x => Math.Round(x.Score.F1, 9)).ThenByDescending(x => x.Threshold).First().Threshold;
        return runs.SelectMany(r => r.ByPredicate.Where(p => p.Value.Gold > 0).Select(p => (Predicate: p.Key, r.Threshold, p.Value)))
            .GroupBy(x => x.Predicate)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var best = g.OrderByDescending(x => Math.Round(x.Value.F1, 9)).ThenByDescending(x => x.Threshold).First();
                var oneClaimLess = best.Value with { Matched = Math.Max(0, best.Value.Matched - 1) };
                var floor = oneClaimLess.F1 - 1e-9;
                return g.Where(x => x.Value.F1 >= floor)
                    .OrderBy(x => Math.Abs(x.Threshold - pooled)).ThenByDescending(x => x.Threshold).First().Threshold;
            });
    }
}
