using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>GraphQL over HTTP: methods, media types, status codes and error codes.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpTransportTests(ApiHostFixture api)
{
    private const string StatsQuery = "{ stats { documents } }";
    private const string ModernMediaType = "application/graphql-response+json";

    [Fact]
    public async Task answers_the_health_check_with_the_store_s_counts()
    {
        using var response = await api.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", health.Str("status"));
        Assert.Equal((await api.Store.StatsAsync()).Documents, health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("claims").GetInt32() > 0);
    }

    [Fact]
    public async Task runs_a_query_posted_as_application_json()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query = StatsQuery }), "application/json");

        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(5, response.Ok().GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task runs_a_query_posted_as_application_graphql()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", StatsQuery, "application/graphql");

        Assert.Equal(5, response.Ok().GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task runs_a_query_sent_with_get()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(StatsQuery)}");

        Assert.Equal(5, response.Ok().GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task takes_variables_on_a_get_request()
    {
        var query = Uri.EscapeDataString("query($name: String) { actor(name: $name) { id } }");
        var variables = Uri.EscapeDataString("""{"name":"美国"}""");

        var response = await api.Client.SendGraphQLAsync(HttpMethod.Get, $"/graphql?query={query}&variables={variables}");

        Assert.Equal("COUNTRY:美国", response.Ok().Str("actor", "id"));
    }

    [Fact]
    public async Task refuses_a_mutation_sent_with_get_with_405()
    {
        var before = await api.Store.StatsAsync();
        var mutation = Uri.EscapeDataString("""mutation { ingestDocument(input: { title: "via get", text: "美国与日本合作。" }) { status } }""");

        var response = await api.Client.SendGraphQLAsync(HttpMethod.Get, $"/graphql?query={mutation}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.Message.Content.Headers.Allow.Concat(response.Message.Headers.TryGetValues("Allow", out var allow) ? allow : []));
        Assert.NotEmpty(response.Errors);
        Assert.Equal(before, await api.Store.StatsAsync());
    }

    [Fact]
    public async Task refuses_malformed_json_with_400()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", """{"query": "{ stats { documents } }" """, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_INPUT", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task refuses_a_request_without_a_query_with_400()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", """{"variables": {}}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_INPUT", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task refuses_an_unsupported_media_type_with_415()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", StatsQuery, "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task answers_a_syntax_error_with_400_to_a_client_accepting_graphql_response_json()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query = "{ stats { documents }" }), "application/json", ModernMediaType);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ModernMediaType, response.MediaType);
        Assert.NotEmpty(response.Errors);
        Assert.False(response.Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task answers_a_syntax_error_with_200_and_errors_to_a_plain_json_client()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query = "{ stats { documents }" }), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task answers_a_valid_query_with_200_to_a_client_accepting_graphql_response_json()
    {
        var response = await api.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query = StatsQuery }), "application/json", ModernMediaType);

        Assert.Equal(ModernMediaType, response.MediaType);
        Assert.Equal(5, response.Ok().GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Theory]
    [InlineData("{ claims(first: 500) { totalCount } }")]
    [InlineData("{ actors(first: 500) { totalCount } }")]
    [InlineData("{ documents(first: -1) { totalCount } }")]
    [InlineData("""{ search(text: "美国", first: 500) { rank } }""")]
    public async Task refuses_a_page_larger_than_the_cap_with_page_size_exceeded(string query)
    {
        var response = await api.Client.PostGraphQLAsync(query);

        Assert.Equal("PAGE_SIZE_EXCEEDED", Assert.Single(response.ErrorCodes));
    }

    [Theory]
    [InlineData("""{ claims(first: 5, after: "not-a-cursor") { totalCount } }""")]
    [InlineData("""{ claims(first: 5, after: "YzphYmM=") { totalCount } }""")]
    [InlineData("""{ actors(first: 5, after: "bm90IG91cnM=") { totalCount } }""")]
    public async Task refuses_a_cursor_it_did_not_issue_with_invalid_cursor(string query)
    {
        var response = await api.Client.PostGraphQLAsync(query);

        Assert.Equal("INVALID_CURSOR", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task refuses_an_empty_search_with_bad_input()
    {
        var response = await api.Client.PostGraphQLAsync("""{ search(text: "   ") { rank } }""");

        Assert.Equal("BAD_INPUT", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task answers_an_unknown_actor_in_the_network_with_not_found()
    {
        var response = await api.Client.PostGraphQLAsync("""{ network(actors: ["不存在的国家"]) { nodes { id } } }""");

        Assert.Equal("NOT_FOUND", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task refuses_a_network_deeper_than_three_hops_with_bad_input()
    {
        var response = await api.Client.PostGraphQLAsync("""{ network(actors: ["美国"], depth: 9) { nodes { id } } }""");

        Assert.Equal("BAD_INPUT", Assert.Single(response.ErrorCodes));
    }
}
