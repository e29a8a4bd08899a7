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
/// host loaded the same way (same connections), whose body is the actor query's own answer. Each load rotates over
/// the query's inputs (request i sends input i mod n). With the response cache measured too, the same loads run
/// again on a second host whose cache is on, after a warm-up that has sent every input.
/// </summary>
public static class GraphQLBench
{
    /// <summary>The response cache of the "cache on" host: room for every answer of the bench many times over.</summary>
    public const long CacheBytes = 64L * 1024 * 1024;

    public static async Task RunAsync(string dbPath, string label, GraphQLLoadSettings settings, BenchReport report, CancellationToken ct)
    {
        var queries = BenchQueries.All.Where(q => settings.Only.Count == 0 || settings.Only.Contains(q.Name)).ToList();
        if (queries.Count == 0) throw new ArgumentException($"no such query; the queries are {string.Join(", ", BenchQueries.All.Select(q => q.Name))}");
        if (settings.Inputs is < 1 or > BenchQueries.MaxInputs) throw new ArgumentException($"--inputs must be between 1 and {BenchQueries.MaxInputs}");
        await using var store = new SqliteGraphStore(dbPath);
        await store.InitializeAsync(ct);
        var analyzer = new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly: true).ForDocuments();
        var body = new BenchHost.StaticBody();
        var concurrency = settings.Concurrency;
        var rotation = settings.Inputs == 1 ? "one input each" : $"rotating over {settings.Inputs} inputs each";
        var area = $"GraphQL, {label}, {concurrency} connections, {settings.Requests:N0} requests per query ({settings.FloorRequests:N0} to the floor), {rotation}";

        List<(string Name, List<string> Inputs)> loads;
        LoadResult floor;
        await using (var app = await BenchHost.StartAsync(store, analyzer, body, 0, ct))
        {
            var url = app.Urls.First();
            using var load = new LoadGenerator(new Uri(url), concurrency);
            body.Bytes = Encoding.UTF8.GetBytes(await AnswerAsync(url, queries[0].Inputs[0], ct) ?? throw new InvalidOperationException($"the first query found nothing: {queries[0].Inputs[0]}"));
            loads = await InputsAsync(url, queries, settings.Inputs, area, report, ct);
            Console.WriteLine($"{area}: warm-up");
            await load.RunAsync(concurrency * 4, _ => Static(), _ => false, ct);
            foreach (var (_, inputs) in loads) await load.RunAsync(Math.Max(concurrency * 2, inputs.Count), i => Post(inputs[i % inputs.Count]), HasErrors, ct);

            floor = await load.RunAsync(settings.FloorRequests, _ => Static(), _ => false, ct);
            Check(floor, "static");
            report.Add(new Figure(area, "static JSON endpoint (the floor): req/s", floor.RequestsPerSecond, "req/s", null, null));
            report.Add(new Figure(area, "static JSON endpoint: p50 / p99", floor.P50, $"ms p50 (p99 {BenchReport.Format(floor.P99)} ms)", null, null) { HigherIsBetter = false });
            report.Add(new Figure(area, "static JSON endpoint: CPU per request", floor.CpuMsPerRequest, "CPU-ms", null, null) { HigherIsBetter = false });
            await MeasureAsync(load, loads, floor, area, "", settings.Requests, report, ct);
            await app.StopAsync(ct);
        }
        if (!settings.CacheOn) return;
        await using (var app = await BenchHost.StartAsync(store, analyzer, body, CacheBytes, ct))
        {
            using var load = new LoadGenerator(new Uri(app.Urls.First()), concurrency);
            Console.WriteLine($"{area}: warm-up, response cache on");
            foreach (var (_, inputs) in loads) await load.RunAsync(Math.Max(concurrency * 2, inputs.Count), i => Post(inputs[i % inputs.Count]), HasErrors, ct);
            await MeasureAsync(load, loads, floor, area, ", cache on", settings.Requests, report, ct);
            await app.StopAsync(ct);
        }
    }

    private static async Task MeasureAsync(LoadGenerator load, List<(string Name, List<string> Inputs)> loads, LoadResult floor, string area, string variant,
        int requests, BenchReport report, CancellationToken ct)
    {
        foreach (var (query, inputs) in loads)
        {
            var name = query + variant;
            Console.WriteLine($"{area}: {name}");
            var result = await load.RunAsync(requests, i => Post(inputs[i % inputs.Count]), HasErrors, ct);
            Check(result, name);
            report.Add(new Figure(area, $"{name}: req/s", result.RequestsPerSecond, "req/s", floor.RequestsPerSecond, "static JSON endpoint, req/s"));
            report.Add(new Figure(area, $"{name}: p50", result.P50, "ms", floor.P50, "static JSON endpoint, p50") { HigherIsBetter = false });
            report.Add(new Figure(area, $"{name}: p99", result.P99, "ms", floor.P99, "static JSON endpoint, p99") { HigherIsBetter = false });
            // Server and load generator together, as for the floor: on a shared machine the figure that other load does not move.
            report.Add(new Figure(area, $"{name}: CPU per request", result.CpuMsPerRequest, "CPU-ms", floor.CpuMsPerRequest, "static JSON endpoint, CPU per request") { HigherIsBetter = false });
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> inputs of each query that find something on this graph (an input that finds
    /// nothing would measure nothing, and is left out with a note); the first input must find something.
    /// </summary>
    private static async Task<List<(string, List<string>)>> InputsAsync(string url, List<BenchQuery> queries, int count, string area, BenchReport report, CancellationToken ct)
    {
        var loads = new List<(string, List<string>)>();
        foreach (var query in queries)
        {
            var kept = new List<string>();
            var bytes = new List<int>();
            foreach (var input in query.Inputs.Take(count))
            {
                var answer = await AnswerAsync(url, input, ct);
                if (answer is null && kept.Count == 0) throw new InvalidOperationException($"a query found nothing, so its figure would measure nothing: {input}");
                if (answer is null)
                {
                    report.Note($"{area}: {query.Name}: left out of the rotation, it finds nothing on this graph: {input}");
                    continue;
                }
                kept.Add(input);
                bytes.Add(Encoding.UTF8.GetByteCount(answer));
            }
            report.Note($"{area}: {query.Name}: {kept.Count} input(s), answers of {string.Join(", ", bytes.Select(b => b.ToString("N0")))} bytes of JSON; the first: {kept[0]}");
            loads.Add((query.Name, kept));
        }
        return loads;
    }

    private static HttpRequestMessage Static() => new(HttpMethod.Get, BenchHost.StaticPath);

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    /// <summary>A GraphQL answer with errors is a failure, not a fast answer.</summary>
    private static bool HasErrors(byte[] body) => body.AsSpan().IndexOf("\"errors\""u8) >= 0;

    private static void Check(LoadResult result, string name)
    {
        if (result.Failures > 0) throw new InvalidOperationException($"{name}: {result.Failures} of {result.Requests} requests failed under load");
    }

    /// <summary>The query's one top-level field is null or an empty list.</summary>
    private static bool FoundNothing(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        var field = json.RootElement.GetProperty("data").EnumerateObject().First().Value;
        return field.ValueKind == JsonValueKind.Null || (field.ValueKind == JsonValueKind.Array && field.GetArrayLength() == 0)
            || (field.ValueKind == JsonValueKind.Object && field.TryGetProperty("nodes", out var nodes) && nodes.GetArrayLength() == 0);
    }

    /// <summary>The answer, or null when it found nothing.</summary>
    private static async Task<string?> AnswerAsync(string baseUrl, string query, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var response = await client.SendAsync(Post(query), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal)) throw new InvalidOperationException($"a query failed before the load: {text[..Math.Min(text.Length, 300)]}");
        return FoundNothing(text) ? null : text;
    }
}

/// <summary>What the GraphQL load sends: requests per query and to the floor, connections, inputs per query, which queries, and whether the response cache is measured too.</summary>
public sealed record GraphQLLoadSettings(int Requests, int FloorRequests, int Concurrency, int Inputs, bool CacheOn)
{
    public IReadOnlyCollection<string> Only { get; init; } = [];
}
