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
}
