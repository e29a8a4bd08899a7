using System.CommandLine;

namespace ClaimGraph.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public const string DefaultDatabase = "data/claimgraph.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "Path of the embedded SQLite store.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLAIMGRAPH_DB") ?? DefaultDatabase,
    };

    public static Option<string?> Models() => new("--models")
    {
        Description = "Directory of trained models (from `claimgraph train --out`); default: the models shipped inside claimgraph.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLAIMGRAPH_MODELS"),
    };

    public static Option<bool> RulesOnly() => new("--rules-only")
    {
        Description = "Turn the learned models off and extract with rules alone.",
    };
}
