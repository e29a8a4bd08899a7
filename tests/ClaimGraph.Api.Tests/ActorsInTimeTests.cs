using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>Issue 7: titles read as office holders, why an actor's names merged, and an actor's timeline.</summary>
[Collection(ApiCollection.Name)]
public sealed class ActorsInTimeTests(ApiHostFixture api)
{
    private const string Ingest =
        """
        mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id
          titleReferences { title office at holderId holderName holderQid namedId consistent start end } } } }
        """;

    private async Task<JsonElement> IngestAsync(string name, string text, string date) =>
        (await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = name, name, text, publishedAt = date } })).Ok().GetProperty("ingestDocument").GetProperty("document");

    [Fact]
    public async Task titles_read_as_their_holders_show_in_the_document_and_in_the_holder_s_merged_names()
    {
        const string Text = "美国总统宣布对中国商品加征关税。国务卿拜登访问北京。";
        var document = await IngestAsync("api-titles.txt", Text, "2019-06-01");
        try
        {
            var titles = document.Items("titleReferences").ToList();
            var president = titles.Single(t => t.Str("title") == "美国总统");
            Assert.Equal(("US_PRESIDENT", "2019-06-01", "PERSON:特朗普", "Q22686", true),
                (president.Str("office"), president.Str("at"), president.Str("holderId"), president.Str("holderQid"), president.GetProperty("consistent").GetBoolean()));
            Assert.Equal("美国总统", Text[president.GetProperty("start").GetInt32()..president.GetProperty("end").GetInt32()]);
            var wrong = titles.Single(t => t.Str("title") == "国务卿");
            Assert.Equal(("PERSON:蓬佩奥", "PERSON:拜登", false), (wrong.Str("holderId"), wrong.Str("namedId"), wrong.GetProperty("consistent").GetBoolean()));

            var merged = (await api.Client.PostGraphQLAsync("""{ actor(name: "特朗普") { id mergedFrom { surface rule count } } }""")).Ok().GetProperty("actor");
            Assert.Equal("PERSON:特朗普", merged.Str("id"));
            Assert.Contains(merged.Items("mergedFrom"), m => (m.Str("surface"), m.Str("rule")) == ("美国总统", "office-holder:US_PRESIDENT"));
            Assert.Contains(merged.Items("mergedFrom"), m => m.Str("surface") == "特朗普" && m.Str("rule")!.Length > 0);
        }
        finally
        {
            await api.Store.DeleteDocumentAsync(document.Str("id")!);
        }
    }

    [Fact]
    public async Task an_actor_s_timeline_counts_its_claims_per_year_of_claim_time()
    {
        const string Query = """{ actor(name: "美国") { timeline { year claims cooperation conflict } all: claims(first: 0) { totalCount } } }""";
        var actor = (await api.Client.PostGraphQLAsync(Query)).Ok().GetProperty("actor");
        var timeline = actor.Items("timeline").ToList();

        Assert.True(timeline.Count >= 2);
        Assert.Equal(timeline.Select(t => t.GetProperty("year").GetInt32()).Order(), timeline.Select(t => t.GetProperty("year").GetInt32()));
        foreach (var point in timeline.Take(3))
        {
            var year = point.GetProperty("year").GetInt32();
            var inYear = (await api.Client.PostGraphQLAsync($$"""{ actor(name: "美国") { claims(first: 0) { totalCount } } claims(from: {{year}}, to: {{year}}, first: 100) { nodes { subject { id } object { id } } } }""")).Ok();
            var expected = inYear.GetProperty("claims").Items("nodes").Count(c => c.Str("subject", "id") == "COUNTRY:美国" || (c.GetProperty("object").ValueKind == JsonValueKind.Object && c.Str("object", "id") == "COUNTRY:美国"));
            if (expected < 100) Assert.Equal(expected, point.GetProperty("claims").GetInt32());
        }
        Assert.True(timeline.Sum(t => t.GetProperty("claims").GetInt32()) <= actor.GetProperty("all").GetProperty("totalCount").GetInt32());
    }
}
