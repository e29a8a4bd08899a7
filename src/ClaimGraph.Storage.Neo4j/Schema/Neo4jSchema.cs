using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Http;

namespace ClaimGraph.Storage.Neo4j.Schema;

/// <summary>
/// Prepares a database for the store: checks the server is Neo4j 5, applies graph-schema/neo4j/*.cypher
/// (constraints, then indexes; IF NOT EXISTS makes it idempotent) and checks the store's schema version.
/// </summary>
public static class Neo4jSchema
{
    /// <summary>Bumped whenever the graph's shape changes; a database written by another version must be re-ingested.</summary>
    public const string Version = "2";

    private const string ResourcePrefix = "ClaimGraph.Storage.Neo4j.Schema.";

    /// <summary>The statements of the schema files, in file order, named after their file and position.</summary>
    public static IReadOnlyList<CypherStatement> Statements { get; } = Load();

    public static async Task ApplyAsync(Neo4jExecutor executor, CancellationToken ct)
    {
        var server = (await executor.RunAsync(CypherStatements.Server.Components.With(), ct)).Rows.FirstOrDefault();
        var version = server?.Strings("versions").FirstOrDefault() ?? "unknown";
        // 5.x, and the calendar versions after it (2025.01 …), speak Cypher 5; 4.x and older do not.
        if (!int.TryParse(version.Split('.')[0], out var major) || major < 5)
            throw new StoreUnavailableException($"Neo4j at {executor.Options.Address} runs version {version}; ClaimGraph needs Neo4j 5 or later");
        // Schema commands cannot share a transaction with writes, so each goes alone.
        foreach (var statement in Statements)
            await executor.RunAsync(statement.With(), ct);
        var stored = (await executor.RunAsync(CypherStatements.Server.SchemaVersion.With(("version", Version)), ct)).Rows[0].String("version");
        if (stored != Version)
            throw new StoreUnavailableException(
                $"the database '{executor.Options.Database}' at {executor.Options.Address} has ClaimGraph schema version {stored}; this ClaimGraph needs {Version}: ingest into an empty database");
    }

    /// <summary>Statements of a .cypher file: whole-line // comments dropped, split at the semicolons that end them.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var code = string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return code.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static List<CypherStatement> Load()
    {
        var assembly = typeof(Neo4jSchema).Assembly;
        var statements = new List<CypherStatement>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var file = resource[ResourcePrefix.Length..];
            statements.AddRange(Split(reader.ReadToEnd()).Select((text, i) => new CypherStatement($"graph-schema/neo4j/{file}#{i + 1}", text, [])));
        }
        if (statements.Count == 0) throw new InvalidOperationException("the Neo4j schema files are not embedded");
        return statements;
    }
}
