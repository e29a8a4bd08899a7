using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Storage.Ingestion;

namespace ClaimGraph.Storage;

/// <summary>Checks a document's text, runs the pipeline on it and stores the result; many documents at once on every core.</summary>
public sealed class DocumentIngestor(IDocumentAnalyzer analyzer, IGraphStore store)
{
    public async Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default)
    {
        var document = Analyze(input, cancellationToken);
        var outcome = await store.IngestAsync(document, cancellationToken);
        return (outcome, document);
    }

    /// <summary>The check and the pipeline without the store, for callers that analyze documents in parallel and store them in order.</summary>
    public AnalyzedDocument Analyze(DocumentInput input, CancellationToken cancellationToken = default)
    {
        DocumentText.Validate(input.Text, input.Name);
        return analyzer.Analyze(input, cancellationToken);
    }

    /// <summary>
    /// Ingests the sources in order: analyzed on <see cref="IngestOptions.WorkersFor"/> threads while one writer stores them,
    /// a batch per transaction, leaving the store as ingesting them one by one would. Yields each source's result in
    /// input order once it is committed; a source with a document error (<see cref="IngestResult.IsDocumentError"/>) is
    /// reported in its place and the others go on.
    /// </summary>
    public IAsyncEnumerable<IngestResult> IngestAllAsync(IReadOnlyList<DocumentSource> sources, IngestOptions? options = null, IngestTimes? times = null,
        CancellationToken cancellationToken = default) =>
        new OrderedIngest(Analyze, store, options ?? new IngestOptions(), times ?? new IngestTimes()).RunAsync(sources, cancellationToken);

    public Task<IngestOutcome> StoreAsync(AnalyzedDocument document, CancellationToken cancellationToken = default) => store.IngestAsync(document, cancellationToken);

    public Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        IngestFileAsync(path, null, cancellationToken);

    /// <param name="publishedAt">The document's date (YYYY, YYYY-MM or YYYY-MM-DD), overriding the one found in the text.</param>
    public Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestFileAsync(string path, string? publishedAt, CancellationToken cancellationToken = default) =>
        IngestAsync(new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)) { PublishedAt = publishedAt }, cancellationToken);
}
