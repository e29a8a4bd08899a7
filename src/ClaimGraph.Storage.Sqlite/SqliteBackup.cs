using ClaimGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Copies a store with SQLite's online backup API: a consistent snapshot while readers and writers go on. A backup
/// is written beside its destination and renamed only once it is checked, so a crash never leaves half a backup.
/// </summary>
public static class SqliteBackup
{
    /// <summary>SQLite's "file is not a database".</summary>
    private const int NotADatabase = 26;

    public static async Task<StoreStats> BackupAsync(string databasePath, string destination, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath)) throw new FileNotFoundException($"{databasePath}: no such store", databasePath);
        if (File.Exists(destination)) throw new ArgumentException($"{destination} already exists: back up to a new file");
        var partial = destination + ".partial";
        DeleteWithSidecars(partial);
        await using (var source = await OpenAsync(databasePath, SqliteOpenMode.ReadWrite, cancellationToken))
        await using (var target = await OpenAsync(partial, SqliteOpenMode.ReadWriteCreate, cancellationToken))
        {
            source.BackupDatabase(target);
            // One self-contained file: no write-ahead log beside it to lose when it is copied or renamed.
            await target.ExecuteAsync("PRAGMA journal_mode=DELETE;", cancellationToken);
            await CheckAsync(target, partial, cancellationToken);
        }
        File.Move(partial, destination);
        return await StatsAsync(destination, cancellationToken);
    }

    /// <summary>Replaces the store's contents with a checked backup's; connections open on the store see the restored data.</summary>
    public static async Task<StoreStats> RestoreAsync(string backup, string databasePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(backup)) throw new FileNotFoundException($"{backup}: no such backup", backup);
        await using (var source = await OpenAsync(backup, SqliteOpenMode.ReadOnly, cancellationToken))
        {
            await CheckAsync(source, backup, cancellationToken);
            var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using var target = await OpenAsync(databasePath, SqliteOpenMode.ReadWriteCreate, cancellationToken);
            source.BackupDatabase(target);
            await target.ExecuteAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // A backup from before the tallies and pair sums existed gains them, so the running store's reads find them.
            await target.ExecuteAsync(SqliteDatabase.SchemaText(), cancellationToken);
            await SqliteActorTallies.EnsureAsync(target, cancellationToken);
            await SqliteRelationPairs.EnsureAsync(target, cancellationToken);
            await CheckAsync(target, databasePath, cancellationToken);
        }
        return await StatsAsync(databasePath, cancellationToken);
    }

    /// <summary>A ClaimGraph store of this schema version whose pages pass PRAGMA integrity_check.</summary>
    public static async Task CheckAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        string? version;
        try
        {
            version = await connection.ScalarAsync<string>("SELECT value FROM schema_info WHERE key = 'version'", cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase || e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{path}: not a ClaimGraph store ({e.Message})", e);
        }
        if (version != SqliteDatabase.SchemaVersion)
            throw new ArgumentException($"{path} has store schema version {version ?? "none"}; this ClaimGraph reads version {SqliteDatabase.SchemaVersion}");
        var integrity = await connection.ScalarAsync<string>("PRAGMA integrity_check;", cancellationToken);
        if (integrity != "ok") throw new StoreUnavailableException($"{path} fails SQLite's integrity check: {integrity}");
    }

    private static async Task<StoreStats> StatsAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(path);
        await using (store) return await store.StatsAsync(cancellationToken);
    }

    /// <summary>Unpooled: the file is closed as soon as the copy is done, so it can be renamed or replaced.</summary>
    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        // The backup API does not retry as commands do: wait for a writer's commit or checkpoint instead of failing.
        await connection.ExecuteAsync("PRAGMA busy_timeout = 30000;", cancellationToken);
        return connection;
    }

    private static void DeleteWithSidecars(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
    }
}
