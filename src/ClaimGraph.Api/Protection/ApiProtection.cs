using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Protection;

/// <summary>Adds the public endpoint's protections to the host, in the order requests meet them.</summary>
public static class ApiProtection
{
    public static IServiceCollection AddApiProtection(this IServiceCollection services, Action<ApiOptions>? configure)
    {
        var options = services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        if (configure is not null) options.Configure(configure);
        services.AddHttpContextAccessor();
        services.AddClientRateLimiting();
        services.AddGraphQL(b => b.AddGraphQLLimits());
        return services;
    }

    /// <summary>Rate limit first (also for wrong keys), then body size, then the API key.</summary>
    public static WebApplication UseApiProtection(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }
}
