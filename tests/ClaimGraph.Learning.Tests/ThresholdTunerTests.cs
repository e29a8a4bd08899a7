using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Learning.Training;

namespace ClaimGraph.Learning.Tests;

/// <summary>Each predicate gets the threshold at which its claims scored best on the held-out folds.</summary>
public sealed class ThresholdTunerTests
{
    private static (float, IReadOnlyDictionary<string, PrF1>) Run(float threshold, params (string Predicate, PrF1 Score)[] scores) =>
        (threshold, scores.ToDictionary(s => s.Predicate, s => s.Score));

    [Fact]
    public void gives_each_predicate_the_threshold_of_its_best_claim_f1()
    {
        var chosen = ThresholdTuner.Choose(
        [
            Run(0.1f, ("SUPPORTS", new PrF1(80, 200, 100)), ("CONFRONTS", new PrF1(50, 100, 100))),
            Run(0.3f, ("SUPPORTS", new PrF1(60, 80, 100)), ("CONFRONTS", new PrF1(30, 40, 100))),
        ]);

        Assert.Equal(0.3f, chosen["SUPPORTS"]); // F1 0.667 against 0.533
        Assert.Equal(0.1f, chosen["CONFRONTS"]); // F1 0.500 against 0.429, many claims apart
    }

    [Fact]
    public void keeps_a_predicate_at_the_pooled_best_threshold_when_another_wins_by_one_claim_only()
    {
        var chosen = ThresholdTuner.Choose(
        [
            Run(0.25f, ("SUPPORTS", new PrF1(60, 100, 100)), ("CONTINUES", new PrF1(10, 16, 26))),
            Run(0.5f, ("SUPPORTS", new PrF1(40, 60, 100)), ("CONTINUES", new PrF1(10, 14, 26))),
        ]);

        Assert.Equal(0.25f, chosen["SUPPORTS"]);
        Assert.Equal(0.25f, chosen["CONTINUES"]); // 0.500 against 0.476 at the pooled best: one claim's worth
    }

    [Fact]
    public void prefers_the_higher_threshold_on_a_tie_and_skips_predicates_without_gold()
    {
        var chosen = ThresholdTuner.Choose(
        [
            Run(0.2f, ("ENGAGES", new PrF1(2, 4, 4)), ("CHANGES", new PrF1(0, 3, 0))),
            Run(0.4f, ("ENGAGES", new PrF1(2, 4, 4)), ("CHANGES", new PrF1(0, 1, 0))),
        ]);

        Assert.Equal(0.4f, chosen["ENGAGES"]);
        Assert.False(chosen.ContainsKey("CHANGES"));
    }
}
