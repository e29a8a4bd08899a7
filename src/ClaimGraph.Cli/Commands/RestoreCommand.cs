using System.CommandLine;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph restore FILE [--db PATH] (SQLite only): replaces the store's contents with a checked backup's.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A backup written by `claimgraph backup`." };
        var store = new StoreOptions();
        var command = new Command("restore", "Replace the store's contents with a backup (checked first; a running server sees the restored graph).") { file };
        foreach (var option in store.All) command.Options.Add(option);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var db = store.ReadSqlitePath(parse, "restore");
            var stats = await SqliteBackup.RestoreAsync(parse.GetValue(file)!, db, ct);
            Console.Out.WriteLine($"restored {db} from {parse.GetValue(file)}: {stats.Documents} documents, {stats.Claims} claims; integrity check ok");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
