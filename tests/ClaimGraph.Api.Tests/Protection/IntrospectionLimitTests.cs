using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Api.Tests.Protection;

/// <summary>GraphiQL's schema query nests deeper than any query over the graph; a cyclic one must still be refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class IntrospectionLimitTests(ApiHostFixture api)
{
    [Fact]
    public async Task answers_graphiql_s_own_schema_query()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "ClaimGraph.Api.Tests", "Protection", "graphiql-introspection.graphql"));

        var response = await api.Client.PostGraphQLAsync(query);

        Assert.Equal("Query", response.Ok().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task refuses_a_schema_query_that_cycles_through_fields_and_types()
    {
        var cycle = string.Concat(Enumerable.Repeat("fields { type { ", 7)) + "name" + string.Concat(Enumerable.Repeat(" } }", 7));

        var response = await api.Client.PostGraphQLAsync($"{{ __schema {{ types {{ {cycle} }} }} }}");

        Assert.Contains(Assert.Single(response.ErrorCodes), new[] { "QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX" });
    }

    [Fact]
    public async Task a_graph_query_beside_the_schema_keeps_the_graph_s_limits()
    {
        var query = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "ClaimGraph.Api.Tests", "Protection", "graphiql-introspection.graphql")))
            .Replace("__schema", "stats { documents } __schema", StringComparison.Ordinal);

        var response = await api.Client.PostGraphQLAsync(query);

        Assert.Equal("QUERY_TOO_DEEP", Assert.Single(response.ErrorCodes));
    }
}
