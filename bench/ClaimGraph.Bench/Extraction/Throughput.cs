namespace ClaimGraph.Bench.Extraction;

/// <summary>
/// What one pass over a corpus did: bytes and sentences in a wall time, and the CPU time the process used meanwhile
/// (on a shared machine the wall time also counts the time other processes held the cores).
/// </summary>
public sealed record Throughput(long Bytes, long Sentences, TimeSpan Elapsed, TimeSpan CpuTime)
{
    public double MegabytesPerCpuSecond => Bytes / 1_000_000.0 / CpuTime.TotalSeconds;

    public double MegabytesPerSecond => Bytes / 1_000_000.0 / Elapsed.TotalSeconds;

    public double SentencesPerSecond => Sentences / Elapsed.TotalSeconds;
}
