using System.Net;
using System.Net.Sockets;
using ClaimGraph.Storage.Neo4j.Http;

namespace ClaimGraph.Storage.Neo4j.Tests.Support;

public static class TestOptions
{
    /// <summary>Three quick attempts: the tests check what is retried, not how long it waits.</summary>
    public static Neo4jOptions For(string url, string? password = "secret") => new(url, "neo4j", password)
    {
        Retry = new RetryPolicy(3, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)),
        RequestTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A loopback address nothing listens on: a port the OS handed out and took back.</summary>
    public static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
