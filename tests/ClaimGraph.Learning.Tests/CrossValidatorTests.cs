using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Learning.Models;
using ClaimGraph.Learning.Training;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Learning.Tests;

public sealed class CrossValidatorTests
{
    [Fact]
    public void scores_every_training_sentence_once_and_a_higher_threshold_keeps_no_more_claims()
    {
        // A slice with claims enough to train on; SDCA keeps the test to seconds.
        var gold = ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "train.jsonl")).Take(300).ToList();
        var work = Directory.CreateTempSubdirectory("claimgraph-cv-test-");
        try
        {
            var runs = new CrossValidator(ExtractionLexicons.Default).Run(gold, 2, TrainerKind.Sdca, work.FullName, [0.1f, 0.6f]);

            Assert.Equal([0.1f, 0.6f], runs.Select(r => r.Threshold));
            Assert.All(runs, r => Assert.Equal(gold.Count, r.Report.Sentences));
            Assert.All(runs, r => Assert.Equal(gold.Sum(l => l.Claims.Count), r.Report.ClaimsRelaxed.Gold));
            Assert.True(runs[0].Report.ClaimsRelaxed.Predicted >= runs[1].Report.ClaimsRelaxed.Predicted);
            Assert.True(runs[0].Report.ClaimsRelaxed.Matched > 0, "the low threshold finds some gold claims");
            Assert.True(Directory.Exists(Path.Combine(work.FullName, "fold-1")));
        }
        finally { work.Delete(recursive: true); }
    }

    [Fact]
    public void training_only_lines_join_every_folds_training_and_are_never_scored()
    {
        var train = ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "train.jsonl")).Take(300).ToList();
        var (gold, extra) = (train.Take(150).ToList(), train.Skip(150).ToList());
        var without = Directory.CreateTempSubdirectory("claimgraph-cv-test-");
        var with = Directory.CreateTempSubdirectory("claimgraph-cv-test-");
        try
        {
            var alone = new CrossValidator(ExtractionLexicons.Default).Run(gold, 2, TrainerKind.Sdca, without.FullName);
            var added = new CrossValidator(ExtractionLexicons.Default).Run(gold, 2, TrainerKind.Sdca, with.FullName, trainingOnly: extra);

            var report = Assert.Single(added).Report;
            Assert.Equal(gold.Count, report.Sentences);
            Assert.Equal(gold.Sum(l => l.Claims.Count), report.ClaimsRelaxed.Gold);
            for (var fold = 0; fold < 2; fold++)
                Assert.True(Examples(with, fold) > Examples(without, fold), $"fold {fold} trained on the added lines too");
            Assert.Equal(gold.Count, Assert.Single(alone).Report.Sentences);
        }
        finally
        {
            without.Delete(recursive: true);
            with.Delete(recursive: true);
        }
    }

    private static int Examples(DirectoryInfo work, int fold) =>
        ModelInfo.FromJson(File.ReadAllText(Path.Combine(work.FullName, $"fold-{fold}", ModelSet.ClaimModel + ".json"))).Examples;

    [Fact]
    public void refuses_fewer_than_two_folds()
    {
        var gold = ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "train.jsonl")).Take(10).ToList();

        Assert.Throws<ArgumentException>(() => new CrossValidator(ExtractionLexicons.Default).Run(gold, 1, TrainerKind.Sdca, Path.GetTempPath()));
    }
}
