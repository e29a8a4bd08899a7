using ClaimGraph.Core.Contract;
using ClaimGraph.Learning.Evaluation;

namespace ClaimGraph.Learning.Tests;

/// <summary>The contract's scoring rules on hand-made lines.</summary>
public sealed class EvaluatorTests
{
    private static ContractLine Line(IReadOnlyList<ContractEntity> entities, params ContractClaim[] claims) =>
        new("s1", "d", "拜登政府延续特朗普政府的印太战略。", entities, claims);

    private static readonly ContractEntity Biden = new("拜登政府", "ADMINISTRATION");
    private static readonly ContractEntity Trump = new("特朗普政府", "ADMINISTRATION");

    [Fact]
    public void an_entity_matches_when_the_type_is_equal_and_one_surface_contains_the_other()
    {
        var gold = Line([Biden, Trump]);
        var predicted = Line([new("拜登", "ADMINISTRATION"), new("特朗普政府", "PERSON")]);

        var report = new Evaluator().Score([gold], [predicted]);

        Assert.Equal(1, report.Entities.Matched);
        Assert.Equal(0.5, report.Entities.Precision, 3);
        Assert.Equal(0.5, report.Entities.Recall, 3);
    }

    [Fact]
    public void strict_claim_matching_also_needs_negation_and_modality()
    {
        var gold = Line([Biden, Trump], new ContractClaim("拜登政府", "CONTINUES", "特朗普政府", false, "PREDICTED", null));
        var predicted = Line([Biden, Trump], new ContractClaim("拜登政府", "CONTINUES", "特朗普政府", false, "ASSERTED", null));

        var report = new Evaluator().Score([gold], [predicted]);

        Assert.Equal(1.0, report.ClaimsRelaxed.F1, 3);
        Assert.Equal(0.0, report.ClaimsStrict.F1, 3);
        Assert.Equal(0.0, report.ModalityAccuracy, 3);
        Assert.Equal(1, report.Confusion["CONTINUES"]["CONTINUES"]);
    }

    [Fact]
    public void each_gold_claim_is_matched_at_most_once()
    {
        var gold = Line([Biden, Trump], new ContractClaim("拜登政府", "CONTINUES", "特朗普政府", false, "ASSERTED", null));
        var twice = new ContractClaim("拜登政府", "CONTINUES", "特朗普政府", false, "ASSERTED", null);
        var predicted = Line([Biden, Trump], twice, twice with { Negated = true });

        var report = new Evaluator().Score([gold], [predicted]);

        Assert.Equal(1, report.ClaimsRelaxed.Matched);
        Assert.Equal(2, report.ClaimsRelaxed.Predicted);
        Assert.Equal(1, report.Confusion["NONE"]["CONTINUES"]);
    }

    [Fact]
    public void a_null_object_matches_only_a_null_object()
    {
        var gold = Line([Biden, Trump], new ContractClaim("拜登政府", "CHANGES", null, false, "ASSERTED", null));
        var predicted = Line([Biden, Trump], new ContractClaim("拜登政府", "CHANGES", "特朗普政府", false, "ASSERTED", null));

        Assert.Equal(0, new Evaluator().Score([gold], [predicted]).ClaimsRelaxed.Matched);
    }
}
