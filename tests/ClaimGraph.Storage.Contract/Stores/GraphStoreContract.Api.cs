using ClaimGraph.Storage.Contract.GraphQL;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>The API's mutations on the store: ingest, review and delete through GraphQL.</summary>
public abstract partial class GraphStoreContract
{
    private const string IngestMutation =
        """
        mutation($input: IngestDocumentInput!) {
          ingestDocument(input: $input) { status document { id name title url publishedAt sentenceCount claimCount } claims { id subject { name } predicate object { name } } }
        }
        """;

    /// <summary>Every query of the API on the small fixture (the sample alone): answered, without errors.</summary>
    [StoreTheory]
    [MemberData(nameof(ApiQueries.Names), MemberType = typeof(ApiQueries))]
    public async Task answers_every_query_of_the_api_on_the_sample_alone(string name)
    {
        await IngestAsync(TestDocuments.Sample());
        using var api = new InProcessGraphQL(Store, TestDocuments.Analyzer);
        var query = ApiQueries.Named(name);

        var data = await api.DataAsync(query.Query, query.Variables);

        Assert.NotEqual(System.Text.Json.JsonValueKind.Undefined, data.ValueKind);
        Assert.NotEmpty(data.EnumerateObject());
    }

    [StoreFact]
    public async Task ingests_reviews_and_deletes_a_document_through_the_api()
    {
        using var api = new InProcessGraphQL(Store, TestDocuments.Analyzer);
        var input = new { title = "小文档", name = "api.txt", text = "拜登政府延续特朗普政府的印太战略。美国不会与中国合作。", publishedAt = "2021-03-01" };

        var ingested = (await api.DataAsync(IngestMutation, new { input })).At("ingestDocument");
        var again = (await api.DataAsync(IngestMutation, new { input })).At("ingestDocument");
        var claimId = ingested.Items("claims")[0].Text("id");
        var review = (await api.DataAsync("mutation($id: ID!) { reviewClaim(id: $id, verdict: REJECT, reviewer: \"a\") { verdict originalPredicate claim { id status } } }", new { id = claimId })).At("reviewClaim");
        var id = ingested.Text("document.id");
        var deleted = await api.DataAsync("mutation($id: ID!) { first: deleteDocument(id: $id) }", new { id });
        var deletedAgain = await api.DataAsync("mutation($id: ID!) { again: deleteDocument(id: $id) }", new { id });

        Assert.Equal(("INSERTED", "UNCHANGED"), (ingested.Text("status"), again.Text("status")));
        Assert.Equal(("api.txt", "小文档", "2021-03-01"), (ingested.Text("document.name"), ingested.Text("document.title"), ingested.Text("document.publishedAt")));
        Assert.Contains(ingested.Items("claims"), c => (c.Text("subject.name"), c.Text("predicate"), c.Text("object.name")) == ("拜登政府", "CONTINUES", "特朗普政府"));
        Assert.Equal(("REJECT", claimId, "REJECTED"), (review.Text("verdict"), review.Text("claim.id"), review.Text("claim.status")));
        Assert.True(deleted.At("first").GetBoolean());
        Assert.False(deletedAgain.At("again").GetBoolean());
        var stats = await Store.StatsAsync();
        Assert.Equal((0, 0, 0, 0), (stats.Documents, stats.Sentences, stats.Claims, stats.Relations));
        Assert.Single(await Store.AllReviewsAsync());
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_sent_through_the_api_is_stored_as_written(string hostile)
    {
        using var api = new InProcessGraphQL(Store, TestDocuments.Analyzer);
        var input = new { title = hostile, name = $"api {hostile}", text = $"美国与日本合作，并称{hostile}。", url = hostile, publishedAt = "2021-03-01" };

        var refusedDate = await api.ErrorCodesAsync(IngestMutation, new { input = input with { publishedAt = hostile } });
        Assert.Equal(0, (await Store.StatsAsync()).Documents);
        var ingested = (await api.DataAsync(IngestMutation, new { input })).At("ingestDocument");
        var claimId = ingested.Items("claims")[0].Text("id");
        var review = (await api.DataAsync("mutation($id: ID!, $h: String) { reviewClaim(id: $id, verdict: CONFIRM, reviewer: $h, note: $h) { reviewer note } }",
            new { id = claimId, h = hostile })).At("reviewClaim");
        var found = await api.DataAsync("query($h: String!) { claims(text: $h) { totalCount } documents { nodes { name title url publishedAt } } }", new { h = hostile });

        Assert.Equal("INSERTED", ingested.Text("status"));
        Assert.Equal(["INVALID_DOCUMENT"], refusedDate);
        Assert.Equal(($"api {hostile}", hostile, hostile, "2021-03-01"),
            (ingested.Text("document.name"), ingested.Text("document.title"), ingested.Text("document.url"), ingested.Text("document.publishedAt")));
        Assert.Equal((hostile, hostile), (review.Text("reviewer"), review.Text("note")));
        Assert.Equal(ingested.Items("claims").Count, found.Int("claims.totalCount"));
        var document = Assert.Single(found.Items("documents.nodes"));
        Assert.Equal(($"api {hostile}", hostile), (document.Text("name"), document.Text("title")));
    }
}
