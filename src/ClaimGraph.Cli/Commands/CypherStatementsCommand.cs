using System.CommandLine;
using ClaimGraph.Storage.Neo4j.Cypher;

namespace ClaimGraph.Cli.Commands;

/// <summary>
/// claimgraph cypher-statements [--out PATH] (hidden): every Cypher statement the Neo4j store can send, with its
/// parameters, as JSON, for the Cypher lint in CI (tools/cypher-lint).
/// </summary>
public static class CypherStatementsCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("cypher-statements", "Print every Cypher statement the Neo4j store can send, as JSON.") { output };
        command.Hidden = true;
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var json = CypherCatalog.ToJson();
            if (parse.GetValue(output) is { } path) await File.WriteAllTextAsync(path, json, ct);
            else await Console.Out.WriteLineAsync(json);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
