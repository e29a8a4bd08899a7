namespace ClaimGraph.Storage.Neo4j.Http;

/// <summary>How often and how patiently a unit of work is tried again after a transient failure.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialDelay, TimeSpan MaxDelay)
{
    /// <summary>Six attempts over about eight seconds: long enough for a restart of the connection, short enough to answer.</summary>
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4));

    /// <summary>Exponential backoff with ±20% jitter, so clients that failed together do not retry together.</summary>
    public TimeSpan DelayBefore(int attempt)
    {
        var exponential = InitialDelay.TotalMilliseconds * Math.Pow(2, attempt - 2);
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }
}
