using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Protection;

/// <summary>
/// Per-client rate limiting of GraphQL requests with ASP.NET Core's rate limiter: a fixed window per remote address;
/// a request over the limit is answered 429 with Retry-After (seconds until the window opens again).
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!http.Request.Path.StartsWithSegments("/graphql")) return RateLimitPartition.GetNoLimiter("not-graphql");
                var limits = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RateLimitPermits,
                    Window = limits.RateLimitWindow,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ErrorResponse.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ApiErrorCodes.RateLimited,
                    "too many requests from this client: retry after the number of seconds in Retry-After");
            };
        });

    /// <summary>The remote address: a client cannot escape its bucket by changing headers or keys.</summary>
    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
