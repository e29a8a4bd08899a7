namespace ClaimGraph.Storage;

public enum IngestStatus
{
    Inserted,
    Replaced,
    Unchanged,
}

/// <summary>What ingesting one document did to the store.</summary>
public sealed record IngestOutcome(string DocumentId, IngestStatus Status, int Sentences, int Mentions, int Claims);
