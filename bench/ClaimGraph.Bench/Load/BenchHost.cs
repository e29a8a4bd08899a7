using System.Net;
using System.Net.Sockets;
using ClaimGraph.Api;
using ClaimGraph.Api.Caching;
using ClaimGraph.Api.Http;
using ClaimGraph.Api.Protection;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ClaimGraph.Bench.Load;

/// <summary>
/// The product's API host on a loopback port, with one addition for the benchmark only: GET /bench/static answers
/// fixed JSON through the same server, middleware and protections, which is the floor the GraphQL figures stand on.
/// The per-client rate limit is lifted, since every request of the load comes from one address.
/// </summary>
public static class BenchHost
{
    public const string StaticPath = "/bench/static";

    /// <summary>
    /// <paramref name="staticBody"/> is read on every request, so the caller can set it to a real answer once the host
    /// runs; <paramref name="responseCacheBytes"/> sets the product's response cache (0: off).
    /// </summary>
    public static async Task<WebApplication> StartAsync(IGraphStore store, IDocumentAnalyzer analyzer, StaticBody staticBody, long responseCacheBytes, CancellationToken ct)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var app = ApiHost.Build(store, analyzer, [url], options =>
        {
            options.RateLimitPermits = int.MaxValue;
            options.ResponseCacheBytes = responseCacheBytes;
        });
        app.MapGet(StaticPath, (HttpContext http) =>
        {
            // Packed as the GraphQL endpoint packs its kept answers, so the floor sends the same bytes a client gets.
            if (!AcceptEncoding.AllowsGzip(http.Request) || staticBody.Packed is not { } packed) return Results.Bytes(staticBody.Bytes, "application/json");
            http.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(packed, "application/json");
        });
        await app.StartAsync(ct);
        return app;
    }

    public sealed class StaticBody
    {
        private byte[] _bytes = "{}"u8.ToArray();

        public byte[] Bytes
        {
            get => _bytes;
            set
            {
                _bytes = value;
                Packed = value.Length >= new ApiOptions().GzipMinBytes ? Gzip.Pack(value) : null;
            }
        }

        /// <summary>The body in gzip, when it is large enough to be sent so.</summary>
        public byte[]? Packed { get; private set; }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
