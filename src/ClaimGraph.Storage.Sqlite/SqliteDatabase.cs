using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Opens connections to one database file, with foreign keys on and the schema applied once.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Path = path;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A connection outside the pool, held for as long as its owner lives (the store version's).</summary>
    public SqliteConnection OpenWatcher()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The writer's connection, outside the pool and kept by its owner: its page cache (64 MiB, against SQLite's 2 MB)
    /// holds the index pages an ingest touches all over a large store from one batch to the next, instead of reading
    /// them back from the file (on 100 MB of text, a third of the store's system time).
    /// </summary>
    public async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"PRAGMA cache_size = -{WriterCacheKibibytes}", cancellationToken);
        return connection;
    }

    public const int WriterCacheKibibytes = 65_536;

    public async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // WAL lets readers go on while a document is being written.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // The version is checked before the schema is applied: an older file lacks columns the schema's indexes name.
        await CheckVersionAsync(connection, cancellationToken);
        await connection.ExecuteAsync(SchemaText(), cancellationToken);
        await connection.ExecuteAsync("INSERT OR IGNORE INTO schema_info (key, value) VALUES ('version', $p0)", cancellationToken, SchemaVersion);
        await connection.ExecuteAsync("CREATE VIEW IF NOT EXISTS aliases AS SELECT actor_id, text AS alias, count(*) AS mentions FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, text;", cancellationToken);
        await SqliteActorTallies.EnsureAsync(connection, cancellationToken);
        await SqliteRelationPairs.EnsureAsync(connection, cancellationToken);
    }

    /// <summary>Bumped whenever graph-schema/sqlite.sql changes shape; an older file must be re-ingested.</summary>
    public const string SchemaVersion = "4";

    private async Task CheckVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var hasInfo = await connection.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_info'", cancellationToken) > 0;
        if (!hasInfo) return;
        var version = await connection.ScalarAsync<string>("SELECT value FROM schema_info WHERE key = 'version'", cancellationToken);
        if (version is not null && version != SchemaVersion)
            throw new StoreUnavailableException($"{Path} has store schema version {version}; this ClaimGraph needs {SchemaVersion}: ingest into a new file");
    }

    public static string SchemaText()
    {
        using var stream = typeof(SqliteDatabase).Assembly.GetManifestResourceStream("ClaimGraph.Storage.Sqlite.sqlite.sql")
            ?? throw new InvalidOperationException("the SQLite schema is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
