using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimGraph.Storage.Contract.GraphQL;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j.Tests.Contract;

/// <summary>The same documents in both stores: every query of the API gets the same answer, character for character.</summary>
[RequiresEnvironment(Neo4jTestDatabase.Variable, Neo4jTestDatabase.Need)]
[Collection(Neo4jTestDatabase.Collection)]
public sealed class StoresAnswerAlikeTests(BothStoresFixture stores) : IClassFixture<BothStoresFixture>
{
    [StoreTheory]
    [MemberData(nameof(ApiQueries.Names), MemberType = typeof(ApiQueries))]
    public async Task both_stores_answer_each_query_of_the_api_alike(string name)
    {
        var query = ApiQueries.Named(name);

        var sqlite = await stores.Sqlite.Api.RunAsync(query.Query, query.Variables);
        var neo4j = await stores.Neo4j.Api.RunAsync(query.Query, query.Variables);

        Assert.Equal(sqlite, neo4j);
        Assert.DoesNotContain("\"errors\"", neo4j);
    }

    [StoreTheory]
    [InlineData("美国")]
    [InlineData("印太战略")]
    [InlineData("RCEP")]
    [InlineData("rcep")]
    [InlineData("的")]
    [InlineData("拜登政府延续")]
    public async Task both_stores_rank_search_hits_alike(string text)
    {
        var sqlite = await stores.Sqlite.Store.SearchAsync(text, 100);
        var neo4j = await stores.Neo4j.Store.SearchAsync(text, 100);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, neo4j);
    }

    [StoreFact]
    public async Task both_stores_hold_the_same_records()
    {
        var a = stores.Sqlite.Store;
        var b = stores.Neo4j.Store;
        var documents = (await a.DocumentsAsync(new PageRequest(100, null))).Items.Select(d => d.Id).ToList();

        Assert.Equal(await a.StatsAsync(), await b.StatsAsync());
        Assert.Equal(WithoutIngestTime(await a.DocumentsByIdAsync(documents)), WithoutIngestTime(await b.DocumentsByIdAsync(documents)));
        Assert.Equal(await a.SentencesOfDocumentsAsync(documents), await b.SentencesOfDocumentsAsync(documents));
        Assert.Equal(await a.AuthorsAsync(documents), await b.AuthorsAsync(documents));
        Assert.Equal(await a.NotesAsync(documents), await b.NotesAsync(documents));
        Assert.Equal(await a.LinksForDocumentsAsync(documents), await b.LinksForDocumentsAsync(documents));
        foreach (var id in documents) Assert.Equal(await a.MentionsAsync(id), await b.MentionsAsync(id));
        var actors = (await a.ActorsAsync(new ActorFilter(), new PageRequest(10_000, null))).Items;
        Assert.Equal(actors, (await b.ActorsAsync(new ActorFilter(), new PageRequest(10_000, null))).Items);
        var ids = actors.Select(x => x.Id).ToList();
        Assert.Equal(await a.AliasesAsync(ids), await b.AliasesAsync(ids));
        Assert.Equal(await a.RelationsAsync(ids, 1), await b.RelationsAsync(ids, 1));
        Assert.Equal(await a.RelationsAsync([], 1), await b.RelationsAsync([], 1));
        Assert.Equal((await a.ClaimsAsync(new ClaimFilter(), new PageRequest(10_000, null))).Items, (await b.ClaimsAsync(new ClaimFilter(), new PageRequest(10_000, null))).Items);
    }

    [StoreFact]
    public async Task both_stores_hold_the_same_dates_times_title_references_and_timelines()
    {
        var a = stores.Sqlite.Store;
        var b = stores.Neo4j.Store;
        var documents = (await a.DocumentsAsync(new PageRequest(100, null))).Items.Select(d => d.Id).ToList();
        var ids = (await a.ActorsAsync(new ActorFilter(), new PageRequest(10_000, null))).Items.Select(x => x.Id).ToList();
        var slice = new ClaimSlice { FromYear = 2017, ToYear = 2020 };

        Assert.Equal(await a.TitleReferencesAsync(documents), await b.TitleReferencesAsync(documents));
        Assert.Equal(await a.MergedFromAsync(ids), await b.MergedFromAsync(ids));
        Assert.Equal(await a.TimelineAsync(ids), await b.TimelineAsync(ids));
        Assert.Equal(await a.RelationsAsync(["COUNTRY:美国"], 1, slice), await b.RelationsAsync(["COUNTRY:美国"], 1, slice));
        var range = new ClaimFilter { FromYear = 2021, ToYear = 2024 };
        Assert.Equal((await a.ClaimsAsync(range, new PageRequest(10_000, null))).Items, (await b.ClaimsAsync(range, new PageRequest(10_000, null))).Items);
    }

    private static IEnumerable<DocumentRecord> WithoutIngestTime(IEnumerable<DocumentRecord> documents) =>
        documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d with { IngestedAt = "" });
}

/// <summary>The same mutations on two empty stores: the same answers, but for the time they were made.</summary>
[RequiresEnvironment(Neo4jTestDatabase.Variable, Neo4jTestDatabase.Need)]
[Collection(Neo4jTestDatabase.Collection)]
public sealed partial class MutationsAnswerAlikeTests : IAsyncLifetime
{
    private readonly TemporarySqliteStore _file = new();
    private IGraphStore _sqlite = null!;
    private IGraphStore _neo4j = null!;

    public async Task InitializeAsync()
    {
        await Neo4jTestDatabase.EmptyAsync();
        _sqlite = _file.Open();
        _neo4j = new Neo4jGraphStore(Neo4jTestDatabase.Options);
        await _sqlite.InitializeAsync();
        await _neo4j.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _neo4j.DisposeAsync();
        _file.Delete();
    }

    [StoreFact]
    public async Task both_stores_answer_ingest_replace_review_and_delete_alike()
    {
        Assert.Equal(await ScriptAsync(_sqlite), await ScriptAsync(_neo4j));
    }

    /// <summary>Ingest, ingest again, replace under the same name, review, read, delete: every answer, timestamps blanked.</summary>
    private static async Task<List<string>> ScriptAsync(IGraphStore store)
    {
        using var api = new InProcessGraphQL(store, TestDocuments.Analyzer);
        const string ingest = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id name claimCount } claims { id subject { name } predicate object { name } negated modality } } }";
        var answers = new List<string>
        {
            await api.RunAsync(ingest, new { input = new { title = "样本", name = "sample.txt", text = TestDocuments.SampleText } }),
            await api.RunAsync(ingest, new { input = new { title = "样本", name = "sample.txt", text = TestDocuments.SampleText } }),
            await api.RunAsync(ingest, new { input = new { title = "第二", name = "second.txt", text = "2019 年，美国同日本合作。中国反对美国的制裁。" } }),
            await api.RunAsync(ingest, new { input = new { title = "第二", name = "second.txt", text = "美国与日本合作。" } }),
            await api.RunAsync("mutation { reviewClaim(id: \"1\", verdict: CORRECT, correction: { predicate: ENGAGES }, note: \"n\") { id verdict correctedPredicate originalPredicate reviewedAt claim { status } } }"),
            await api.RunAsync("{ stats { documents sentences mentions claims actors relations } actor(name: \"美国\") { relations { other { id } direction claims cooperation conflict firstYear lastYear } } }"),
            // Issue 6: both stores cut a network to the same strongest nodes and count the same nodes before the cut.
            await api.RunAsync("{ network(actors: [\"美国\"], depth: 2, first: 2) { totalNodes truncated nodes { id } edges { source target predicate count } } }"),
        };
        var second = JsonDocument.Parse(answers[3]).RootElement.GetProperty("data").GetProperty("ingestDocument").GetProperty("document").GetProperty("id").GetString();
        answers.Add(await api.RunAsync("mutation($id: ID!) { deleteDocument(id: $id) }", new { id = second }));
        answers.Add(await api.RunAsync("{ stats { documents claims relations } network { edges { source target predicate count } } }"));
        return answers.Select(a => Timestamp().Replace(a, "\"reviewedAt\":\"…\"")).ToList();
    }

    [GeneratedRegex("\"reviewedAt\":\"[^\"]*\"")]
    private static partial Regex Timestamp();
}
