using System.Net;
using System.Text;
using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Protection;

/// <summary>Hostile queries: too deep, too complex, too many aliases, too large, too slow; each refused with a code.</summary>
[Collection(ApiCollection.Name)]
public sealed class QueryLimitTests(ApiHostFixture api)
{
    [Fact]
    public async Task refuses_a_query_nested_deeper_than_the_limit_with_query_too_deep()
    {
        var nested = string.Concat(Enumerable.Repeat("relations { other { ", 6)) + "name" + string.Concat(Enumerable.Repeat(" } }", 6));

        var response = await api.Client.PostGraphQLAsync($$"""{ actor(name: "美国") { {{nested}} } }""");

        Assert.Equal("QUERY_TOO_DEEP", Assert.Single(response.ErrorCodes));
        Assert.False(response.Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task refuses_nested_full_pages_with_query_too_complex_before_running_them()
    {
        var response = await api.Client.PostGraphQLAsync(
            "{ claims(first: 100) { nodes { document { claims(first: 100) { nodes { document { claims(first: 100) { nodes { id } } } } } } } } }");

        Assert.Equal("QUERY_TOO_COMPLEX", Assert.Single(response.ErrorCodes));
        Assert.Contains("limit is 25000", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task refuses_more_aliases_than_the_limit_with_too_many_aliases()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(1, 31).Select(i => $"a{i}: stats {{ documents }}")) + " }";

        var response = await api.Client.PostGraphQLAsync(query);

        Assert.Equal("TOO_MANY_ALIASES", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task answers_as_many_aliases_as_the_limit()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(1, 30).Select(i => $"a{i}: stats {{ documents }}")) + " }";

        var data = (await api.Client.PostGraphQLAsync(query)).Ok();

        Assert.Equal(5, data.GetProperty("a30").GetProperty("documents").GetInt32());
    }

    /// <summary>The queries the README and a dashboard use stay well inside the limits.</summary>
    [Theory]
    [InlineData("""{ claims(subject: "拜登政府", object: "特朗普政府", first: 100) { totalCount nodes { predicate modality cue sentence { text } document { name } evidence { subjectStart subjectEnd objectStart objectEnd } } } }""")]
    [InlineData("""{ actor(name: "美方") { name englishName qid aliases { text count } relations(minClaims: 10) { other { name } direction claims cooperation conflict } } }""")]
    [InlineData("""{ actors(first: 100) { totalCount nodes { id name aliases { text count } relations { other { name } claims cooperation conflict } } } }""")]
    [InlineData("""{ documents(first: 100) { nodes { name title authors { name } claims(first: 20) { nodes { predicate subject { name } object { name } } } } } }""")]
    public async Task answers_realistic_queries_within_the_limits(string query)
    {
        (await api.Client.PostGraphQLAsync(query)).Ok();
    }

    [Fact]
    public async Task refuses_a_body_over_the_size_limit_with_413_before_reading_it()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.MaxRequestBytes = 1024);
        var body = JsonSerializer.Serialize(new { query = "{ stats { documents } }", variables = new { padding = new string('x', 2000) } });

        var response = await host.Client.SendGraphQLAsync(HttpMethod.Post, "/graphql", body, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task refuses_a_chunked_body_that_grows_over_the_limit_with_413()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.MaxRequestBytes = 1024);
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ stats { documents } }", variables = new { padding = new string('x', 5000) } }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(body)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var message = await host.Client.SendAsync(request);
        var response = await GraphQLResponse.ReadAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task answers_a_body_under_the_limit()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.MaxRequestBytes = 1024);

        var response = await host.Client.PostGraphQLAsync("{ stats { documents } }");

        Assert.Equal(5, response.Ok().GetProperty("stats").GetProperty("documents").GetInt32());
    }

    /// <summary>
    /// A timeout far below what a year-sliced network takes (counted from the claims, not read from the stored
    /// relations): the request ends with TIMEOUT, not a hang.
    /// </summary>
    [Fact]
    public async Task stops_a_query_running_past_the_execution_timeout_with_timeout()
    {
        // No response cache: a request that finished before the timer would otherwise answer every later one.
        await using var host = await ProtectedHost.StartAsync(api, o =>
        {
            o.ExecutionTimeout = TimeSpan.FromMilliseconds(1);
            o.ResponseCacheBytes = 0;
        });

        // The timer that cancels runs on the thread pool, and a request whose resolvers complete before it fires ends
        // without TIMEOUT: on an idle machine, since the store keeps actor tallies, that is most requests.
        var codes = new List<string?>();
        for (var attempt = 0; attempt < 40 && !codes.Contains("TIMEOUT"); attempt++)
        {
            var response = await host.Client.PostGraphQLAsync(
                """{ network(actors: ["美国", "中国", "日本"], depth: 3, from: 1900, to: 2100) { nodes { id name } edges { source target count } } }""");
            codes.AddRange(response.ErrorCodes);
        }

        Assert.Contains("TIMEOUT", codes);
        Assert.All(codes, code => Assert.Equal("TIMEOUT", code));
    }

    [Fact]
    public async Task refuses_introspection_when_it_is_turned_off()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.Introspection = false);

        var schema = await host.Client.PostGraphQLAsync("{ __schema { queryType { name } } }");
        var type = await host.Client.PostGraphQLAsync("""{ __type(name: "Claim") { name } }""");
        var ordinary = await host.Client.PostGraphQLAsync("{ stats { documents } }");

        Assert.Equal("INTROSPECTION_DISABLED", Assert.Single(schema.ErrorCodes));
        Assert.Equal("INTROSPECTION_DISABLED", Assert.Single(type.ErrorCodes));
        ordinary.Ok();
    }

    [Fact]
    public async Task answers_introspection_by_default()
    {
        var response = await api.Client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal("Query", response.Ok().Str("__schema", "queryType", "name"));
    }
}
