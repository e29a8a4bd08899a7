using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimGraph.Storage.Neo4j.Cypher;

namespace ClaimGraph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j 5's transactional HTTP endpoint: POST /db/{db}/tx/commit (one-shot), /tx (begin), /tx/{id} (run),
/// /tx/{id}/commit, DELETE /tx/{id} (roll back). Statements go as {statement, parameters, resultDataContents}.
/// </summary>
internal sealed class Neo4jHttpClient : IDisposable
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] s_rowsOnly = ["row"];

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;

    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = options.Url;
        _http.Timeout = options.RequestTimeout;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json") { CharSet = "UTF-8" });
        if (options.Password is { } password)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{password}")));
    }

    private string Database => Uri.EscapeDataString(_options.Database);

    public string AutoCommitPath => $"db/{Database}/tx/commit";

    public string BeginPath => $"db/{Database}/tx";

    public string TransactionPath(string id) => $"db/{Database}/tx/{Uri.EscapeDataString(id)}";

    public string CommitPath(string id) => $"{TransactionPath(id)}/commit";

    /// <summary>Sends statements; Neo4j's errors in the answer become a <see cref="Neo4jException"/>.</summary>
    /// <param name="commits">Whether this request commits: if it fails after reaching the server, the outcome is unknown.</param>
    public async Task<Neo4jResponse> PostAsync(string path, IReadOnlyList<CypherCall> calls, bool commits, CancellationToken ct)
    {
        var body = new
        {
            statements = calls.Select(c => new { statement = c.Statement.Text, parameters = c.Parameters, resultDataContents = s_rowsOnly }),
        };
        using var content = new StringContent(JsonSerializer.Serialize(body, s_json), Encoding.UTF8, "application/json");
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, commits, ct);
        var parsed = await ReadAsync(response, ct);
        if (parsed.Errors.Count > 0)
        {
            var (code, message) = parsed.Errors[0];
            var failed = Math.Min(parsed.Results.Count, calls.Count - 1);
            throw new Neo4jException(code, message, calls.Count > 0 ? calls[failed].Statement.Name : null);
        }
        return parsed;
    }

    /// <summary>Rolls a transaction back; a transaction the server no longer holds is gone already.</summary>
    public async Task RollbackAsync(string id, CancellationToken ct)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, TransactionPath(id)), commits: false, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool commits, CancellationToken ct)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (HttpRequestException e)
            {
                // A refused or unresolvable connection never reached the server: trying again is always safe.
                var notSent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
                throw new Neo4jUnreachableException(Reason(e), notSent || !commits, e);
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                throw new Neo4jUnreachableException($"no answer within {_options.RequestTimeout.TotalSeconds:0} s", !commits, e);
            }
            if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests)
            {
                using (response)
                    throw new Neo4jUnreachableException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}",
                        response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests || !commits);
            }
            return response;
        }
    }

    private static async Task<Neo4jResponse> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Neo4jException("ClaimGraph.NotNeo4j",
                $"HTTP {(int)response.StatusCode} with {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not JSON: is this Neo4j's HTTP address?");
        }
        if (!response.IsSuccessStatusCode)
        {
            var errors = Neo4jResponse.ErrorsOf(root);
            if (errors.Count > 0) throw new Neo4jException(errors[0].Code, errors[0].Message);
            throw new Neo4jException($"HTTP {(int)response.StatusCode}", response.ReasonPhrase ?? "request failed");
        }
        try
        {
            return Neo4jResponse.Parse(root);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new Neo4jException("ClaimGraph.NotNeo4j", $"the answer is JSON but not from Neo4j's transactional endpoint ({e.Message})");
        }
    }

    private static string Reason(HttpRequestException e)
    {
        Exception inner = e;
        while (inner.InnerException is { } next) inner = next;
        return Neo4jException.OneLine(inner.Message);
    }

    public void Dispose() => _http.Dispose();
}
