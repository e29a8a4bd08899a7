namespace ClaimGraph.Storage.Ingestion;

/// <summary>What became of one source: stored (how), or refused with the reason (a bad file, a stage that failed on it).</summary>
public sealed record IngestResult(DocumentSource Source, IngestOutcome? Outcome, Exception? Error)
{
    /// <summary>The errors that belong to one document and leave the others to go on; anything else ends the ingest.</summary>
    public static bool IsDocumentError(Exception e) => e is Core.Input.InvalidDocumentException or Core.Pipeline.StageFailedException;
}
