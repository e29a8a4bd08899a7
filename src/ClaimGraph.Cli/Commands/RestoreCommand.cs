using System.CommandLine;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph restore FILE [--db PATH]: replaces the store's contents with a checked backup's.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A backup written by `claimgraph backup`." };
        var db = CommonOptions.Database();
        var command = new Command("restore", "Replace the store's contents with a backup (checked first; a running server sees the restored graph).") { file, db };
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var stats = await SqliteBackup.RestoreAsync(parse.GetValue(file)!, parse.GetValue(db)!, ct);
            Console.Out.WriteLine($"restored {parse.GetValue(db)} from {parse.GetValue(file)}: {stats.Documents} documents, {stats.Claims} claims; integrity check ok");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
