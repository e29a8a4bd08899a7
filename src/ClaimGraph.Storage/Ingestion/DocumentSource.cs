using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;

namespace ClaimGraph.Storage.Ingestion;

/// <summary>A document to ingest, read only when a worker takes it, so only the documents in flight are in memory.</summary>
/// <param name="Label">What results and errors name it by: its path, for a file.</param>
public sealed record DocumentSource(string Label, Func<DocumentInput> Read)
{
    /// <summary>Its size in bytes, where known before reading it (0 otherwise): the larger are analyzed first within a batch.</summary>
    public long Size { get; init; }

    /// <param name="publishedAt">The document's date (YYYY, YYYY-MM or YYYY-MM-DD), overriding the one found in the text.</param>
    public static DocumentSource FromFile(string path, string? publishedAt = null) =>
        new(path, () => new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)) { PublishedAt = publishedAt })
        {
            // A missing file is reported when it is read, in its place; here it only sorts last.
            Size = SizeOf(path),
        };

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
