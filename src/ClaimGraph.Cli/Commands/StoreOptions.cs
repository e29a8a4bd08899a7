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

    public StoreSettings Read(ParseResult parse) => StoreSettings.From(parse.GetValue(Store)!, parse.GetValue(Database)!, Environment.GetEnvironmentVariable);
}
