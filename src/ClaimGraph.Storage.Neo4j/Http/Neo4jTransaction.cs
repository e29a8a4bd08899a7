using ClaimGraph.Storage.Neo4j.Cypher;

namespace ClaimGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit transaction over HTTP. <see cref="RunAsync"/> sends statements now (beginning the transaction on
/// the first call); <see cref="Queue"/> holds statements back to travel with the commit, saving a round trip.
/// Disposed without a commit, it is rolled back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private static readonly TimeSpan s_rollbackLimit = TimeSpan.FromSeconds(5);

    private readonly Neo4jHttpClient _client;
    private readonly CancellationToken _ct;
    private readonly List<CypherCall> _queued = [];
    private string? _id;
    private bool _finished;

    internal Neo4jTransaction(Neo4jHttpClient client, CancellationToken ct)
    {
        _client = client;
        _ct = ct;
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(params CypherCall[] calls)
    {
        if (_finished) throw new InvalidOperationException("the transaction is over");
        try
        {
            if (_id is null)
            {
                var begun = await _client.PostAsync(_client.BeginPath, calls, commits: false, _ct);
                _id = begun.TransactionId();
                return begun.Results;
            }
            return (await _client.PostAsync(_client.TransactionPath(_id), calls, commits: false, _ct)).Results;
        }
        catch (Neo4jException)
        {
            _finished = true; // Neo4j rolls a transaction back when one of its statements fails
            throw;
        }
    }

    public void Queue(params CypherCall[] calls) => _queued.AddRange(calls);

    /// <summary>Sends the queued statements and commits; with nothing run before, it is one request.</summary>
    internal async Task<IReadOnlyList<CypherResult>> CommitAsync()
    {
        if (_finished) throw new InvalidOperationException("the transaction is over");
        _finished = true;
        var path = _id is null ? _client.AutoCommitPath : _client.CommitPath(_id);
        return (await _client.PostAsync(path, _queued, commits: true, _ct)).Results;
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished || _id is null) return;
        _finished = true;
        using var limit = new CancellationTokenSource(s_rollbackLimit);
        try
        {
            await _client.RollbackAsync(_id, limit.Token);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnreachableException or OperationCanceledException)
        {
            // The server drops an abandoned transaction when its idle timeout runs out.
        }
    }
}
