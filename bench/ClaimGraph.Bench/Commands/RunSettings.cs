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
    int Seed);
