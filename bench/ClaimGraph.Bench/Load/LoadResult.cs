namespace ClaimGraph.Bench.Load;

/// <summary>Latencies of a fixed number of requests sent by a fixed number of concurrent connections.</summary>
public sealed record LoadResult(int Requests, int Concurrency, TimeSpan Elapsed, double[] LatenciesMs, int Failures)
{
    /// <summary>The process's CPU time over the load (server and load generator share the process), for a shared machine.</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>CPU milliseconds per request: what a request costs, whatever else the machine was running.</summary>
    public double CpuMsPerRequest => Cpu.TotalMilliseconds / Requests;

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
