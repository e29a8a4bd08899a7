using ClaimGraph.Core.Documents;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Writes analyzed documents, one transaction per call: nothing of a document is visible until all of it is.
/// The same text again is a no-op; a new text under an existing name replaces the old one.
/// </summary>
public sealed class SqliteDocumentWriter(SqliteDatabase database) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SqliteRelationDeriver _relations = new();
    private SqliteConnection? _connection;
    private bool _disposed;

    /// <summary>The writer's own connection, opened on first use (callers hold <see cref="_writer"/>).</summary>
    private async Task<SqliteConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _connection ??= await database.OpenWriterAsync(cancellationToken);
    }

    /// <summary>After a failed write (a file replaced under the connection, a full disk): the next write opens a new connection.</summary>
    private void DropConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Closes the writer's connection, waiting for a write in progress to end.</summary>
    public void Dispose()
    {
        _writer.Wait();
        try
        {
            _disposed = true;
            DropConnection();
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken cancellationToken) =>
        (await IngestAsync([document], cancellationToken))[0];

    /// <summary>
    /// Writes the documents in order in one transaction, each exactly as if it were ingested alone after the ones before
    /// it (a later one sees the earlier ones' rows, so the same text twice is stored once): all of them or, on any
    /// error, none. One transaction for several documents saves a commit (and its WAL sync) per document.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var connection = await ConnectionAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            using var rows = new SqliteDocumentRows(transaction);
            var outcomes = new List<IngestOutcome>(documents.Count);
            foreach (var document in documents)
                outcomes.Add(await WriteAsync(transaction, rows, document, cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return outcomes;
        }
        catch
        {
            DropConnection();
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<IngestOutcome> WriteAsync(SqliteTransaction transaction, SqliteDocumentRows rows, AnalyzedDocument document, CancellationToken cancellationToken)
    {
        // The same text with the same date is a no-op; a new date for it (given by the caller) re-times its claims.
        var stored = await transaction.ScalarAsync("SELECT COALESCE(date_value, '') || '|' || date_rule FROM documents WHERE id = $p0", cancellationToken, document.Id) as string;
        var date = document.Date ?? DocumentDate.Unknown("the document was not dated");
        if (stored == $"{date.Value}|{date.Rule}")
            return new IngestOutcome(document.Id, IngestStatus.Unchanged, document.Sentences.Count, document.Mentions.Count, document.Claims.Count);

        var previous = stored is not null ? document.Id
            : await transaction.ScalarAsync("SELECT id FROM documents WHERE name = $p0", cancellationToken, document.Input.Name) as string;
        var touched = new HashSet<(string, string)>();
        if (previous is not null)
        {
            touched.UnionWith(await _relations.PairsOfAsync(transaction, previous, cancellationToken));
            await SqliteActorTallies.SubtractAsync(transaction, previous, cancellationToken);
            await transaction.ExecuteAsync("DELETE FROM documents WHERE id = $p0", cancellationToken, previous);
        }
        rows.Write(document, touched, cancellationToken);
        await SqliteActorTallies.AddAsync(transaction, document.Id, cancellationToken);
        // A replacement recomputes every pair the old or new text touches; a new document only adds to its pairs.
        if (previous is not null) await _relations.RecomputeAsync(transaction, touched, cancellationToken);
        else await _relations.AddDocumentAsync(transaction, document.Id, cancellationToken);
        var status = previous is null ? IngestStatus.Inserted : IngestStatus.Replaced;
        return new IngestOutcome(document.Id, status, document.Sentences.Count, document.Mentions.Count, document.Claims.Count);
    }

    public async Task<bool> DeleteAsync(string documentId, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var connection = await ConnectionAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var pairs = await _relations.PairsOfAsync(transaction, documentId, cancellationToken);
            await SqliteActorTallies.SubtractAsync(transaction, documentId, cancellationToken);
            var deleted = await transaction.ExecuteAsync("DELETE FROM documents WHERE id = $p0", cancellationToken, documentId);
            await _relations.RecomputeAsync(transaction, pairs, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted > 0;
        }
        catch
        {
            DropConnection();
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }
}
