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
    /// <summary>Workers of the ingest (the product's default: one per core).</summary>
    public int IngestWorkers { get; init; } = Environment.ProcessorCount;

    /// <summary>False leaves out the GraphQL load (for a run about extraction and ingest).</summary>
    public bool GraphQL { get; init; } = true;
}
