using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests.Reliability;

/// <summary>backup and restore round-trip a store while `claimgraph serve` answers queries on it.</summary>
public sealed partial class BackupRestoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task a_backup_taken_and_restored_while_queries_run_brings_back_the_graph_exactly()
    {
        var documents = GeneratedDocuments.Create(80);
        var first = GeneratedDocuments.WriteTo(_directory.File("first"), documents.Take(60).ToList());
        var later = GeneratedDocuments.WriteTo(_directory.File("later"), documents.Skip(60).ToList());
        var db = _directory.File("live.db");
        var backup = _directory.File("backup.db");
        Assert.Equal(0, (await ClaimGraphCli.RunAsync(_directory.Path, "ingest", first, "--db", db, "--rules-only")).ExitCode);
        var original = StoreSnapshot.Read(db);

        // The query loops ask faster than the default per-client rate limit allows; configuration raises it.
        var environment = new Dictionary<string, string> { ["ClaimGraph__Api__RateLimitPermits"] = "1000000" };
        using var server = CliProcess.Start(_directory.Path, environment, "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--rules-only", "--corpus", _directory.File("none"));
        var url = Url().Match(await server.WaitForOutputAsync(o => Url().IsMatch(o), TimeSpan.FromMinutes(2))).Value;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var counts = new ConcurrentQueue<int>();
        var queries = Enumerable.Range(0, 4).Select(_ => QueryLoopAsync(client, failures, counts, stop.Token)).ToList();

        // Each step waits for the loops to answer on the store as the step before left it, so they run through the
        // backup, the ingest and the restore however late they are scheduled.
        var answeredBeforeBackup = await UntilAsync(() => counts.Contains(60));
        var backedUp = await ClaimGraphCli.RunAsync(_directory.Path, "backup", backup, "--db", db);
        var added = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", later, "--db", db, "--rules-only");
        var changed = StoreSnapshot.Read(db);
        var answeredAfterIngest = await UntilAsync(() => counts.Contains(80));
        var beforeRestore = counts.Count;
        var restored = await ClaimGraphCli.RunAsync(_directory.Path, "restore", backup, "--db", db);
        var served = await DocumentCountAsync(client);
        var answeredAfterRestore = await UntilAsync(() => counts.Skip(beforeRestore).Contains(60));
        await stop.CancelAsync();
        await Task.WhenAll(queries);

        Assert.True(backedUp.ExitCode == 0, backedUp.ToString());
        Assert.Contains("60 documents", backedUp.Stdout);
        Assert.Equal(0, added.ExitCode);
        Assert.Equal(80, changed.Documents.Count);
        Assert.True(restored.ExitCode == 0, restored.ToString());
        StoreSnapshot.Read(backup).AssertSameGraphAs(original);
        StoreSnapshot.Read(db).AssertSameGraphAs(original);
        Assert.Equal(60, served);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.True(answeredBeforeBackup, "the query loops gave no answer before the backup");
        Assert.True(answeredAfterIngest, "the query loops never saw the 80 documents of the ingest");
        Assert.True(answeredAfterRestore, "the query loops gave no answer of 60 documents after the restore");
    }

    [Fact]
    public async Task backup_refuses_to_overwrite_a_file_and_restore_refuses_a_file_that_is_not_a_store()
    {
        var db = _directory.File("live.db");
        Assert.Equal(0, (await ClaimGraphCli.RunAsync(_directory.Path, "ingest", RepositoryPaths.CorpusFile("003_1efdb12d51446c5e.txt"), "--db", db, "--rules-only")).ExitCode);
        var existing = _directory.Write("existing.db", "keep me");
        var notAStore = _directory.Write("notes.db", "这不是数据库。");
        var before = StoreSnapshot.Read(db);

        var overwrite = await ClaimGraphCli.RunAsync(_directory.Path, "backup", existing, "--db", db);
        var restore = await ClaimGraphCli.RunAsync(_directory.Path, "restore", notAStore, "--db", db);

        Assert.Equal((1, 1), (overwrite.ExitCode, restore.ExitCode));
        Assert.Single(overwrite.StderrLines);
        Assert.Single(restore.StderrLines);
        Assert.Equal("keep me", File.ReadAllText(existing));
        StoreSnapshot.Read(db).AssertSameGraphAs(before);
    }

    /// <summary>Polls until the condition holds; false after two minutes, which only a hang takes.</summary>
    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(10);
        }
        return true;
    }

    private static async Task QueryLoopAsync(HttpClient client, ConcurrentQueue<string> failures, ConcurrentQueue<int> counts, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                counts.Enqueue(await DocumentCountAsync(client));
                await Task.Delay(10, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                failures.Enqueue(e.Message);
            }
        }
    }

    private static async Task<int> DocumentCountAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ stats { documents claims } documents(first: 5) { nodes { name claimCount } } }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException(errors.ToString());
        return body.GetProperty("data").GetProperty("stats").GetProperty("documents").GetInt32();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Url();
}
