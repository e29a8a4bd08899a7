using System.Text.Json;
using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>The analyst feedback loop, end to end through the CLI: review a false positive, retrain, and it is gone.</summary>
public sealed class ReviewFeedbackTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    /// <summary>Sentences a baseline model is likely to over-read; the test uses the first one it makes a claim in.</summary>
    private static readonly string[] s_sentences =
    [
        "拜登政府以重振美国国际领导权为重要目标，对多边主义国际秩序将产生较大影响。",
        "特朗普政府在冷战结束将近 30 年后，完成了美国国家安全战略重回冷战时代的国家中心主义大国竞争局面。",
        "美国在联合国大会上发言时提到了中国的发展。",
    ];

    [Fact]
    public async Task a_rejected_claim_is_no_longer_extracted_after_retraining_on_reviews()
    {
        var gold = Path.Combine(RepositoryPaths.Root, "corpus", "annotations", "train.jsonl");
        var baseline = await Run("train", "--gold", gold, "--trainer", "Sdca", "--out", _directory.File("baseline"));
        Assert.True(baseline.ExitCode == 0, baseline.ToString());

        var (sentence, claims) = await FirstSentenceWithClaimsAsync(_directory.File("baseline"));
        var document = _directory.Write("doc.txt", sentence + "\n");
        var db = _directory.File("reviews.db");
        Assert.Equal(0, (await Run("ingest", document, "--db", db, "--models", _directory.File("baseline"))).ExitCode);
        var stored = await QueryAsync(db, "{ claims { nodes { id subjectText predicate objectText } } }");
        foreach (var claim in stored.GetProperty("claims").GetProperty("nodes").EnumerateArray())
        {
            var review = await QueryAsync(db, $$"""mutation { reviewClaim(id: "{{claim.GetProperty("id").GetString()}}", verdict: REJECT, reviewer: "test") { verdict claim { status } } }""");
            Assert.Equal("REJECTED", review.GetProperty("reviewClaim").GetProperty("claim").GetProperty("status").GetString());
        }

        var retrained = await Run("train", "--gold", gold, "--trainer", "Sdca", "--with-reviews", "--db", db, "--out", _directory.File("retrained"));
        Assert.True(retrained.ExitCode == 0, retrained.ToString());
        Assert.Contains("reviews from", retrained.Stdout);

        var after = await ClaimsOfAsync(document, _directory.File("retrained"));
        foreach (var claim in claims) Assert.DoesNotContain(claim, after);
    }

    private async Task<(string Sentence, IReadOnlyList<string> Claims)> FirstSentenceWithClaimsAsync(string models)
    {
        foreach (var sentence in s_sentences)
        {
            var claims = await ClaimsOfAsync(_directory.Write("probe.txt", sentence + "\n"), models);
            if (claims.Count > 0) return (sentence, claims);
        }
        Assert.Fail("the baseline model makes no claim in any probe sentence; choose sentences it over-reads");
        return default;
    }

    private async Task<IReadOnlyList<string>> ClaimsOfAsync(string file, string models)
    {
        var run = await Run("extract", file, "--sentences", "--models", models);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.StdoutLines
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("claims").EnumerateArray())
            .Select(c => $"{c.GetProperty("subject").GetString()} {c.GetProperty("predicate").GetString()} {(c.GetProperty("object").ValueKind == JsonValueKind.Null ? "∅" : c.GetProperty("object").GetString())}")
            .ToList();
    }

    private async Task<JsonElement> QueryAsync(string db, string query)
    {
        var run = await Run("query", query, "--db", db);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("data");
    }

    private Task<CliRun> Run(params string[] args) => ClaimGraphCli.RunAsync(_directory.Path, args);

    public void Dispose() => _directory.Dispose();
}
