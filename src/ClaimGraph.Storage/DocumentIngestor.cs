using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Storage;

/// <summary>Checks a document's text, runs the pipeline on it and stores the result in one transaction.</summary>
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

    public Task<IngestOutcome> StoreAsync(AnalyzedDocument document, CancellationToken cancellationToken = default) => store.IngestAsync(document, cancellationToken);

    public Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        IngestFileAsync(path, null, cancellationToken);

    /// <param name="publishedAt">The document's date (YYYY, YYYY-MM or YYYY-MM-DD), overriding the one found in the text.</param>
    public Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestFileAsync(string path, string? publishedAt, CancellationToken cancellationToken = default) =>
        IngestAsync(new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)) { PublishedAt = publishedAt }, cancellationToken);
}
