using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>Issue 6: a network answers at most <c>first</c> nodes, the start actors and the strongest ties, and says what was cut.</summary>
[Collection(ApiCollection.Name)]
public sealed class NetworkCutTests(ApiHostFixture api)
{
    private const string UnitedStates = "COUNTRY:美国";

    private async Task<JsonElement> NetworkAsync(string arguments) =>
        (await api.Client.PostGraphQLAsync($$"""{ network({{arguments}}) { totalNodes truncated nodes { id } edges { source target count } } }""")).Ok().GetProperty("network");

    private static List<string> Ids(JsonElement network) => network.Items("nodes").Select(n => n.Str("id")!).ToList();

    [Fact]
    public async Task a_cut_network_keeps_its_start_actor_and_says_how_many_nodes_it_had()
    {
        var whole = await NetworkAsync("""actors: ["美国"], depth: 2, first: 1000""");
        var cut = await NetworkAsync("""actors: ["美国"], depth: 2, first: 5""");

        Assert.False(whole.GetProperty("truncated").GetBoolean());
        Assert.Equal(whole.GetProperty("totalNodes").GetInt32(), Ids(whole).Count);
        Assert.True(Ids(whole).Count > 5, "the test corpus should reach more than five actors within two hops of 美国");
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(whole.GetProperty("totalNodes").GetInt32(), cut.GetProperty("totalNodes").GetInt32());
        Assert.Equal(5, Ids(cut).Count);
        Assert.Contains(UnitedStates, Ids(cut));
        var kept = Ids(cut).ToHashSet();
        Assert.NotEmpty(cut.Items("edges"));
        Assert.All(cut.Items("edges"), e => Assert.True(kept.Contains(e.Str("source")!) && kept.Contains(e.Str("target")!)));
    }

    [Fact]
    public async Task one_hop_keeps_the_partners_with_the_most_claims_with_the_start_ties_broken_by_id()
    {
        var whole = await NetworkAsync("""actors: ["美国"], first: 1000""");
        var weights = whole.Items("edges")
            .Select(e => (Other: (e.Str("source") == UnitedStates ? e.Str("target") : e.Str("source"))!, Count: e.GetProperty("count").GetInt32()))
            .Where(e => e.Other != UnitedStates)
            .GroupBy(e => e.Other).Select(g => (Id: g.Key, Weight: g.Sum(e => e.Count))).ToList();
        var expected = weights.OrderByDescending(w => w.Weight).ThenBy(w => w.Id, StringComparer.Ordinal).Take(6).Select(w => w.Id).Append(UnitedStates);

        var cut = await NetworkAsync("""actors: ["美国"], first: 7""");

        Assert.Equal(expected.Order(StringComparer.Ordinal), Ids(cut).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task the_cut_is_the_same_every_time_and_a_larger_first_keeps_what_a_smaller_one_kept()
    {
        var seven = Ids(await NetworkAsync("""actors: ["美国"], depth: 2, first: 7"""));
        // Spelled differently, so the response cache cannot answer it from the first request.
        var again = Ids(await NetworkAsync("""depth: 2, actors: ["美国"], first: 7"""));
        var eight = Ids(await NetworkAsync("""actors: ["美国"], depth: 2, first: 8"""));

        Assert.Equal(seven, again);
        Assert.Subset(eight.ToHashSet(), seven.ToHashSet());
        Assert.Equal(8, eight.Count);
    }

    [Fact]
    public async Task every_start_actor_is_kept_even_when_first_is_smaller()
    {
        var network = await NetworkAsync("""actors: ["美国", "中国"], first: 1""");

        Assert.Equal(["COUNTRY:中国", UnitedStates], Ids(network).Order(StringComparer.Ordinal));
        Assert.True(network.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task the_whole_graph_s_network_is_cut_to_first_too()
    {
        var network = await NetworkAsync("first: 4");

        Assert.Equal(4, Ids(network).Count);
        Assert.True(network.GetProperty("totalNodes").GetInt32() > 4);
        Assert.True(network.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1001)]
    public async Task refuses_a_first_outside_one_to_a_thousand_with_bad_input(int first)
    {
        var response = await api.Client.PostGraphQLAsync($$"""{ network(actors: ["美国"], first: {{first}}) { nodes { id } } }""");

        Assert.Equal("BAD_INPUT", Assert.Single(response.ErrorCodes));
    }
}
