namespace ClaimGraph.Bench.Extraction;

/// <summary>What one pass over a corpus did: bytes and sentences in a wall time.</summary>
public sealed record Throughput(long Bytes, long Sentences, TimeSpan Elapsed)
{
    public double MegabytesPerSecond => Bytes / 1_000_000.0 / Elapsed.TotalSeconds;

    public double SentencesPerSecond => Sentences / Elapsed.TotalSeconds;
}
