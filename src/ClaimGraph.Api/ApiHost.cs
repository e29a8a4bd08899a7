using System.Text.Encodings.Web;
using System.Text.Unicode;
using ClaimGraph.Api.Caching;
using ClaimGraph.Api.Dashboard;
using ClaimGraph.Api.GraphQL;
using ClaimGraph.Api.Http;
using ClaimGraph.Api.Protection;
using ClaimGraph.Core.Actors;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Storage;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Api;

/// <summary>Builds the web host: GraphQL over HTTP (GraphiQL for browsers), the dashboard and the health check, on a given store and pipeline.</summary>
public static class ApiHost
{
    /// <summary>
    /// The host with the protections of <see cref="ApiOptions"/>; <paramref name="configure"/> overrides the
    /// configuration. <paramref name="directory"/> gives the links computed from reference data (X政府 → leader and
    /// state); without it actors have none.
    /// </summary>
    public static WebApplication Build(IGraphStore store, IDocumentAnalyzer analyzer, string[] urls, Action<ApiOptions>? configure = null, IActorDirectory? directory = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(urls);
        AddClaimGraphApi(builder.Services, store, analyzer, directory);
        builder.Services.AddApiProtection(configure);
        var app = builder.Build();
        ListenAddresses.RequireApiKeyOffLoopback(urls, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.ApiKey);
        app.UseApiProtection();
        app.MapGraphQLApi();
        app.MapHealthApi();
        app.MapDashboard();
        return app;
    }

    /// <summary>
    /// Builds the schema and runs one query that reads nothing (so a store that is down cannot fail it), so that the
    /// first client does not wait for the schema to be built and for parsing, validation and execution to be compiled
    /// (0.4 s of a cold start, between the host starting and its first answer).
    /// </summary>
    public static async Task WarmUpAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var result = await app.Services.GetRequiredService<GraphQLRunner>().RunAsync("{ __typename }", null, null, cancellationToken);
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException($"the GraphQL schema does not answer: {errors[0].Message}");
    }

    public static IServiceCollection AddClaimGraphApi(IServiceCollection services, IGraphStore store, IDocumentAnalyzer analyzer, IActorDirectory? directory = null)
    {
        services.AddSingleton(store);
        services.AddSingleton(directory ?? EmptyActorDirectory.Instance);
        services.AddSingleton(analyzer);
        services.AddSingleton<DocumentIngestor>();
        services.AddSingleton<GraphQLRunner>();
        services.AddSingleton<CachedAnswers>();
        services.AddGraphQL(b => b
            .AddSchema<ClaimGraphSchema>()
            .AddGraphTypes(typeof(ClaimGraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All)));
        return services;
    }

    /// <summary>The schema in SDL, as exported to graph-schema/schema.graphql.</summary>
    public static string PrintSchema(IGraphStore store, IDocumentAnalyzer analyzer)
    {
        var services = AddClaimGraphApi(new ServiceCollection(), store, analyzer).BuildServiceProvider();
        var schema = services.GetRequiredService<ClaimGraphSchema>();
        schema.Initialize();
        return schema.Print();
    }
}
