using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>`ingest --jobs N`: the same store with one job or several; a bad file in the middle is reported and the others land.</summary>
public sealed class IngestJobsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ingest_on_one_job_and_on_three_stores_the_same_graph_and_reports_a_bad_file_in_the_middle()
    {
        var input = GeneratedDocuments.WriteTo(_directory.File("documents"), GeneratedDocuments.Create(24, sentencesEach: 4));
        File.WriteAllBytes(Path.Combine(input, "doc-0012-bad.txt"), [0x00, 0x01, 0x02]);
        var one = _directory.File("one.db");
        var three = _directory.File("three.db");

        var runOne = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", input, "--db", one, "--rules-only", "--jobs", "1");
        var runThree = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", input, "--db", three, "--rules-only", "--jobs", "3");

        foreach (var run in new[] { runOne, runThree })
        {
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains(run.StderrLines, l => l.StartsWith("claimgraph: ", StringComparison.Ordinal) && l.Contains("doc-0012-bad.txt", StringComparison.Ordinal));
            Assert.Equal(24, run.StdoutLines.Count(l => l.Contains("inserted", StringComparison.Ordinal)));
        }
        var expected = StoreSnapshot.Read(one);
        Assert.Equal(24, expected.Documents.Count);
        StoreSnapshot.Read(three).AssertSameGraphAs(expected);
    }

    [Fact]
    public async Task ingest_with_no_jobs_exits_1_with_the_reason()
    {
        var file = _directory.Write("doc.txt", "美国与日本合作。");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", _directory.File("none.db"), "--jobs", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--jobs must be at least 1", run.Stderr);
    }
}
