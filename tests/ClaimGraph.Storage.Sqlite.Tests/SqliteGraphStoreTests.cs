using ClaimGraph.Storage.Contract.Stores;
using ClaimGraph.Storage.Contract.Support;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>The store contract against the embedded SQLite store, one temporary database file per test.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"{Guid.NewGuid():N}.db");

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(_path));

    protected override async Task<string?> StoredOriginalTextAsync(string documentId)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT original_text FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        return await command.ExecuteScalarAsync() as string;
    }

    protected override Task DestroyStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task initializing_an_existing_database_again_keeps_its_documents()
    {
        await Store.IngestAsync(TestDocuments.Sample());
        var stats = await Store.StatsAsync();

        await using var reopened = new SqliteGraphStore(_path);
        await reopened.InitializeAsync();

        Assert.Equal(stats, await reopened.StatsAsync());
    }

    [Fact]
    public void the_schema_file_it_applies_creates_the_trigram_search_index()
    {
        Assert.Contains("tokenize='trigram'", SqliteDatabase.SchemaText());
    }

    [Fact]
    public async Task a_store_of_the_previous_schema_version_is_refused_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"{Guid.NewGuid():N}-v3.db");
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // The shape version 3 had: claims without a time, which the current schema indexes.
            command.CommandText = """
                CREATE TABLE schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO schema_info VALUES ('version', '3');
                CREATE TABLE claims (id INTEGER PRIMARY KEY AUTOINCREMENT, year INTEGER);
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var old = new SqliteGraphStore(path);
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => old.InitializeAsync());
        SqliteConnection.ClearAllPools();
        File.Delete(path);

        Assert.Contains("schema version 3", e.Message);
        Assert.Contains($"needs {SqliteDatabase.SchemaVersion}", e.Message);
    }
}
