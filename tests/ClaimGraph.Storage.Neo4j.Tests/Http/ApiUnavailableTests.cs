using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimGraph.Api;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace ClaimGraph.Storage.Neo4j.Tests.Http;

/// <summary>The API over a Neo4j that goes away: 503 with a GraphQL error naming it, and answers again once it is back.</summary>
public sealed class ApiUnavailableTests : IAsyncLifetime
{
    private FakeNeo4j _neo4j = null!;
    private Neo4jGraphStore _store = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await FakeNeo4j.StartAsync();
        _neo4j.Rows["Server.Counts"] = (["documents", "sentences", "mentions", "claims", "actors", "relations"], [[5, 40, 90, 30, 20, 10]]);
        _store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));
        _app = ApiHost.Build(_store, TestDocuments.Analyzer, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        await _neo4j.DisposeAsync();
    }

    [Fact]
    public async Task answers_503_with_a_store_unavailable_error_and_recovers_when_neo4j_is_back()
    {
        _neo4j.Answer = _ => FakeAnswer.Unavailable;

        var down = await PostAsync("{ stats { documents } }");
        var health = await _client.GetAsync("/healthz");
        _neo4j.Answer = _neo4j.LikeNeo4j;
        var up = await PostAsync("{ stats { documents } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.NotNull(down.RetryAfter);
        var error = down.Body.GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith($"Neo4j at {_neo4j.Url} is unreachable", error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, up.Status);
        Assert.Equal(5, up.Body.GetProperty("data").GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task the_warm_up_at_start_asks_nothing_of_the_store_so_a_store_that_is_down_cannot_stop_it()
    {
        _neo4j.Answer = _ => FakeAnswer.Unavailable;
        var asked = _neo4j.Requests.Count;
        await using var app = ApiHost.Build(_store, TestDocuments.Analyzer, ["http://127.0.0.1:0"]);

        await ApiHost.WarmUpAsync(app, CancellationToken.None);

        Assert.Equal(asked, _neo4j.Requests.Count);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, TimeSpan? RetryAfter)> PostAsync(string query)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone(), response.Headers.RetryAfter?.Delta);
    }
}
