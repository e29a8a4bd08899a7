using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Extraction;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Bench.Tests;

public sealed class StageProfileTests
{
    [Fact]
    public void every_stage_is_charged_in_pipeline_order_and_the_claim_model_shows_in_the_claims_stage()
    {
        var corpus = BenchCorpus.Open("corpus", RepositoryPaths.Corpus);

        var withModels = StageProfile.Run(corpus, passes: 1, rulesOnly: false);
        var rulesOnly = StageProfile.Run(corpus, passes: 1, rulesOnly: true);

        var stages = new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly: true).ForDocuments().StageNames;
        Assert.Equal([.. stages, "reading and decoding the file"], withModels.Select(c => c.Stage));
        Assert.All(withModels, c => Assert.True(c.CpuSeconds >= 0 && c.AllocatedMegabytes >= 0, c.ToString()));
        var claims = withModels.Single(c => c.Stage == "claims");
        Assert.True(claims.CpuSeconds > 0, "the claims stage took no CPU time");
        // The model featurizes every candidate the rules propose: more garbage than the rules alone make.
        Assert.True(claims.AllocatedMegabytes > rulesOnly.Single(c => c.Stage == "claims").AllocatedMegabytes,
            $"claims stage allocated {claims.AllocatedMegabytes:F1} MB with the model, {rulesOnly.Single(c => c.Stage == "claims").AllocatedMegabytes:F1} MB without");
    }
}
