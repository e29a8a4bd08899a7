using System.Text.Json;
using ClaimGraph.Api;
using ClaimGraph.Api.GraphQL;
using ClaimGraph.Core.Pipeline;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Storage.Contract.GraphQL;

/// <summary>The API's GraphQL schema over a store, run in-process: the answer as the HTTP endpoint would write it.</summary>
public sealed class InProcessGraphQL : IDisposable
{
    private readonly ServiceProvider _services;

    public InProcessGraphQL(IGraphStore store, IDocumentAnalyzer analyzer) =>
        _services = ApiHost.AddClaimGraphApi(new ServiceCollection(), store, analyzer).BuildServiceProvider();

    /// <summary>The JSON text of the answer (data and errors).</summary>
    public async Task<string> RunAsync(string query, object? variables = null)
    {
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var inputs = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        var result = await _services.GetRequiredService<GraphQLRunner>().RunAsync(query, inputs, null, CancellationToken.None);
        return serializer.Serialize(result);
    }

    /// <summary>The data of an answer that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var answer = JsonDocument.Parse(await RunAsync(query, variables));
        Assert.False(answer.RootElement.TryGetProperty("errors", out var errors), $"{query}\n{errors}");
        return answer.RootElement.GetProperty("data").Clone();
    }

    /// <summary>The error codes of an answer that must have failed.</summary>
    public async Task<IReadOnlyList<string?>> ErrorCodesAsync(string query, object? variables = null)
    {
        using var answer = JsonDocument.Parse(await RunAsync(query, variables));
        Assert.True(answer.RootElement.TryGetProperty("errors", out var errors), $"{query} did not fail");
        return errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();
    }

    public void Dispose() => _services.Dispose();
}
