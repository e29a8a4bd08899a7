using System.CommandLine;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph backup FILE [--db PATH] (SQLite only): an online copy of the store, taken while it serves and ingests.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (a new file)." };
        var store = new StoreOptions();
        var command = new Command("backup", "Copy the store to a file with SQLite's online backup API (queries and ingests go on).") { file };
        foreach (var option in store.All) command.Options.Add(option);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var db = store.ReadSqlitePath(parse, "backup");
            var stats = await SqliteBackup.BackupAsync(db, parse.GetValue(file)!, ct);
            Console.Out.WriteLine($"backed up {db} to {parse.GetValue(file)}: {stats.Documents} documents, {stats.Claims} claims; integrity check ok");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
