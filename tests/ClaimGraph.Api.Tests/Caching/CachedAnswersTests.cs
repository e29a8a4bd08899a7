using System.Text.Json;
using ClaimGraph.Api.Caching;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Tests.Caching;

/// <summary>
/// The response cache through the real host: with it on, answers are the same bytes as with it off, and any write
/// (an ingest or a review through the API, another process writing the same file) makes the next answer fresh.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CachedAnswersTests(ApiHostFixture api)
{
    private const string Stats = "{ stats { documents claims } }";

    public static TheoryData<string> Queries => new()
    {
        """{ actor(name: "美方") { name englishName qid aliases { text count } relations(minClaims: 2) { other { name } direction claims cooperation conflict byPredicate { predicate count } } } }""",
        """{ claims(subject: "美国", first: 5) { totalCount nodes { predicate modality negated cue sentence { text } document { name } } } }""",
        """{ network(actors: ["美国"], depth: 2) { nodes { id name type claims } edges { source target predicate count cooperation conflict } } }""",
        """{ search(text: "印太战略", first: 5) { rank sentence { text } claims { predicate cue } } }""",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task answers_with_the_cache_on_are_the_bytes_answered_with_it_off(string query)
    {
        await using var cached = await ProtectedHost.StartAsync(api, o => o.ResponseCacheBytes = 16 * 1024 * 1024);
        await using var uncached = await ProtectedHost.StartAsync(api, o => o.ResponseCacheBytes = 0);

        var off = await RawAsync(uncached.Client, query);
        var first = await RawAsync(cached.Client, query);
        var second = await RawAsync(cached.Client, query);

        Assert.DoesNotContain("\"errors\"", off);
        Assert.Null(uncached.Services.GetRequiredService<CachedAnswers>().Cache);
        Assert.Equal(1, cached.Services.GetRequiredService<CachedAnswers>().Cache!.Count);
        Assert.Equal(off, first);
        Assert.Equal(off, second);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task a_client_that_accepts_gzip_gets_the_same_answer_packed_when_it_is_large(string query)
    {
        const int large = 4096;
        await using var cached = await ProtectedHost.StartAsync(api, o => (o.ResponseCacheBytes, o.GzipMinBytes) = (16 * 1024 * 1024, large));
        await using var uncached = await ProtectedHost.StartAsync(api, o => o.ResponseCacheBytes = 0);
        var off = await RawAsync(uncached.Client, query);

        foreach (var round in new[] { "computed", "kept" })
        {
            using var response = await PostAsync(cached.Client, query, "gzip, deflate, br");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var packed = response.Content.Headers.ContentEncoding.Contains("gzip");

            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            var size = System.Text.Encoding.UTF8.GetByteCount(off);
            Assert.Equal(size >= large, packed);
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            var text = packed ? Inflate(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
            Assert.True(off == text, $"the {round} answer differs from the uncached one");
            if (packed) Assert.True(bytes.Length * 3 < size, $"{bytes.Length} bytes packed from {size}");
        }
    }

    [Theory]
    [InlineData("gzip;q=0", false)]
    [InlineData("identity", false)]
    [InlineData("br", false)]
    [InlineData("gzip", true)]
    [InlineData("*", true)]
    public async Task a_large_answer_is_packed_only_for_a_client_that_accepts_gzip(string acceptEncoding, bool packed)
    {
        await using var cached = await ProtectedHost.StartAsync(api, o => (o.ResponseCacheBytes, o.GzipMinBytes) = (16 * 1024 * 1024, 4096));
        const string query = """{ network(actors: ["美国"], depth: 2) { nodes { id name type claims } edges { source target predicate count } } }""";

        for (var round = 0; round < 2; round++)
        {
            using var response = await PostAsync(cached.Client, query, acceptEncoding);
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(packed, response.Content.Headers.ContentEncoding.Contains("gzip"));
            Assert.Contains("\"network\"", packed ? Inflate(bytes) : System.Text.Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact]
    public async Task an_operation_name_cannot_pass_for_another_request_s_variables()
    {
        await using var host = await ProtectedHost.StartAsync(api, o => o.ResponseCacheBytes = 1024 * 1024);
        var answers = host.Services.GetRequiredService<CachedAnswers>();

        Assert.NotEqual(answers.KeyOf("\nquery Q { stats { documents } }", "Q", "{\"a\":1}"), answers.KeyOf("query Q { stats { documents } }", "Q\n{\"a\":1}", null));
        Assert.NotEqual(answers.KeyOf("{ a }", null, "{}"), answers.KeyOf("{ a }", "{}", null));
    }

    [Fact]
    public async Task an_answer_with_errors_is_not_kept()
    {
        await using var cached = await ProtectedHost.StartAsync(api, o => o.ResponseCacheBytes = 16 * 1024 * 1024);

        var response = await cached.Client.PostGraphQLAsync("""{ network(actors: ["no such actor anywhere"]) { nodes { id } } }""");

        Assert.NotEmpty(response.ErrorCodes);
        Assert.Equal(0, cached.Services.GetRequiredService<CachedAnswers>().Cache!.Count);
    }

    [Fact]
    public async Task an_ingest_a_review_another_process_writing_the_file_and_a_deletion_each_make_the_next_answer_fresh()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"cache-{Guid.NewGuid():N}.db");
        var analyzer = new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly: true).ForDocuments();
        try
        {
            await using var store = new SqliteGraphStore(path);
            await store.InitializeAsync();
            var app = ApiHost.Build(store, analyzer, ["http://127.0.0.1:0"], o => o.ResponseCacheBytes = 16 * 1024 * 1024);
            await app.StartAsync();
            await using var _ = app;
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            var cache = app.Services.GetRequiredService<CachedAnswers>().Cache!;

            await IngestAsync(client, "one", "美国与日本合作。美国对中国实施遏制。");
            Assert.Equal(1, await DocumentsAsync(client));
            Assert.Equal(1, await DocumentsAsync(client));
            Assert.Equal(1, cache.Count);

            await IngestAsync(client, "two", "中国支持东盟推动RCEP。");
            Assert.Equal(2, await DocumentsAsync(client));

            var claimQuery = """{ claims(first: 1) { nodes { id reviews { verdict } } } }""";
            var claim = (await client.PostGraphQLAsync(claimQuery)).Ok().GetProperty("claims").GetProperty("nodes")[0];
            Assert.Equal(0, claim.GetProperty("reviews").GetArrayLength());
            (await client.PostGraphQLAsync("mutation($id: ID!) { reviewClaim(id: $id, verdict: CONFIRM) { verdict } }", new { id = claim.Str("id") })).Ok();
            var reviewed = (await client.PostGraphQLAsync(claimQuery)).Ok().GetProperty("claims").GetProperty("nodes")[0];
            Assert.Equal("CONFIRM", reviewed.GetProperty("reviews")[0].Str("verdict"));

            // Another store over the same file stands for another process writing it.
            await using (var other = new SqliteGraphStore(path))
            {
                await new DocumentIngestor(analyzer, other).IngestAsync(new DocumentInput("three", "俄罗斯反对北约东扩。"));
            }
            Assert.Equal(3, await DocumentsAsync(client));

            var two = (await client.PostGraphQLAsync("""{ documents(first: 10) { nodes { id name } } }""")).Ok()
                .GetProperty("documents").Items("nodes").Single(d => d.Str("name") == "two").Str("id");
            Assert.True((await client.PostGraphQLAsync("mutation($id: ID!) { deleteDocument(id: $id) }", new { id = two })).Ok().GetProperty("deleteDocument").GetBoolean());
            Assert.Equal(2, await DocumentsAsync(client));
            await app.StopAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }
    }

    private static async Task IngestAsync(HttpClient client, string title, string text) =>
        (await client.PostGraphQLAsync("mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }", new { input = new { title, text } })).Ok();

    private static async Task<int> DocumentsAsync(HttpClient client) =>
        (await client.PostGraphQLAsync(Stats)).Ok().GetProperty("stats").GetProperty("documents").GetInt32();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return client.SendAsync(request);
    }

    private static string Inflate(byte[] packed)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(packed), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<string> RawAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
