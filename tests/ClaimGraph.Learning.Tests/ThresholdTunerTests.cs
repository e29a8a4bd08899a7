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
            Run(0.1f, ("SUPPORTS", new PrF1(8, 20, 10)), ("CONFRONTS", new PrF1(5, 10, 10))),
            Run(0.3f, ("SUPPORTS", new PrF1(6, 8, 10)), ("CONFRONTS", new PrF1(3, 4, 10))),
        ]);

        Assert.Equal(0.3f, chosen["SUPPORTS"]); // F1 0.667 against 0.533
        Assert.Equal(0.1f, chosen["CONFRONTS"]); // F1 0.500 against 0.429
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
