namespace ClaimGraph.Storage.Neo4j.Http;

/// <summary>An error Neo4j reported for a statement, with its status code (Neo.ClientError.Statement.SyntaxError …).</summary>
public sealed class Neo4jException(string code, string message, string? statement = null)
    : Exception($"{code}: {OneLine(message)}{(statement is null ? "" : $" (in {statement})")}")
{
    public string Code { get; } = code;

    /// <summary>Neo4j says trying again may succeed (deadlock, leader switch, database starting …).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        || Code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.Transaction.TransactionNotFound";

    public bool IsAuthentication => Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);

    public bool IsMissingDatabase => Code == "Neo.ClientError.Database.DatabaseNotFound";

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
}

/// <summary>Neo4j could not be reached or did not answer (refused, timed out, 503 …).</summary>
/// <param name="Retriable">False when a commit may have reached the server: trying again could store it twice.</param>
internal sealed class Neo4jUnreachableException(string reason, bool retriable, Exception? inner = null) : Exception(reason, inner)
{
    public bool Retriable { get; } = retriable;
}
