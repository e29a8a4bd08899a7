using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api.Dashboard;

/// <summary>Whether a GET is a browser opening a page (Accept names text/html) rather than an API client.</summary>
public static class BrowserPage
{
    public static bool IsWanted(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
}
