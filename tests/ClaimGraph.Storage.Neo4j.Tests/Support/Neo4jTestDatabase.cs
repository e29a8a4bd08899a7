using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Http;

namespace ClaimGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// The Neo4j database the contract runs against when NEO4J_URL is set (with NEO4J_USER, NEO4J_PASSWORD,
/// NEO4J_DATABASE as for the CLI). The tests empty it: point them at a throwaway server, never at one holding work.
/// </summary>
public static class Neo4jTestDatabase
{
    public const string Variable = "NEO4J_URL";

    public const string Need = "the store contract runs against Neo4j only when NEO4J_URL names a Neo4j 5 server whose database the tests may empty (README: Running on Neo4j)";

    /// <summary>Every test that uses the database is in this collection, so they run one at a time.</summary>
    public const string Collection = "neo4j database";

    public static bool Configured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    public static Neo4jOptions Options => new(
        Environment.GetEnvironmentVariable(Variable)!,
        Environment.GetEnvironmentVariable("NEO4J_USER"),
        Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 } p ? p : null,
        Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } d ? d : Neo4jOptions.DefaultDatabase);

    // Test-only statements: the store itself never empties a database or reads a document's text back.
    private static readonly CypherStatement DeleteSome = new("Tests.DeleteSome", "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted", []);
    private static readonly CypherStatement OriginalText = new("Tests.OriginalText", "MATCH (d:Document {id: $id}) RETURN d.originalText AS text", ["id"]);

    /// <summary>Deletes every node and relationship (constraints and indexes stay; the store re-applies them anyway).</summary>
    public static async Task EmptyAsync()
    {
        using var executor = new Neo4jExecutor(Options);
        while ((await executor.RunAsync(DeleteSome.With(), CancellationToken.None)).Rows[0].Long("deleted") > 0)
        {
        }
    }

    public static async Task<string?> OriginalTextAsync(string documentId)
    {
        using var executor = new Neo4jExecutor(Options);
        return (await executor.RunAsync(OriginalText.With(("id", documentId)), CancellationToken.None)).Rows.FirstOrDefault()?.NullableString("text");
    }
}

[CollectionDefinition(Neo4jTestDatabase.Collection)]
public sealed class Neo4jDatabaseCollection;
