using System.Net;
using System.Net.Http.Json;
using ClaimGraph.Api.Protection;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Protection;

/// <summary>With an API key configured, the three mutations need it; queries do not; a wrong key is refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiKeyTests(ApiHostFixture api)
{
    private const string Key = "test-key-7c1e";
    private const string Delete = """mutation { deleteDocument(id: "no-such-document") }""";

    public static TheoryData<string> Mutations =>
    [
        Delete,
        """mutation { ingestDocument(input: { title: "未授权", text: "美国与日本合作。" }) { status } }""",
        """mutation { reviewClaim(id: "1", verdict: CONFIRM) { id } }""",
    ];

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task refuses_a_mutation_without_the_key_with_401_and_changes_nothing(string mutation)
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.ApiKey = Key);
        var before = await api.Store.StatsAsync();
        var reviews = (await api.Store.AllReviewsAsync()).Count;

        var response = await host.Client.PostGraphQLAsync(mutation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.ErrorCodes));
        Assert.Contains("Bearer", response.Message.Headers.WwwAuthenticate.ToString());
        Assert.Equal(before, await api.Store.StatsAsync());
        Assert.Equal(reviews, (await api.Store.AllReviewsAsync()).Count);
    }

    [Theory]
    [InlineData("X-Api-Key", Key)]
    [InlineData("Authorization", "Bearer " + Key)]
    public async Task runs_a_mutation_that_presents_the_key(string header, string value)
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.ApiKey = Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Delete }) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var message = await host.Client.SendAsync(request);
        var response = await GraphQLResponse.ReadAsync(message);

        Assert.False(response.Ok().GetProperty("deleteDocument").GetBoolean());
    }

    [Fact]
    public async Task refuses_a_wrong_key_with_401_even_for_a_query()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.ApiKey = Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ stats { documents } }" }) };
        request.Headers.TryAddWithoutValidation("X-Api-Key", Key + "x");

        using var message = await host.Client.SendAsync(request);
        var response = await GraphQLResponse.ReadAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task answers_queries_without_a_key()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.ApiKey = Key);

        var response = await host.Client.PostGraphQLAsync("{ stats { documents } }");

        Assert.Equal(5, response.Ok().GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("http://[::]:5000")]
    public void refuses_to_build_a_host_on_a_non_loopback_address_without_a_key(string url)
    {
        var e = Assert.Throws<ArgumentException>(() => ApiHost.Build(api.Store, api.Analyzer, [url]));

        Assert.Contains("API key", e.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://127.0.0.2:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://example.org:5000", false)]
    public void tells_loopback_addresses_from_open_ones(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    [Fact]
    public void builds_a_host_on_a_non_loopback_address_with_a_key()
    {
        ListenAddresses.RequireApiKeyOffLoopback(["http://0.0.0.0:5000"], Key);
    }
}
