using System.CommandLine;
using ClaimGraph.Cli.Commands;

var root = new RootCommand("ClaimGraph: actors, policies and stance claims from Chinese foreign-policy text, as a queryable graph.")
{
    IngestCommand.Create(),
    ExtractCommand.Create(),
    ServeCommand.Create(),
    QueryCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    ExportCommand.Create(),
    CypherStatementsCommand.Create(),
    BackupCommand.Create(),
    RestoreCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
