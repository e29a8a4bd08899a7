using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimGraph.Bench.Report;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Bench.Load;

/// <summary>
/// The four queries under concurrent load on the ingested graph, each beside the static JSON endpoint of the same
/// host loaded the same way (same request count and connections), whose body is the actor query's own answer.
/// </summary>
public static class GraphQLBench
{
    public static async Task RunAsync(string dbPath, string label, int requests, int floorRequests, int concurrency, BenchReport report, CancellationToken ct,
        IReadOnlyCollection<string>? only = null)
    {
        var queries = BenchQueries.All.Where(q => only is null || only.Count == 0 || only.Contains(q.Name)).ToList();
        if (queries.Count == 0) throw new ArgumentException($"no such query; the queries are {string.Join(", ", BenchQueries.All.Select(q => q.Name))}");
        await using var store = new SqliteGraphStore(dbPath);
        await store.InitializeAsync(ct);
        var analyzer = new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly: true).ForDocuments();
        var body = new BenchHost.StaticBody();
        await using var app = await BenchHost.StartAsync(store, analyzer, body, ct);
        using var load = new LoadGenerator(new Uri(app.Urls.First()), concurrency);
        body.Bytes = Encoding.UTF8.GetBytes(await AnswerAsync(app.Urls.First(), BenchQueries.All[0].Query, ct));

        var area = $"GraphQL, {label}, {concurrency} connections, {requests:N0} requests per query ({floorRequests:N0} to the floor)";
        foreach (var (name, query) in queries)
            report.Note($"{area}: {name} answers {Encoding.UTF8.GetByteCount(await AnswerAsync(app.Urls.First(), query, ct)):N0} bytes of JSON: {query}");
        Console.WriteLine($"{area}: warm-up");
        await load.RunAsync(concurrency * 4, Static, _ => false, ct);
        foreach (var (_, query) in queries) await load.RunAsync(concurrency * 2, () => Post(query), HasErrors, ct);

        var floor = await load.RunAsync(floorRequests, Static, _ => false, ct);
        Check(floor, "static");
        report.Add(new Figure(area, "static JSON endpoint (the floor): req/s", floor.RequestsPerSecond, "req/s", null, null));
        report.Add(new Figure(area, "static JSON endpoint: p50 / p99", floor.P50, $"ms p50 (p99 {BenchReport.Format(floor.P99)} ms)", null, null) { HigherIsBetter = false });
        report.Add(new Figure(area, "static JSON endpoint: CPU per request", floor.CpuMsPerRequest, "CPU-ms", null, null) { HigherIsBetter = false });
        foreach (var (name, query) in queries)
        {
            Console.WriteLine($"{area}: {name}");
            var result = await load.RunAsync(requests, () => Post(query), HasErrors, ct);
            Check(result, name);
            report.Add(new Figure(area, $"{name}: req/s", result.RequestsPerSecond, "req/s", floor.RequestsPerSecond, "static JSON endpoint, req/s"));
            report.Add(new Figure(area, $"{name}: p50", result.P50, "ms", floor.P50, "static JSON endpoint, p50") { HigherIsBetter = false });
            report.Add(new Figure(area, $"{name}: p99", result.P99, "ms", floor.P99, "static JSON endpoint, p99") { HigherIsBetter = false });
            // Server and load generator together, as for the floor: on a shared machine the figure that other load does not move.
            report.Add(new Figure(area, $"{name}: CPU per request", result.CpuMsPerRequest, "CPU-ms", floor.CpuMsPerRequest, "static JSON endpoint, CPU per request") { HigherIsBetter = false });
        }
        await app.StopAsync(ct);
    }

    private static HttpRequestMessage Static() => new(HttpMethod.Get, BenchHost.StaticPath);

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    /// <summary>A GraphQL answer with errors is a failure, not a fast answer.</summary>
    private static bool HasErrors(string body) => body.Contains("\"errors\"", StringComparison.Ordinal);

    private static void Check(LoadResult result, string name)
    {
        if (result.Failures > 0) throw new InvalidOperationException($"{name}: {result.Failures} of {result.Requests} requests failed under load");
    }

    /// <summary>The query's one top-level field is null or an empty list.</summary>
    private static bool FoundNothing(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        var field = json.RootElement.GetProperty("data").EnumerateObject().First().Value;
        return field.ValueKind == JsonValueKind.Null || (field.ValueKind == JsonValueKind.Array && field.GetArrayLength() == 0);
    }

    private static async Task<string> AnswerAsync(string baseUrl, string query, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var response = await client.SendAsync(Post(query), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode || HasErrors(text)) throw new InvalidOperationException($"a query failed before the load: {text[..Math.Min(text.Length, 300)]}");
        if (FoundNothing(text)) throw new InvalidOperationException($"a query found nothing, so its figure would measure nothing: {query}");
        return text;
    }
}
