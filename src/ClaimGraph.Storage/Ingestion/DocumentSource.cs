using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;

namespace ClaimGraph.Storage.Ingestion;

/// <summary>A document to ingest, read only when a worker takes it, so only the documents in flight are in memory.</summary>
/// <param name="Label">What results and errors name it by: its path, for a file.</param>
public sealed record DocumentSource(string Label, Func<DocumentInput> Read)
{
    /// <param name="publishedAt">The document's date (YYYY, YYYY-MM or YYYY-MM-DD), overriding the one found in the text.</param>
    public static DocumentSource FromFile(string path, string? publishedAt = null) =>
        new(path, () => new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)) { PublishedAt = publishedAt });
}
