using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>What the dashboard asks beyond the plain network: modality, year and document filters, and evidence offsets it can highlight.</summary>
[Collection(ApiCollection.Name)]
public sealed class NetworkFilterTests(ApiHostFixture api)
{
    private const string Biden = "000_7f31d1b3d6251144.txt";

    private static int Claims(JsonElement network) => network.Items("edges").Sum(e => e.GetProperty("count").GetInt32());

    private async Task<JsonElement> NetworkAsync(string arguments) =>
        (await api.Client.PostGraphQLAsync($$"""{ network({{arguments}}) { nodes { id } edges { source target predicate negated count firstYear lastYear } } }""")).Ok().GetProperty("network");

    private async Task<int> ClaimCountAsync(string arguments) =>
        (await api.Client.PostGraphQLAsync($$"""{ claims({{arguments}}, first: 0) { totalCount } }""")).Ok().GetProperty("claims").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task counts_network_edges_from_only_the_claims_of_the_modalities_asked_for()
    {
        var all = await NetworkAsync("minWeight: 1");
        var predicted = await NetworkAsync("modalities: [PREDICTED], includeNegated: true");

        Assert.True(Claims(predicted) > 0);
        Assert.True(Claims(predicted) < Claims(all));
        // Every predicted claim with an object makes one edge count; claims without an object make none.
        Assert.Equal(await ClaimCountAsync("modality: PREDICTED") - await ClaimsWithoutObjectAsync("PREDICTED"), Claims(predicted));
    }

    [Fact]
    public async Task keeps_only_edges_whose_claims_name_a_year_in_the_range()
    {
        var network = await NetworkAsync("from: 2017, to: 2021");

        Assert.NotEmpty(network.Items("edges"));
        Assert.All(network.Items("edges"), e =>
        {
            Assert.InRange(e.GetProperty("firstYear").GetInt32(), 2017, 2021);
            Assert.InRange(e.GetProperty("lastYear").GetInt32(), 2017, 2021);
        });
        Assert.True(Claims(network) <= await ClaimCountAsync("from: 2017, to: 2021, negated: false"));
    }

    [Fact]
    public async Task draws_the_network_of_one_document()
    {
        var documents = (await api.Client.PostGraphQLAsync("{ documents(first: 10) { nodes { id name } } }")).Ok();
        var biden = documents.GetProperty("documents").Items("nodes").Single(d => d.Str("name") == Biden).Str("id")!;

        var network = await NetworkAsync($"""document: "{biden}", includeNegated: true""");
        var whole = await NetworkAsync("includeNegated: true");

        Assert.Contains(network.Items("edges"), e => (e.Str("source"), e.Str("target"), e.Str("predicate")) == ("ADMINISTRATION:拜登政府", "ADMINISTRATION:特朗普政府", "CONTINUES"));
        Assert.True(Claims(network) < Claims(whole));
        Assert.Equal(await ClaimCountAsync($"""document: "{biden}" """) - await ClaimsWithoutObjectAsync(null, biden), Claims(network));
    }

    [Fact]
    public async Task refuses_a_year_range_that_ends_before_it_starts_with_bad_input()
    {
        var network = await api.Client.PostGraphQLAsync("{ network(from: 2022, to: 2017) { nodes { id } } }");
        var claims = await api.Client.PostGraphQLAsync("{ claims(from: 2022, to: 2017) { totalCount } }");

        Assert.Equal("BAD_INPUT", Assert.Single(network.ErrorCodes));
        Assert.Equal("BAD_INPUT", Assert.Single(claims.ErrorCodes));
    }

    [Fact]
    public async Task filters_claims_by_the_year_their_evidence_names()
    {
        var data = (await api.Client.PostGraphQLAsync("{ claims(from: 2021, to: 2021, first: 100) { totalCount nodes { year } } }")).Ok();

        Assert.True(data.GetProperty("claims").GetProperty("totalCount").GetInt32() > 0);
        Assert.All(data.GetProperty("claims").Items("nodes"), c => Assert.Equal(2021, c.GetProperty("year").GetInt32()));
    }

    /// <summary>The dashboard highlights subject and object by their offsets in the sentence's original text.</summary>
    [Fact]
    public async Task evidence_offsets_less_the_sentence_start_mark_the_subject_and_object_in_the_original_sentence()
    {
        var data = (await api.Client.PostGraphQLAsync(
            """
            { claims(subject: "拜登政府", first: 100) { nodes {
                subjectText objectText sentence { text originalText start end }
                evidence { subjectStart subjectEnd objectStart objectEnd } } } }
            """)).Ok();

        var nodes = data.GetProperty("claims").Items("nodes").ToList();
        Assert.NotEmpty(nodes);
        Assert.Contains(nodes, n => n.Str("sentence", "originalText")!.Contains('\n'));
        foreach (var n in nodes)
        {
            var sentence = n.GetProperty("sentence");
            var original = sentence.Str("originalText")!;
            var start = sentence.GetProperty("start").GetInt32();
            Assert.Equal(sentence.GetProperty("end").GetInt32() - start, original.Length);
            var evidence = n.GetProperty("evidence");
            Assert.Equal(n.Str("subjectText"), Unbroken(original[(evidence.GetProperty("subjectStart").GetInt32() - start)..(evidence.GetProperty("subjectEnd").GetInt32() - start)]));
            if (n.Str("objectText") is { } objectText)
                Assert.Equal(objectText, Unbroken(original[(evidence.GetProperty("objectStart").GetInt32() - start)..(evidence.GetProperty("objectEnd").GetInt32() - start)]));
        }
    }

    private static string Unbroken(string surface) => surface.Replace("\r", "").Replace("\n", "");

    private async Task<int> ClaimsWithoutObjectAsync(string? modality, string? document = null)
    {
        var count = 0;
        string? after = null;
        do
        {
            var args = string.Join(", ", new[] { modality is null ? null : $"modality: {modality}", document is null ? null : $"document: \"{document}\"", after is null ? null : $"after: \"{after}\"" }.Where(a => a is not null));
            var page = (await api.Client.PostGraphQLAsync($$"""{ claims({{args}}{{(args.Length > 0 ? ", " : "")}}first: 100) { nodes { object { id } } pageInfo { hasNextPage endCursor } } }""")).Ok().GetProperty("claims");
            count += page.Items("nodes").Count(n => n.GetProperty("object").ValueKind == JsonValueKind.Null);
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").Str("endCursor") : null;
        }
        while (after is not null);
        return count;
    }
}
