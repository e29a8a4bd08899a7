using System.Diagnostics;
using System.Net;

namespace ClaimGraph.Bench.Load;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> connections each send the next request as soon as the previous
/// answer is read, until a fixed count has been sent. Only loopback targets: it load-tests a host this run started.
/// </summary>
public sealed class LoadGenerator : IDisposable
{
    private readonly HttpClient _client;

    public LoadGenerator(Uri baseAddress, int concurrency)
    {
        if (!IPAddress.TryParse(baseAddress.Host, out var address) || !IPAddress.IsLoopback(address))
            throw new ArgumentException($"{baseAddress}: the load generator only targets loopback addresses");
        Concurrency = concurrency;
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            // As a browser does: asks for gzip and inflates what comes packed, on the same cores as the server.
            AutomaticDecompression = DecompressionMethods.GZip,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public int Concurrency { get; }

    /// <summary>
    /// Sends <paramref name="requests"/> requests, request i made by <paramref name="newRequest"/>(i); a non-2xx answer
    /// or one <paramref name="isFailure"/> flags counts as a failure.
    /// </summary>
    public async Task<LoadResult> RunAsync(int requests, Func<int, HttpRequestMessage> newRequest, Func<byte[], bool> isFailure, CancellationToken ct)
    {
        var latencies = new double[requests];
        var failures = 0;
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await _client.SendAsync(newRequest(i), ct);
                // Bytes, not a string: decoding 0.7 MB to UTF-16 would be the client's cost on the server's cores.
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode || isFailure(body)) Interlocked.Increment(ref failures);
            }
        }, ct)).ToList();
        await Task.WhenAll(workers);
        return new LoadResult(requests, Concurrency, clock.Elapsed, latencies, failures) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu };
    }

    public void Dispose() => _client.Dispose();
}
