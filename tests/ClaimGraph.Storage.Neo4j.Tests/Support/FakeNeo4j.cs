using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ClaimGraph.Storage.Neo4j.Cypher;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Storage.Neo4j.Tests.Support;

/// <summary>One request the fake received: its method, path, Authorization header and the statements it carried.</summary>
public sealed record ReceivedRequest(string Method, string Path, string? Authorization, string Body)
{
    public IReadOnlyList<(string Text, JsonElement Parameters)> Statements =>
        Body.Length == 0 ? [] : JsonDocument.Parse(Body).RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => (s.GetProperty("statement").GetString()!, s.GetProperty("parameters").Clone())).ToList();

    /// <summary>The catalog names of the statements, or "(unknown)" for text the catalog does not hold.</summary>
    public IReadOnlyList<string> StatementNames => Statements.Select(s => FakeNeo4j.NameOf(s.Text)).ToList();
}

/// <summary>What the fake answers: a status, a body, and optionally a wait first.</summary>
public sealed record FakeAnswer(int Status, string Body, TimeSpan Delay = default)
{
    public static FakeAnswer Json(int status, object body) => new(status, JsonSerializer.Serialize(body));

    public static FakeAnswer Unavailable { get; } = new(503, "");

    public static FakeAnswer Error(string code, string message, int status = 200) =>
        Json(status, new { results = Array.Empty<object>(), errors = new[] { new { code, message } } });
}

/// <summary>
/// A stand-in for Neo4j's transactional HTTP endpoint on a loopback port: a real Kestrel server that records every
/// request and answers as <see cref="Answer"/> says; by default like Neo4j, an empty result per statement, with
/// the rows <see cref="Rows"/> gives for a statement by its catalog name.
/// </summary>
public sealed class FakeNeo4j : IAsyncDisposable
{
    private static readonly Dictionary<string, string> s_names = CypherCatalog.All.ToDictionary(s => s.Text, s => s.Name);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private int _transactions;

    private FakeNeo4j(WebApplication app)
    {
        _app = app;
        Answer = LikeNeo4j;
    }

    public string Url => _app.Urls.Single();

    public IReadOnlyList<ReceivedRequest> Requests => _requests.ToList();

    /// <summary>Decides the answer to each request; the default behaves like a healthy Neo4j.</summary>
    public Func<ReceivedRequest, FakeAnswer> Answer { get; set; }

    /// <summary>Rows for a statement, by catalog name: (columns, rows). Statements not listed return nothing.</summary>
    public Dictionary<string, (string[] Columns, object?[][] Rows)> Rows { get; } = [];

    public static string NameOf(string text) => s_names.GetValueOrDefault(text, "(unknown)");

    public static async Task<FakeNeo4j> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeNeo4j(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>A healthy server: begin gives a transaction id; every statement gets its rows.</summary>
    public FakeAnswer LikeNeo4j(ReceivedRequest request)
    {
        if (request.Method == "DELETE") return FakeAnswer.Json(200, new { results = Array.Empty<object>(), errors = Array.Empty<object>() });
        var results = request.Statements.Select(s => Result(NameOf(s.Text))).ToList();
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            var id = Interlocked.Increment(ref _transactions);
            return FakeAnswer.Json(201, new { results, errors = Array.Empty<object>(), commit = $"{Url}{request.Path}/{id}/commit", transaction = new { expires = "Thu, 1 Jan 2099 00:00:00 GMT" } });
        }
        return FakeAnswer.Json(200, new { results, errors = Array.Empty<object>() });
    }

    private object Result(string name) => Rows.TryGetValue(name, out var r)
        ? new { columns = r.Columns, data = r.Rows.Select(row => new { row, meta = row.Select(_ => (object?)null) }) }
        : new { columns = Array.Empty<string>(), data = Array.Empty<object>() };

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var request = new ReceivedRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.Headers.Authorization.FirstOrDefault(), await reader.ReadToEndAsync());
        _requests.Enqueue(request);
        var answer = Answer(request);
        if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay);
        http.Response.StatusCode = answer.Status;
        if (answer.Body.Length > 0)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(answer.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
