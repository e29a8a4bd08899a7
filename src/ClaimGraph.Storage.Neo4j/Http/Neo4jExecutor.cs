using System.Diagnostics;
using ClaimGraph.Storage.Neo4j.Cypher;

namespace ClaimGraph.Storage.Neo4j.Http;

/// <summary>
/// Runs units of work against Neo4j and owns their transactions and retries: a transient failure (refused
/// connection, 503, Neo.TransientError.*) rolls the unit back and runs it again after a backoff; when Neo4j stays
/// away, the caller gets one <see cref="StoreUnavailableException"/> naming the address.
/// </summary>
public sealed class Neo4jExecutor : IDisposable
{
    private readonly Neo4jHttpClient _client;
    private readonly Neo4jOptions _options;

    public Neo4jExecutor(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _client = new Neo4jHttpClient(options, handler);
    }

    public Neo4jOptions Options => _options;

    /// <summary>Statements in one auto-committed transaction (reads, or a single write).</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherCall> calls, CancellationToken ct) =>
        WithRetriesAsync(async () => (await _client.PostAsync(_client.AutoCommitPath, calls, commits: true, ct)).Results, ct);

    public async Task<CypherResult> RunAsync(CypherCall call, CancellationToken ct) => (await RunAsync([call], ct))[0];

    /// <summary>A unit of work in one explicit transaction, committed when it returns, retried whole when it may be.</summary>
    public Task<T> WriteAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken ct) =>
        WithRetriesAsync(async () =>
        {
            await using var transaction = new Neo4jTransaction(_client, ct);
            var result = await work(transaction);
            await transaction.CommitAsync();
            return result;
        }, ct);

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (!ct.IsCancellationRequested && IsRetriable(e) && number < _options.Retry.MaxAttempts)
            {
                await Task.Delay(_options.Retry.DelayBefore(number + 1), ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && Unavailable(e, number, clock.Elapsed) is { } unavailable)
            {
                throw unavailable;
            }
        }
    }

    private static bool IsRetriable(Exception e) => e is Neo4jUnreachableException { Retriable: true } or Neo4jException { IsTransient: true };

    /// <summary>What the caller is told when Neo4j cannot serve it; null for errors that are ClaimGraph's own.</summary>
    private StoreUnavailableException? Unavailable(Exception e, int attempts, TimeSpan elapsed)
    {
        var at = $"Neo4j at {_options.Address}";
        var tries = $"after {attempts} attempt{(attempts == 1 ? "" : "s")} in {elapsed.TotalSeconds:0.0} s";
        return e switch
        {
            Neo4jUnreachableException { Retriable: true } u => new($"{at} is unreachable {tries}: {u.Message}", e),
            Neo4jUnreachableException u => new($"{at} did not answer a commit ({u.Message}): the write may or may not have been stored", e),
            Neo4jException { IsTransient: true } n => new($"{at} still fails {tries}: {n.Message}", e),
            Neo4jException { IsAuthentication: true } n => new($"{at} refused user '{_options.User}' (set NEO4J_USER and NEO4J_PASSWORD): {n.Message}", e),
            Neo4jException { IsMissingDatabase: true } => new($"{at} has no database '{_options.Database}' (set NEO4J_DATABASE)", e),
            Neo4jException { Code: "ClaimGraph.NotNeo4j" } n => new($"{_options.Address} does not answer like Neo4j's HTTP API: {n.Message}", e),
            _ => null,
        };
    }

    public void Dispose() => _client.Dispose();
}
