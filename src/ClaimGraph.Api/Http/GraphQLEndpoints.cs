using System.Text.Json;
using ClaimGraph.Api.Caching;
using ClaimGraph.Api.Dashboard;
using ClaimGraph.Api.GraphQL;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST (application/json or application/graphql) and GET /graphql. Answers in
/// application/graphql-response+json when the client accepts it (request errors are then 400), else application/json;
/// 401 when the API key is missing or wrong, 503 when the store cannot be reached. A browser opening /graphql (a GET
/// accepting text/html) gets the GraphiQL IDE instead.
/// </summary>
public static class GraphQLEndpoints
{
    public const string ResponseMediaType = "application/graphql-response+json";

    /// <summary>When a client should try again after the store was unavailable.</summary>
    private const string RetryAfterSeconds = "5";

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapPost(path, PostAsync);
        app.MapGet(path, GetAsync);
        return app;
    }

    private static async Task PostAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var contentType = http.Request.ContentType ?? "";
        GraphQLRequest? request;
        if (contentType.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(http.Request.Body);
            request = new GraphQLRequest { Query = await reader.ReadToEndAsync(http.RequestAborted) };
        }
        else if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith(ResponseMediaType, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (Exception e) when (e is JsonException or global::GraphQL.ExecutionError or FormatException or InvalidOperationException)
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"the body is not a GraphQL request in JSON: {e.Message}");
                return;
            }
        }
        else
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, "send application/json (or application/graphql)");
            return;
        }
        await ExecuteAsync(http, serializer, request, allowMutations: true);
    }

    private static async Task GetAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (BrowserPage.IsWanted(http.Request))
        {
            await DashboardEndpoints.WritePageAsync(http, DashboardFiles.GraphiQLPage);
            return;
        }
        var query = http.Request.Query["query"].ToString();
        Inputs? variables = null;
        var rawVariables = http.Request.Query["variables"].ToString();
        if (rawVariables.Length > 0)
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(rawVariables);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"variables is not a JSON object: {e.Message}");
                return;
            }
        }
        var request = new GraphQLRequest { Query = query, Variables = variables, OperationName = http.Request.Query["operationName"].ToString() is { Length: > 0 } op ? op : null };
        await ExecuteAsync(http, serializer, request, allowMutations: false);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLRequest? request, bool allowMutations)
    {
        if (request?.Query is not { Length: > 0 } query)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "the request has no query");
            return;
        }
        if (!allowMutations && OperationKind.IsMutation(query, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, "mutations must be sent with POST");
            return;
        }
        var modern = AcceptsModern(http.Request);
        http.Response.ContentType = modern ? ResponseMediaType : "application/json";
        var cached = http.RequestServices.GetRequiredService<CachedAnswers>();
        var key = cached.Cache is null ? null : cached.KeyOf(query, request.OperationName, request.Variables is null ? null : serializer.Serialize(request.Variables));
        var version = key is null ? null : await cached.VersionAsync(http.RequestAborted);
        var gzip = key is not null && AcceptEncoding.AllowsGzip(http.Request);
        // The same request may be answered packed or not: a shared cache must tell the two apart.
        if (key is not null) http.Response.Headers.Vary = "Accept-Encoding";
        if (key is not null && version is { } at && cached.Find(key, at, gzip) is { } answer)
        {
            await WriteKnownAsync(http, answer);
            return;
        }
        var runner = http.RequestServices.GetRequiredService<GraphQLRunner>();
        var result = await runner.RunAsync(query, request.Variables, request.OperationName, http.RequestAborted);
        // Only a query that ran through without an error is kept: errors (a timeout, a store outage) are not answers.
        if (key is not null && version is { } computedAt && result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == GraphQLParser.AST.OperationType.Query)
        {
            var bytes = serializer.Serialize(result);
            var encoded = System.Text.Encoding.UTF8.GetBytes(bytes);
            await WriteKnownAsync(http, cached.Store(key, computedAt, encoded, gzip));
            return;
        }
        if (modern && !result.Executed) http.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (result.Errors?.Any(e => e.Code == Protection.ApiErrorCodes.Unauthenticated) == true) Unauthorized(http);
        // The store is down (Neo4j unreachable): say so in HTTP too, so proxies and clients retry later.
        else if (result.Errors?.Any(e => e.Code == ErrorCodes.StoreUnavailable) == true)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// An answer whose bytes are known: with its length, so it goes out in one body rather than in chunks, which on a
    /// large answer (a network of 0.7 MB) costs server and client alike.
    /// </summary>
    private static Task WriteKnownAsync(HttpContext http, CachedAnswers.Answer answer)
    {
        if (answer.Gzipped) http.Response.Headers.ContentEncoding = "gzip";
        http.Response.ContentLength = answer.Body.Length;
        return http.Response.Body.WriteAsync(answer.Body, http.RequestAborted).AsTask();
    }

    /// <summary>A mutation without the API key: 401 with the scheme to use, for any media type.</summary>
    private static void Unauthorized(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
    }

    private static bool AcceptsModern(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains(ResponseMediaType, StringComparison.OrdinalIgnoreCase);

    private static async Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = AcceptsModern(http.Request) ? ResponseMediaType : "application/json";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = ErrorCodes.BadInput }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
