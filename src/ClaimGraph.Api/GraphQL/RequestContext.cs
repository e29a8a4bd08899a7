using ClaimGraph.Api.GraphQL.Loading;
using GraphQL;

namespace ClaimGraph.Api.GraphQL;

/// <summary>Per-request state handed to resolvers through the user context.</summary>
public sealed class RequestContext : Dictionary<string, object?>
{
    public RequestContext(RequestLoaders loaders) => Loaders = loaders;

    public RequestLoaders Loaders { get; }
}

public static class ResolveContextExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        (context.UserContext as RequestContext)?.Loaders ?? throw new InvalidOperationException("request context is missing");
}
