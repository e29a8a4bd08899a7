using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api.Dashboard;

/// <summary>
/// The alliance-network dashboard at <c>/</c> and its content-hashed assets at <c>/assets/…</c>; GraphiQL is served
/// by the GraphQL endpoint itself when a browser opens <c>/graphql</c> (see <see cref="BrowserPage"/>).
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Pages may load only what this host serves: the dashboard works offline and leaks no request.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => WritePageAsync(http, DashboardFiles.DashboardPage));
        app.MapGet("/assets/{**file}", (HttpContext http, string file) => WriteAssetAsync(http, $"assets/{file}"));
        return app;
    }

    public static async Task WritePageAsync(HttpContext http, string page)
    {
        var file = DashboardFiles.Find(page);
        if (file is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"{page} is not in this build: the dashboard bundle was not embedded.", http.RequestAborted);
            return;
        }
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await WriteAsync(http, file);
    }

    private static async Task WriteAssetAsync(HttpContext http, string path)
    {
        if (DashboardFiles.Find(path) is not { } file)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        // Asset names carry a hash of their content: a changed file is a new name.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await WriteAsync(http, file);
    }

    private static async Task WriteAsync(HttpContext http, DashboardFile file)
    {
        http.Response.ContentType = file.ContentType;
        await using var stream = file.Open();
        http.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
