using System.Text.RegularExpressions;
using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>`serve` on an empty store ingests its corpus as `claimgraph ingest` does: the same store, a bad file reported and skipped.</summary>
public sealed partial class ServeStartupIngestTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task serve_ingests_the_corpus_into_the_store_ingest_makes_and_reports_a_bad_file_in_the_middle()
    {
        var corpus = GeneratedDocuments.WriteTo(_directory.File("corpus"), GeneratedDocuments.Create(20, sentencesEach: 4));
        File.WriteAllBytes(Path.Combine(corpus, "doc-0010-bad.txt"), [0x00, 0x01, 0x02]);
        var ingested = _directory.File("ingested.db");
        var served = _directory.File("served.db");
        Assert.Equal(1, (await ClaimGraphCli.RunAsync(_directory.Path, "ingest", corpus, "--db", ingested, "--rules-only")).ExitCode);

        using var server = CliProcess.Start(_directory.Path, "serve", "--db", served, "--urls", "http://127.0.0.1:0", "--rules-only", "--corpus", corpus);
        await server.WaitForOutputAsync(o => Url().IsMatch(o), TimeSpan.FromMinutes(2));
        server.KillHard(); // the corpus is in before the server listens; killing also lets its output finish

        Assert.Equal(20, Regex.Matches(server.Stdout, @"ingested doc-\d{4}\.txt: \d+ claims").Count);
        Assert.Contains(server.Stderr.Split('\n'), l => l.StartsWith("claimgraph: skipped", StringComparison.Ordinal) && l.Contains("doc-0010-bad.txt", StringComparison.Ordinal));

        var expected = StoreSnapshot.Read(ingested);
        Assert.Equal(20, expected.Documents.Count);
        StoreSnapshot.Read(served).AssertSameGraphAs(expected);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Url();
}
