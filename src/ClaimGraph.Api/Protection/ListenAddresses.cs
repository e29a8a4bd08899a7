using System.Net;

namespace ClaimGraph.Api.Protection;

/// <summary>Whether the host listens beyond this machine; there, writes must be protected by an API key.</summary>
public static class ListenAddresses
{
    public static bool IsLoopback(string url)
    {
        var host = UrlHost(url);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Refuses to serve on a non-loopback address (0.0.0.0, *, a LAN address) without an API key.</summary>
    public static void RequireApiKeyOffLoopback(IEnumerable<string> urls, string? apiKey)
    {
        if (!string.IsNullOrEmpty(apiKey)) return;
        var open = urls.FirstOrDefault(u => !IsLoopback(u));
        if (open is not null)
            throw new ArgumentException(
                $"{open} is not a loopback address, and mutations would be open to anyone who reaches it: set an API key (--api-key or CLAIMGRAPH_API_KEY), or listen on http://127.0.0.1");
    }

    /// <summary>The host of a Kestrel URL; '*' and '+' (any address) come back as they are.</summary>
    private static string UrlHost(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var end = rest.IndexOf('/');
        if (end >= 0) rest = rest[..end];
        if (rest.StartsWith('[')) return rest[..(rest.IndexOf(']') + 1)];
        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
