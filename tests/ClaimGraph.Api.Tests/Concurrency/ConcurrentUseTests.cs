using System.Collections.Concurrent;
using System.Text.Json;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Sqlite;
using ClaimGraph.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Api.Tests.Concurrency;

/// <summary>
/// Queries keep answering while documents are written: 8 query loops over HTTP run while a second store instance
/// (its own connections, as a separate `claimgraph ingest` would have) writes 100 documents into the same file.
/// Every response must be whole and consistent: a document is visible with all its claims or not at all.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConcurrentUseTests(ApiHostFixture api) : IAsyncLifetime
{
    private const int Documents = 100;
    private const int QueryLoops = 8;
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"concurrent-{Guid.NewGuid():N}.db");
    private SqliteGraphStore _readerStore = null!;
    private SqliteGraphStore _writerStore = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _readerStore = new SqliteGraphStore(_path);
        await _readerStore.InitializeAsync();
        _writerStore = new SqliteGraphStore(_path);
        await _writerStore.InitializeAsync();
        _app = ApiHost.Build(_readerStore, api.Analyzer, ["http://127.0.0.1:0"], o => o.RateLimitPermits = 1_000_000);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _readerStore.DisposeAsync();
        await _writerStore.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task eight_query_loops_during_an_ingest_of_100_documents_see_only_whole_documents_and_no_errors()
    {
        var analyzed = GeneratedDocuments.Create(Documents).Select(d => api.Analyzer.Analyze(new DocumentInput(d.Name, d.Text))).ToList();
        var claimsByName = analyzed.ToDictionary(d => d.Input.Name, d => d.Claims.Count);
        // Documents are written in this order, so any consistent snapshot holds a prefix of it.
        var claimsAfter = new int[Documents + 1];
        for (var i = 0; i < Documents; i++) claimsAfter[i + 1] = claimsAfter[i] + analyzed[i].Claims.Count;
        var failures = new ConcurrentQueue<string>();
        var responses = 0;
        var midIngest = 0;
        var seenMidIngest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The host answers its first query before the ingest starts, and the ingest paces itself as a stream of
        // arriving documents would. Half way it waits until a loop has seen it part done, so the loops run
        // while it writes however late the thread pool schedules them; the wait's limit only guards against a hang.
        await CheckStatsAsync(claimsAfter, failures);
        var ingest = Task.Run(async () =>
        {
            for (var i = 0; i < Documents; i++)
            {
                await _writerStore.IngestAsync(analyzed[i]);
                if (i + 1 == Documents / 2) await Task.WhenAny(seenMidIngest.Task, Task.Delay(TimeSpan.FromMinutes(2)));
                await Task.Delay(10);
            }
        });
        var loops = Enumerable.Range(0, QueryLoops).Select(loop => Task.Run(async () =>
        {
            var round = 0;
            while (!ingest.IsCompleted || round < 2)
            {
                round = ingest.IsCompleted ? round + 1 : 0;
                if (await CheckStatsAsync(claimsAfter, failures) is > 0 and < Documents)
                {
                    Interlocked.Increment(ref midIngest);
                    seenMidIngest.TrySetResult();
                }
                await CheckDocumentsAsync(claimsByName, failures);
                await CheckClaimsAsync(failures);
                Interlocked.Add(ref responses, 3);
            }
        })).ToList();
        await Task.WhenAll([ingest, .. loops]).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.True(responses >= QueryLoops * 6, $"{responses} responses");
        Assert.True(midIngest > 0, "no query ran while the ingest was half done");
        var final = await _readerStore.StatsAsync();
        Assert.Equal((Documents, claimsAfter[Documents]), (final.Documents, final.Claims));
    }

    /// <summary>stats reads in one statement, so its counts come from one snapshot: a prefix of the documents.</summary>
    private async Task<int?> CheckStatsAsync(int[] claimsAfter, ConcurrentQueue<string> failures)
    {
        if (await QueryAsync("{ stats { documents claims } }", failures) is not { } data) return null;
        var documents = data.GetProperty("stats").GetProperty("documents").GetInt32();
        var claims = data.GetProperty("stats").GetProperty("claims").GetInt32();
        if (documents > Documents || claims != claimsAfter[documents])
            failures.Enqueue($"stats: {documents} documents with {claims} claims; a whole prefix has {claimsAfter[Math.Min(documents, Documents)]}");
        return documents;
    }

    private async Task CheckDocumentsAsync(Dictionary<string, int> claimsByName, ConcurrentQueue<string> failures)
    {
        if (await QueryAsync("{ documents(first: 100) { nodes { name claimCount claims(first: 100) { totalCount nodes { id } } } } }", failures) is not { } data) return;
        foreach (var document in data.GetProperty("documents").Items("nodes"))
        {
            var name = document.Str("name")!;
            var expected = claimsByName[name];
            var claims = document.GetProperty("claims");
            var listed = claims.GetProperty("nodes").GetArrayLength();
            if (document.GetProperty("claimCount").GetInt32() != expected || claims.GetProperty("totalCount").GetInt32() != expected || listed != Math.Min(expected, 100))
                failures.Enqueue($"{name}: claimCount {document.GetProperty("claimCount")}, totalCount {claims.GetProperty("totalCount")}, {listed} listed; it has {expected}");
        }
    }

    private async Task CheckClaimsAsync(ConcurrentQueue<string> failures)
    {
        if (await QueryAsync("{ claims(first: 50) { nodes { id predicate subject { name } document { name } sentence { text } } } }", failures) is not { } data) return;
        foreach (var claim in data.GetProperty("claims").Items("nodes"))
            if (claim.Str("subject", "name") is null || claim.Str("document", "name") is null || claim.Str("sentence", "text") is null)
                failures.Enqueue($"claim {claim.Str("id")} is missing its subject, document or sentence");
    }

    private async Task<JsonElement?> QueryAsync(string query, ConcurrentQueue<string> failures)
    {
        var response = await _client.PostGraphQLAsync(query);
        if (response.Status == System.Net.HttpStatusCode.OK && response.Errors.Count == 0) return response.Data;
        failures.Enqueue($"{(int)response.Status} for {query}: {response.Body}");
        return null;
    }
}
