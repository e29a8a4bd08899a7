using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Storage.Ingestion;

/// <summary>
/// Ingests many sources: analyzed on several workers, stored by one writer in input order, a batch of documents per
/// transaction. The store ends up as a one-by-one ingest leaves it (same rows, same ids, same order); a source with a
/// document error (a bad file, a stage failing on it) is reported in its place and the others go on; any other error
/// ends the ingest as a one-by-one ingest would, after storing the documents before it.
/// </summary>
internal sealed class OrderedIngest(Func<DocumentInput, CancellationToken, AnalyzedDocument> analyze, IGraphStore store, IngestOptions options, IngestTimes times)
{
    public async IAsyncEnumerable<IngestResult> RunAsync(IReadOnlyList<DocumentSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options.Check();
        var batch = new IngestBatch(options);
        await foreach (var item in OrderedAnalysis.RunAsync(sources, analyze, options, times, cancellationToken))
        {
            var fatal = item.Error is { } error && !IngestResult.IsDocumentError(error);
            if (!fatal && batch.Add(item)) continue;
            var (results, failure) = await StoreAsync(batch, cancellationToken);
            foreach (var result in results) yield return result;
            failure?.Throw();
            if (fatal) ExceptionDispatchInfo.Throw(item.Error!);
        }
        var (last, lastFailure) = await StoreAsync(batch, cancellationToken);
        foreach (var result in last) yield return result;
        lastFailure?.Throw();
    }

    /// <summary>Stores the batch and empties it: the results in order, up to a document the store failed on (then its failure).</summary>
    private async Task<(IReadOnlyList<IngestResult>, ExceptionDispatchInfo?)> StoreAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        var documents = batch.Documents();
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<IngestOutcome> outcomes;
        ExceptionDispatchInfo? failure = null;
        try
        {
            outcomes = documents.Count == 0 ? [] : await store.IngestAsync(documents, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && documents.Count > 1)
        {
            // The batch's transaction stored none of it. One transaction per document, as a one-by-one ingest: those
            // before a failing document are stored, and the failure is that document's.
            (outcomes, failure) = await OneByOneAsync(documents, cancellationToken);
        }
        finally
        {
            times.AddStore(started);
        }
        var results = batch.Results(outcomes);
        batch.Clear();
        return (results, failure);
    }

    private async Task<(IReadOnlyList<IngestOutcome>, ExceptionDispatchInfo?)> OneByOneAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken)
    {
        var outcomes = new List<IngestOutcome>();
        try
        {
            foreach (var document in documents) outcomes.Add(await store.IngestAsync(document, cancellationToken));
            return (outcomes, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (outcomes, ExceptionDispatchInfo.Capture(e));
        }
    }
}
