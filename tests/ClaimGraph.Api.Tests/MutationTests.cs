using System.Text.Json;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Api.Tests;

/// <summary>ingestDocument and deleteDocument over HTTP: valid documents round-trip, invalid ones change nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class MutationTests(ApiHostFixture api)
{
    private const string Ingest =
        """
        mutation($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            status
            document { id name title sentenceCount claimCount }
            claims { subject { name } predicate object { name } negated modality }
          }
        }
        """;

    public static TheoryData<string, string> InvalidTexts => new()
    {
        { "empty", "" },
        { "whitespace only", " \n\t\u3000 \r\n" },
        { "a NUL character", "美国与日本合作。\0中国反对。" },
    };

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public async Task refuses_an_invalid_document_with_a_code_and_changes_nothing(string what, string text)
    {
        var before = await api.Store.StatsAsync();

        var response = await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = $"invalid: {what}", text } });

        Assert.Equal("INVALID_DOCUMENT", Assert.Single(response.ErrorCodes));
        Assert.Equal(before, await api.Store.StatsAsync());
    }

    [Fact]
    public async Task ingests_a_small_document_returns_its_claims_and_deletes_it_again()
    {
        var before = await api.Store.StatsAsync();

        var ingested = (await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = "小文档", name = "api-roundtrip.txt", text = "拜登政府延续特朗普政府的印太战略。美国不会与中国合作。" } })).Ok().GetProperty("ingestDocument");
        var id = ingested.Str("document", "id")!;
        try
        {
            await AssertRoundTripAsync(ingested, id, before);
        }
        finally
        {
            await api.Store.DeleteDocumentAsync(id);
        }
    }

    private async Task AssertRoundTripAsync(JsonElement ingested, string id, StoreStats before)
    {
        Assert.Equal("INSERTED", ingested.Str("status"));
        Assert.Equal(("api-roundtrip.txt", "小文档"), (ingested.Str("document", "name"), ingested.Str("document", "title")));
        var claims = ingested.Items("claims").ToList();
        Assert.Contains(claims, c => (c.Str("subject", "name"), c.Str("predicate"), c.Str("object", "name")) == ("拜登政府", "CONTINUES", "特朗普政府"));
        Assert.Contains(claims, c => (c.Str("subject", "name"), c.Str("predicate"), c.Str("negated")) == ("美国", "COOPERATES", "True"));
        var during = await api.Store.StatsAsync();
        Assert.Equal((before.Documents + 1, before.Claims + claims.Count), (during.Documents, during.Claims));

        var deleted = (await api.Client.PostGraphQLAsync("mutation($id: ID!) { deleteDocument(id: $id) }", new { id })).Ok();

        Assert.True(deleted.GetProperty("deleteDocument").GetBoolean());
        var after = await api.Store.StatsAsync();
        Assert.Equal((before.Documents, before.Sentences, before.Mentions, before.Claims, before.Relations),
            (after.Documents, after.Sentences, after.Mentions, after.Claims, after.Relations));
        var gone = (await api.Client.PostGraphQLAsync("query($id: ID!) { document(id: $id) { id } claims(document: $id) { totalCount } }", new { id })).Ok();
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("document").ValueKind);
        Assert.Equal(0, gone.GetProperty("claims").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ingesting_the_same_text_again_reports_unchanged()
    {
        var input = new { title = "重复", name = "api-repeat.txt", text = "东盟推动RCEP。" };
        var first = (await api.Client.PostGraphQLAsync(Ingest, new { input })).Ok().GetProperty("ingestDocument");
        try
        {
            var stats = await api.Store.StatsAsync();

            var second = (await api.Client.PostGraphQLAsync(Ingest, new { input })).Ok().GetProperty("ingestDocument");

            Assert.Equal(("INSERTED", "UNCHANGED"), (first.Str("status"), second.Str("status")));
            Assert.Equal(first.Str("document", "id"), second.Str("document", "id"));
            Assert.Equal(stats, await api.Store.StatsAsync());
        }
        finally
        {
            await api.Store.DeleteDocumentAsync(first.Str("document", "id")!);
        }
    }

    [Fact]
    public async Task deleting_an_unknown_document_returns_false()
    {
        var data = (await api.Client.PostGraphQLAsync("""mutation { deleteDocument(id: "0000000000000000") }""")).Ok();

        Assert.False(data.GetProperty("deleteDocument").GetBoolean());
    }
}
