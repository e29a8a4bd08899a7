using System.CommandLine;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph backup FILE [--db PATH]: an online copy of the store, taken while it serves and ingests.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (a new file)." };
        var db = CommonOptions.Database();
        var command = new Command("backup", "Copy the store to a file with SQLite's online backup API (queries and ingests go on).") { file, db };
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var stats = await SqliteBackup.BackupAsync(parse.GetValue(db)!, parse.GetValue(file)!, ct);
            Console.Out.WriteLine($"backed up {parse.GetValue(db)} to {parse.GetValue(file)}: {stats.Documents} documents, {stats.Claims} claims; integrity check ok");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
