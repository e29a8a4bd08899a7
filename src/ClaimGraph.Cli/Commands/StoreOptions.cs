using System.CommandLine;

namespace ClaimGraph.Cli.Commands;

/// <summary>--store and --db, for the commands that open the graph.</summary>
public sealed class StoreOptions
{
    public Option<string> Store { get; } = new("--store")
    {
        Description = "sqlite (the embedded file, default) or neo4j (NEO4J_URL, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); also CLAIMGRAPH_STORE.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(StoreSettings.StoreVariable) is { Length: > 0 } s ? s : "sqlite",
    };

    public Option<string> Database { get; } = CommonOptions.Database();

    public IEnumerable<Option> All => [Store, Database];

    /// <summary>
    /// The SQLite file, for the commands that work on it alone (backup, restore): --store neo4j (or CLAIMGRAPH_STORE)
    /// is refused in one line rather than quietly copying a file the server does not use.
    /// </summary>
    public string ReadSqlitePath(ParseResult parse, string command)
    {
        var settings = StoreSettings.From(parse.GetValue(Store)!, parse.GetValue(Database)!, _ => null);
        if (settings.Kind != StoreKind.Sqlite)
            throw new ArgumentException($"{command} works on the SQLite store only; back up a Neo4j database with neo4j-admin database dump and load");
        return settings.SqlitePath;
    }

    public StoreSettings Read(ParseResult parse) => StoreSettings.From(parse.GetValue(Store)!, parse.GetValue(Database)!, Environment.GetEnvironmentVariable);
}
