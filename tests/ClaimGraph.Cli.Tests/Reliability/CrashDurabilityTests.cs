using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;
using Xunit.Abstractions;

namespace ClaimGraph.Cli.Tests.Reliability;

/// <summary>
/// `claimgraph ingest` killed with SIGKILL at random points, then run again, ends with the same store as one clean
/// run: every document exactly once and whole, relations equal, SQLite's integrity check ok.
/// </summary>
public sealed class CrashDurabilityTests(ITestOutputHelper output) : IDisposable
{
    // Ingest commits a batch of 16 documents at a time; documents of 24 sentences analyzed on one worker keep a batch
    // slow enough that every kill lands before the last commit, even when the test itself is scheduled late.
    private const int Documents = 400;
    private const int SentencesEach = 24;
    private const int Kills = 4;
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task an_ingest_killed_four_times_and_rerun_stores_every_document_once_whole_with_the_relations_of_a_clean_run()
    {
        var input = GeneratedDocuments.WriteTo(_directory.File("documents"), GeneratedDocuments.Create(Documents, SentencesEach));
        var cleanDb = _directory.File("clean.db");
        var crashedDb = _directory.File("crashed.db");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clean = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", input, "--db", cleanDb, "--rules-only");
        Assert.True(clean.ExitCode == 0, clean.ToString());

        var killedAt = new List<int>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var stored = StoreSnapshot.DocumentCount(crashedDb);
            var target = stored + random.Next(1, Math.Max(2, (Documents - stored) / (Kills - kill + 1)));
            using var ingest = CliProcess.Start(_directory.Path, "ingest", input, "--db", crashedDb, "--rules-only", "--jobs", "1");
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (StoreSnapshot.DocumentCount(crashedDb) < target && !ingest.HasExited && DateTime.UtcNow < deadline) await Task.Delay(10);
            await Task.Delay(random.Next(0, 40)); // somewhere inside the next document's transaction, or between two
            Assert.False(ingest.HasExited, $"seed {seed}: the ingest ended before kill {kill + 1}: {ingest.Stderr}");
            ingest.KillHard();
            killedAt.Add(StoreSnapshot.DocumentCount(crashedDb));
        }
        output.WriteLine($"seed {seed}: killed with {string.Join(", ", killedAt)} of {Documents} documents stored");
        var rerun = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", input, "--db", crashedDb, "--rules-only");

        Assert.True(rerun.ExitCode == 0, $"seed {seed}: {rerun}");
        Assert.True(killedAt[^1] < Documents, $"seed {seed}: the last kill came after the whole ingest ({string.Join(", ", killedAt)})");
        var expected = StoreSnapshot.Read(cleanDb);
        var actual = StoreSnapshot.Read(crashedDb);
        Assert.Equal(Documents, actual.Documents.Count);
        Assert.Equal(Documents, actual.Documents.Select(d => d.Split(" | ")[0]).Distinct().Count());
        actual.AssertSameGraphAs(expected);
    }
}
