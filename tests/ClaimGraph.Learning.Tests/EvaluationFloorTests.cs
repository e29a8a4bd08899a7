using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Learning.Tests;

/// <summary>
/// The figures docs/EVALUATION.md reports for the shipped models, reproduced here: a change that moves them by more
/// than 0.01 fails, so the docs stay true and a regression cannot land unnoticed.
/// </summary>
public sealed class EvaluationFloorTests
{
    // Recorded in docs/EVALUATION.md from `claimgraph eval --gold corpus/annotations/dev.jsonl`.
    private const double EntityF1 = 0.967;
    private const double ClaimRelaxedF1 = 0.623;
    private const double ClaimStrictF1 = 0.519;
    private const double RulesOnlyRelaxedF1 = 0.520;
    private const double HeldOutWrittenRelaxedF1 = 0.516;
    private const double HeldOutWrittenRulesOnlyRelaxedF1 = 0.467;
    private const double Tolerance = 0.01;

    private static readonly Lazy<IReadOnlyList<ContractLine>> s_dev = new(() => Gold("dev.jsonl"));

    private static IReadOnlyList<ContractLine> Gold(string file) =>
        ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", file)).ToList();

    private static EvaluationReport Evaluate(IReadOnlyList<ContractLine> gold, bool rulesOnly)
    {
        var extractor = new SentenceExtractor(new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly).ForSentence());
        return new Evaluator().Score(gold, extractor.ExtractAll(gold));
    }

    [Fact]
    public void the_shipped_models_score_on_dev_what_the_docs_say()
    {
        var report = Evaluate(s_dev.Value, rulesOnly: false);

        Assert.InRange(report.Entities.F1, EntityF1 - Tolerance, EntityF1 + Tolerance);
        Assert.InRange(report.ClaimsRelaxed.F1, ClaimRelaxedF1 - Tolerance, ClaimRelaxedF1 + Tolerance);
        Assert.InRange(report.ClaimsStrict.F1, ClaimStrictF1 - Tolerance, ClaimStrictF1 + Tolerance);
    }

    [Fact]
    public void rules_plus_models_beat_rules_alone_by_five_points_of_claim_f1()
    {
        var withModels = Evaluate(s_dev.Value, rulesOnly: false);
        var rulesOnly = Evaluate(s_dev.Value, rulesOnly: true);

        Assert.InRange(rulesOnly.ClaimsRelaxed.F1, RulesOnlyRelaxedF1 - Tolerance, RulesOnlyRelaxedF1 + Tolerance);
        Assert.True(withModels.ClaimsRelaxed.F1 >= rulesOnly.ClaimsRelaxed.F1 + 0.05,
            $"rules+ML {withModels.ClaimsRelaxed.F1:0.000} vs rules only {rulesOnly.ClaimsRelaxed.F1:0.000}");
    }

    /// <summary>Sentences of writers no model has trained on (docs/EVALUATION.md, "Sentences written for training").</summary>
    [Fact]
    public void the_shipped_models_score_on_the_held_out_writers_what_the_docs_say()
    {
        var heldOut = Gold("heldout-written.jsonl");

        Assert.InRange(Evaluate(heldOut, rulesOnly: false).ClaimsRelaxed.F1, HeldOutWrittenRelaxedF1 - Tolerance, HeldOutWrittenRelaxedF1 + Tolerance);
        Assert.InRange(Evaluate(heldOut, rulesOnly: true).ClaimsRelaxed.F1, HeldOutWrittenRulesOnlyRelaxedF1 - Tolerance, HeldOutWrittenRulesOnlyRelaxedF1 + Tolerance);
    }

    [Fact]
    public void traditional_script_scores_within_five_points_of_the_sentences_it_was_rewritten_from()
    {
        var traditional = Gold("dev-traditional.jsonl");
        var sources = File.ReadLines(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "dev-traditional.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source_id").GetString())
            .ToHashSet();
        var simplified = s_dev.Value.Where(l => sources.Contains(l.Id)).ToList();

        var hant = Evaluate(traditional, rulesOnly: false);
        var hans = Evaluate(simplified, rulesOnly: false);

        Assert.Equal(traditional.Count, simplified.Count);
        Assert.True(Math.Abs(hant.ClaimsRelaxed.F1 - hans.ClaimsRelaxed.F1) <= 0.05,
            $"Traditional {hant.ClaimsRelaxed.F1:0.000} vs Simplified {hans.ClaimsRelaxed.F1:0.000}");
        Assert.True(hant.Entities.F1 >= hans.Entities.F1 - 0.05, $"Traditional entity F1 {hant.Entities.F1:0.000} vs {hans.Entities.F1:0.000}");
    }
}
