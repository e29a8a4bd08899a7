using ClaimGraph.Storage.Neo4j;

namespace ClaimGraph.Cli;

public enum StoreKind
{
    Sqlite,
    Neo4j,
}

/// <summary>
/// Which store a command works on: the embedded SQLite file (--db, CLAIMGRAPH_DB) or a Neo4j server reached at
/// NEO4J_URL as NEO4J_USER / NEO4J_PASSWORD, database NEO4J_DATABASE.
/// </summary>
public sealed record StoreSettings(StoreKind Kind, string SqlitePath, Neo4jOptions? Neo4j)
{
    public const string StoreVariable = "CLAIMGRAPH_STORE";

    public static StoreSettings From(string store, string sqlitePath, Func<string, string?> environment)
    {
        var kind = store.Trim().ToLowerInvariant() switch
        {
            "sqlite" => StoreKind.Sqlite,
            "neo4j" => StoreKind.Neo4j,
            _ => throw new ArgumentException($"unknown store '{store}': use sqlite or neo4j (--store or {StoreVariable})"),
        };
        if (kind == StoreKind.Sqlite) return new StoreSettings(kind, sqlitePath, null);
        var options = new Neo4jOptions(
            NonEmpty(environment("NEO4J_URL")) ?? Neo4jOptions.DefaultUrl,
            NonEmpty(environment("NEO4J_USER")),
            NonEmpty(environment("NEO4J_PASSWORD")),
            NonEmpty(environment("NEO4J_DATABASE")) ?? Neo4jOptions.DefaultDatabase);
        return new StoreSettings(kind, sqlitePath, options);
    }

    /// <summary>What the store is, for messages: the file, or the server and database.</summary>
    public string Description => Kind == StoreKind.Sqlite ? SqlitePath : $"Neo4j {Neo4j}";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
