using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Storage;

/// <summary>Checks a document's text, runs the pipeline on it and stores the result in one transaction.</summary>
public sealed class DocumentIngestor(IDocumentAnalyzer analyzer, IGraphStore store)
{
    public async Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default)
    {
        DocumentText.Validate(input.Text, input.Name);
        var document = analyzer.Analyze(input, cancellationToken);
        var outcome = await store.IngestAsync(document, cancellationToken);
        return (outcome, document);
    }

    public Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        IngestFileAsync(path, null, cancellationToken);

    /// <param name="publishedAt">The document's date (YYYY, YYYY-MM or YYYY-MM-DD), overriding the one found in the text.</param>
    public Task<(IngestOutcome Outcome, AnalyzedDocument Document)> IngestFileAsync(string path, string? publishedAt, CancellationToken cancellationToken = default) =>
        IngestAsync(new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)) { PublishedAt = publishedAt }, cancellationToken);
}
