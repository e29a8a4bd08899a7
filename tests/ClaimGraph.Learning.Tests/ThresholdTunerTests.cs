using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Learning.Training;

namespace ClaimGraph.Learning.Tests;

/// <summary>Every predicate gets the threshold at which all claims together scored best on the held-out folds.</summary>
public sealed class ThresholdTunerTests
{
    private static (float, IReadOnlyDictionary<string, PrF1>) Run(float threshold, params (string Predicate, PrF1 Score)[] scores) =>
        (threshold, scores.ToDictionary(s => s.Predicate, s => s.Score));

    [Fact]
    public void gives_every_predicate_the_threshold_of_the_best_pooled_claim_f1()
    {
        var chosen = ThresholdTuner.Choose(
        [
            Run(0.1f, ("SUPPORTS", new PrF1(80, 200, 100)), ("CONFRONTS", new PrF1(50, 100, 100))),
            Run(0.3f, ("SUPPORTS", new PrF1(60, 80, 100)), ("CONFRONTS", new PrF1(30, 40, 100))),
        ]);

        // Pooled: 90/120/200 at 0.3 (F1 0.562) against 130/300/200 at 0.1 (0.520); CONFRONTS alone would prefer 0.1.
        Assert.Equal(0.3f, chosen["SUPPORTS"]);
        Assert.Equal(0.3f, chosen["CONFRONTS"]);
    }

    [Fact]
    public void a_predicate_with_few_claims_does_not_leave_the_pooled_threshold()
    {
        var chosen = ThresholdTuner.Choose(
        [
            Run(0.15f, ("SUPPORTS", new PrF1(60, 110, 100)), ("ENGAGES", new PrF1(12, 20, 26))),
            Run(0.3f, ("SUPPORTS", new PrF1(58, 90, 100)), ("ENGAGES", new PrF1(8, 12, 26))),
        ]);

        // Pooled F1 0.579 at 0.3 against 0.563 at 0.15, though ENGAGES alone scores 0.522 at 0.15 against 0.421.
        Assert.Equal(0.3f, chosen["ENGAGES"]);
    }

    [Fact]
    public void prefers_the_higher_threshold_on_a_tie_and_covers_every_predicate_seen()
    {
        var chosen = ThresholdTuner.Choose(
        [
            Run(0.2f, ("ENGAGES", new PrF1(2, 4, 4)), ("CHANGES", new PrF1(0, 0, 0))),
            Run(0.4f, ("ENGAGES", new PrF1(2, 4, 4)), ("CHANGES", new PrF1(0, 0, 0))),
        ]);

        Assert.Equal(0.4f, chosen["ENGAGES"]);
        Assert.Equal(0.4f, chosen["CHANGES"]);
    }

    [Fact]
    public void chooses_nothing_without_runs() => Assert.Empty(ThresholdTuner.Choose([]));
}
