using System.Globalization;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Http;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Writing;

/// <summary>
/// Writes one analyzed document in one explicit transaction (three requests: look, clear and number, write and
/// commit). The same text with the same date again changes nothing; a new date for it, or a new text under an existing
/// name, replaces the old document.
/// </summary>
public sealed class Neo4jDocumentWriter(Neo4jExecutor executor)
{
    /// <summary>Writers in this process queue here rather than contend for the database's write lock.</summary>
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken ct)
    {
        var counts = (document.Sentences.Count, document.Mentions.Count, document.Claims.Count);
        await _writer.WaitAsync(ct);
        try
        {
            var status = await executor.WriteAsync(async tx =>
            {
                var found = await tx.RunAsync(Lock(), Ingest.DocumentById.With(("id", document.Id)), Ingest.DocumentByName.With(("name", document.Input.Name)));
                // The same text with the same date changes nothing; with another date (the caller's) it is written again, re-timed.
                var stored = found[1].Rows.FirstOrDefault();
                if (stored is not null && SameDate(stored, DocumentRows.DateOf(document))) return IngestStatus.Unchanged;
                var previous = stored is not null ? document.Id : found[2].Rows.FirstOrDefault()?.String("id");

                var touched = new HashSet<(string, string)>(DocumentRows.PairsOf(document));
                CypherCall[] clear = previous is null ? [] : DeleteCalls(previous);
                var results = await tx.RunAsync([.. clear, Ingest.AllocateIds.With(("blocks", IdBlocks.Request(document)))]);
                if (previous is not null) touched.UnionWith(Pairs(results[0]));

                tx.Queue([.. new DocumentRows(document, IdBlocks.From(results[^1])).Calls(), .. Recompute(touched)]);
                return previous is null ? IngestStatus.Inserted : IngestStatus.Replaced;
            }, ct);
            return new IngestOutcome(document.Id, status, counts.Item1, counts.Item2, counts.Item3);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<bool> DeleteAsync(string documentId, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            return await executor.WriteAsync(async tx =>
            {
                var found = await tx.RunAsync(Lock(), Ingest.DocumentById.With(("id", documentId)));
                if (found[1].Rows.Count == 0) return false;
                var results = await tx.RunAsync(DeleteCalls(documentId));
                tx.Queue([.. Recompute(Pairs(results[0]))]);
                return true;
            }, ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    private static bool SameDate(CypherRow stored, DocumentDate date) =>
        stored.NullableString("dateValue") == date.Value?.ToString() && stored.NullableString("dateRule") == date.Rule;

    private static CypherCall Lock() => Server.LockWrites.With(("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

    /// <summary>The document's actor pairs first (their relations are recomputed after), then everything it holds.</summary>
    private static CypherCall[] DeleteCalls(string documentId)
    {
        var id = ("id", (object?)documentId);
        return
        [
            Documents.PairsOf.With(id), Documents.DeleteClaims.With(id), Documents.DeleteMentions.With(id),
            Documents.DeleteArgumentLinks.With(id), Documents.DeleteTitleReferences.With(id), Documents.DeleteSentences.With(id), Documents.Delete.With(id),
        ];
    }

    private static IEnumerable<(string, string)> Pairs(CypherResult result) => result.Rows.Select(r => (r.String("source"), r.String("target")));

    private static IEnumerable<CypherCall> Recompute(IEnumerable<(string Source, string Target)> pairs)
    {
        var rows = pairs.Distinct().OrderBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Target, StringComparer.Ordinal).Select(p => new Dictionary<string, object?> { ["source"] = p.Source, ["target"] = p.Target }).ToList();
        if (rows.Count == 0) yield break;
        yield return Relations.DeleteForPairs.With(("pairs", rows));
        yield return Relations.CreateForPairs.With(("pairs", rows));
    }
}
