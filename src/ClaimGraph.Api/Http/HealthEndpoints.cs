using ClaimGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClaimGraph.Api.Http;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (IGraphStore store, CancellationToken ct) =>
        {
            try
            {
                var stats = await store.StatsAsync(ct);
                return Results.Json(new { status = "ok", documents = stats.Documents, claims = stats.Claims });
            }
            catch (StoreUnavailableException e)
            {
                return Results.Json(new { status = "unavailable", reason = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
