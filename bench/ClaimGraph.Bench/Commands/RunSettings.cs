namespace ClaimGraph.Bench.Commands;

/// <summary>What one whole benchmark run covers.</summary>
public sealed record RunSettings(
    string CorpusDirectory,
    double GeneratedMegabytes,
    string WorkDirectory,
    int Requests,
    int FloorRequests,
    int Concurrency,
    int Inputs,
    bool CacheOn,
    string JiebaDirectory,
    string? ReportPath,
    int Seed)
{
    /// <summary>Workers of the ingest (null: the product's default, IngestOptions.WorkersFor).</summary>
    public int? IngestWorkers { get; init; }

    /// <summary>False leaves out the GraphQL load (for a run about extraction and ingest).</summary>
    public bool GraphQL { get; init; } = true;
}
