using System.Text.Json;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Stores;

namespace ClaimGraph.Storage.Contract.GraphQL;

/// <summary>
/// The API's queries answered from a store holding the sample and the corpus: every query of the catalog, cursor
/// paging, errors for unknown actors, and hostile text in every argument, matched as the characters it is.
/// </summary>
public abstract class GraphQLContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CorpusStoreFixture
{
    protected TFixture Fixture { get; } = fixture;

    [StoreTheory]
    [MemberData(nameof(ApiQueries.Names), MemberType = typeof(ApiQueries))]
    public async Task answers_every_query_of_the_api(string name)
    {
        var query = ApiQueries.Named(name);

        var data = await Fixture.Api.DataAsync(query.Query, query.Variables);

        query.Check(data);
    }

    [StoreFact]
    public async Task pages_through_every_claim_with_the_cursors_it_gives()
    {
        var seen = new List<long>();
        string? after = null;
        JsonElement page;
        do
        {
            page = (await Fixture.Api.DataAsync("query($after: String) { claims(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }", new { after })).At("claims");
            seen.AddRange(page.Items("nodes").Select(n => long.Parse(n.Text("id")!)));
            after = page.Text("pageInfo.endCursor");
        }
        while (page.At("pageInfo.hasNextPage").GetBoolean());

        Assert.Equal(page.Int("totalCount"), seen.Count);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal((await Fixture.Store.StatsAsync()).Claims, seen.Distinct().Count());
    }

    [StoreFact]
    public async Task answers_unknown_actors_with_not_found()
    {
        Assert.Equal(["NOT_FOUND"], await Fixture.Api.ErrorCodesAsync("""{ network(actors: ["无此国"]) { nodes { id } } }"""));
        Assert.Equal(["NOT_FOUND"], await Fixture.Api.ErrorCodesAsync("""{ path(from: "美国", to: "无此国") { hops } }"""));
        Assert.Equal(JsonValueKind.Null, (await Fixture.Api.DataAsync("""{ actor(name: "无此国") { id } }""")).At("actor").ValueKind);
    }

    [StoreTheory]
    [MemberData(nameof(GraphStoreContract.Hostile), MemberType = typeof(GraphStoreContract))]
    public async Task hostile_text_in_any_argument_is_matched_as_written(string hostile)
    {
        var data = await Fixture.Api.DataAsync(
            """
            query($h: String!, $id: ID!) {
              bySubject: claims(subject: $h) { totalCount } byObject: claims(object: $h) { totalCount } bySource: claims(source: $h) { totalCount }
              byDocument: claims(document: $id) { totalCount } byText: claims(text: $h, first: 100) { nodes { sentence { text } } }
              actors(search: $h, first: 100) { nodes { name englishName aliases { text } } } actor(name: $h) { id } actorById: actor(id: $id) { id } policy(name: $h) { id } policies(search: $h, first: 100) { name englishName aliases { text } }
              document(id: $id) { id } claim(id: $id) { id } search(text: $h, first: 100) { sentence { text } }
            }
            """, new { h = hostile, id = hostile });

        foreach (var count in new[] { "bySubject", "byObject", "bySource", "byDocument" })
            Assert.Equal(0, data.Int($"{count}.totalCount"));
        foreach (var missing in new[] { "actor", "actorById", "policy", "document", "claim" })
            Assert.Equal(JsonValueKind.Null, data.At(missing).ValueKind);
        Assert.All(data.Items("actors.nodes").Concat(data.Items("policies")), a => Assert.True(
            new[] { a.Text("name"), a.Text("englishName") }.Concat(a.Items("aliases").Select(x => x.Text("text"))).Any(n => n?.Contains(hostile, StringComparison.Ordinal) == true), a.ToString()));
        Assert.All(data.Items("byText.nodes"), c => Assert.Contains(hostile, c.Text("sentence.text"), StringComparison.Ordinal));
        // Three characters or more go through the trigram index, which folds case.
        var comparison = hostile.Trim().Length >= 3 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        Assert.All(data.Items("search"), h => Assert.Contains(hostile.Trim(), h.Text("sentence.text"), comparison));
        Assert.Equal(["NOT_FOUND"], await Fixture.Api.ErrorCodesAsync("query($h: String!) { network(actors: [$h]) { nodes { id } } }", new { h = hostile }));
        Assert.Equal(["NOT_FOUND"], await Fixture.Api.ErrorCodesAsync("query($h: String!) { path(from: $h, to: \"美国\") { hops } }", new { h = hostile }));
    }
}
