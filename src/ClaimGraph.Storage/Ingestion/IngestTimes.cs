using System.Diagnostics;

namespace ClaimGraph.Storage.Ingestion;

/// <summary>Time spent analyzing (summed over the workers) and storing (the writer), added up as an ingest runs.</summary>
public sealed class IngestTimes
{
    private long _analysisTicks;
    private long _storeTicks;

    public TimeSpan Analysis => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _analysisTicks));

    public TimeSpan Store => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _storeTicks));

    internal void AddAnalysis(long since) => Interlocked.Add(ref _analysisTicks, Stopwatch.GetTimestamp() - since);

    internal void AddStore(long since) => Interlocked.Add(ref _storeTicks, Stopwatch.GetTimestamp() - since);
}
