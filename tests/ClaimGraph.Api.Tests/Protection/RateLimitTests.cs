using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Protection;

/// <summary>Per-client rate limiting: over the limit, 429 with Retry-After and a code; the health check is not limited.</summary>
[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(ApiHostFixture api)
{
    [Fact]
    public async Task answers_429_with_retry_after_once_a_client_passes_its_limit()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => { o.RateLimitPermits = 3; o.RateLimitWindow = TimeSpan.FromMinutes(5); });

        for (var i = 0; i < 3; i++) (await host.Client.PostGraphQLAsync("{ stats { documents } }")).Ok();
        var refused = await host.Client.PostGraphQLAsync("{ stats { documents } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", Assert.Single(refused.ErrorCodes));
        var retryAfter = int.Parse(Assert.Single(refused.Message.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 300);
    }

    [Fact]
    public async Task does_not_limit_the_health_check()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => { o.RateLimitPermits = 1; o.RateLimitWindow = TimeSpan.FromMinutes(5); });

        for (var i = 0; i < 5; i++)
        {
            using var response = await host.Client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
