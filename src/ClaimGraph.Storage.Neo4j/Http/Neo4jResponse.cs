using System.Text.Json;
using ClaimGraph.Storage.Neo4j.Cypher;

namespace ClaimGraph.Storage.Neo4j.Http;

/// <summary>The body of an answer from the transactional endpoint: one result per statement, errors, the commit address.</summary>
internal sealed record Neo4jResponse(IReadOnlyList<CypherResult> Results, IReadOnlyList<(string Code, string Message)> Errors, string? Commit)
{
    public static Neo4jResponse Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            throw new FormatException("the answer has no \"results\" array");
        var parsed = new List<CypherResult>();
        foreach (var result in results.EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
            var rows = new List<JsonElement[]>();
            if (result.TryGetProperty("data", out var data))
                foreach (var item in data.EnumerateArray())
                    rows.Add(item.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray());
            parsed.Add(new CypherResult(columns, rows));
        }
        return new Neo4jResponse(parsed, ErrorsOf(root), root.TryGetProperty("commit", out var commit) ? commit.GetString() : null);
    }

    public static IReadOnlyList<(string Code, string Message)> ErrorsOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().Select(e => (Text(e, "code"), Text(e, "message"))).ToList()
            : [];

    /// <summary>The transaction id in a commit address (…/db/neo4j/tx/42/commit).</summary>
    public string TransactionId()
    {
        var segments = Commit is null ? [] : new Uri(Commit, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } uri ? uri.Segments : Commit.Split('/');
        var parts = segments.Select(s => s.Trim('/')).Where(s => s.Length > 0).ToList();
        var at = parts.LastIndexOf("commit");
        return at > 0 ? parts[at - 1] : throw new FormatException($"no transaction id in the commit address '{Commit}'");
    }

    private static string Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
