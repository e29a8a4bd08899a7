using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>Issue 7: document dates with their evidence, claim times, and the network sliced by claim time.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimeSliceTests(ApiHostFixture api)
{
    private async Task<JsonElement> DocumentNamedAsync(string name) =>
        (await api.Client.PostGraphQLAsync("{ documents(first: 10) { nodes { name date { value precision evidence evidenceStart evidenceEnd confidence rule unknownReason } } } }"))
            .Ok().GetProperty("documents").Items("nodes").Single(d => d.Str("name") == name);

    [Fact]
    public async Task document_002_is_dated_by_its_shougao_riqi_with_the_evidence()
    {
        var date = (await DocumentNamedAsync("002_648fd424058401db.txt")).GetProperty("date");

        Assert.Equal(("2022-04-18", "DAY", "2022-04-18", "received-date"), (date.Str("value"), date.Str("precision"), date.Str("evidence"), date.Str("rule")));
        Assert.InRange(date.GetProperty("confidence").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public async Task document_003_is_dated_by_its_page_timestamp()
    {
        var date = (await DocumentNamedAsync("003_1efdb12d51446c5e.txt")).GetProperty("date");

        Assert.Equal(("2020-11-10", "DAY", "1604955149000", "page-timestamp"), (date.Str("value"), date.Str("precision"), date.Str("evidence"), date.Str("rule")));
    }

    [Fact]
    public async Task an_undated_document_says_why()
    {
        var date = (await DocumentNamedAsync("000_7f31d1b3d6251144.txt")).GetProperty("date");

        Assert.Equal(JsonValueKind.Null, date.GetProperty("value").ValueKind);
        Assert.StartsWith("no 收稿日期", date.Str("unknownReason"));
    }

    private async Task<(int Claims, double Cooperation, double Conflict)> UsChinaAsync(int from, int to)
    {
        var edges = (await api.Client.PostGraphQLAsync($$"""{ network(actors: ["美国"], from: {{from}}, to: {{to}}) { edges { source target count cooperation conflict } } }"""))
            .Ok().GetProperty("network").Items("edges").Where(e => (e.Str("source"), e.Str("target")) == ("COUNTRY:美国", "COUNTRY:中国")).ToList();
        return (edges.Sum(e => e.GetProperty("count").GetInt32()),
            Math.Round(edges.Sum(e => e.GetProperty("cooperation").GetDouble()), 6), Math.Round(edges.Sum(e => e.GetProperty("conflict").GetDouble()), 6));
    }

    private async Task<int> UsChinaClaimsAsync(int from, int to) =>
        (await api.Client.PostGraphQLAsync($$"""{ claims(subject: "美国", object: "中国", negated: false, from: {{from}}, to: {{to}}, first: 0) { totalCount } }"""))
            .Ok().GetProperty("claims").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task the_us_china_edge_weighs_differently_in_2017_2020_and_2021_2024_and_each_rests_on_its_claims()
    {
        var before = await UsChinaAsync(2017, 2020);
        var after = await UsChinaAsync(2021, 2024);

        Assert.True(before.Claims > 0 && after.Claims > 0, $"{before} {after}");
        Assert.NotEqual(before, after);
        Assert.Equal(await UsChinaClaimsAsync(2017, 2020), before.Claims);
        Assert.Equal(await UsChinaClaimsAsync(2021, 2024), after.Claims);
    }

    [Fact]
    public async Task every_claim_in_a_slice_has_its_time_in_the_slice()
    {
        var claims = (await api.Client.PostGraphQLAsync("{ claims(from: 2017, to: 2020, first: 100) { totalCount nodes { time { value precision year source } } } }"))
            .Ok().GetProperty("claims").Items("nodes").ToList();

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.InRange(c.GetProperty("time").GetProperty("year").GetInt32(), 2017, 2020));
        Assert.Contains(claims, c => c.GetProperty("time").Str("source") == "DOCUMENT");
    }

    [Fact]
    public async Task an_actor_s_relations_slice_by_claim_time()
    {
        const string Query = """{ actor(name: "美国") { all: relations { claims } early: relations(from: 2017, to: 2020) { claims } late: relations(from: 2021, to: 2024) { claims } } }""";
        var actor = (await api.Client.PostGraphQLAsync(Query)).Ok().GetProperty("actor");

        int Sum(string field) => actor.Items(field).Sum(r => r.GetProperty("claims").GetInt32());
        Assert.True(Sum("early") > 0 && Sum("late") > 0);
        Assert.True(Sum("early") + Sum("late") <= Sum("all"));
    }

    [Fact]
    public async Task ingest_document_takes_a_date_that_overrides_the_text_and_refuses_a_bad_one()
    {
        const string Ingest = """mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id date { value rule } } claims { time { value source } } } }""";
        var text = "收稿日期：2022-04-18\n美国与日本合作。";

        var bad = await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = "坏日期", name = "api-bad-date.txt", text, publishedAt = "2022-02-30" } });
        var ingested = (await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = "日期", name = "api-date.txt", text, publishedAt = "2019-05" } })).Ok().GetProperty("ingestDocument");
        try
        {
            Assert.Equal("INVALID_DOCUMENT", Assert.Single(bad.ErrorCodes));
            Assert.Equal(("2019-05", "caller"), (ingested.Str("document", "date", "value"), ingested.Str("document", "date", "rule")));
            Assert.All(ingested.Items("claims"), c => Assert.Equal("2019-05", c.GetProperty("time").Str("value")));
        }
        finally
        {
            await api.Store.DeleteDocumentAsync(ingested.Str("document", "id")!);
        }
    }
}
