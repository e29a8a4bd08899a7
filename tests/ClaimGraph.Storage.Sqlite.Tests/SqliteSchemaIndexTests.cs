using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>Indexes no query reads are not kept: each costs every ingest (graph-schema/sqlite.sql says which and why).</summary>
public sealed class SqliteSchemaIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"schema-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task a_store_made_before_has_its_index_on_mention_texts_dropped_when_opened()
    {
        await using (var store = new SqliteGraphStore(_path)) await store.InitializeAsync();
        Assert.False(HasIndex("mentions_text"));
        Execute("CREATE INDEX mentions_text ON mentions(text)");
        Assert.True(HasIndex("mentions_text"));

        await using (var store = new SqliteGraphStore(_path)) await store.InitializeAsync();

        Assert.False(HasIndex("mentions_text"));
        Assert.True(HasIndex("mentions_actor"));
    }

    private bool HasIndex(string name)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return (long)command.ExecuteScalar()! == 1;
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        return connection;
    }
}
