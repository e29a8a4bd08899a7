using ClaimGraph.Storage.Contract.GraphQL;
using ClaimGraph.Storage.Neo4j.Tests.Contract;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Neo4j.Tests.Support;

/// <summary>The embedded store in a temporary file: the reference the Neo4j store's answers are compared with.</summary>
public sealed class TemporarySqliteStore
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimgraph-tests", $"alike-{Guid.NewGuid():N}.db");

    public SqliteGraphStore Open() => new(Path);

    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

/// <summary>The SQLite store holding the fixture every store is asked about.</summary>
public sealed class SqliteCorpusFixture : CorpusStoreFixture
{
    private readonly TemporarySqliteStore _file = new();

    protected override bool Available => Neo4jTestDatabase.Configured;

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(_file.Open());

    protected override Task DestroyStoreAsync()
    {
        _file.Delete();
        return Task.CompletedTask;
    }
}

/// <summary>Both stores, holding the same documents ingested in the same order.</summary>
public sealed class BothStoresFixture : IAsyncLifetime
{
    public SqliteCorpusFixture Sqlite { get; } = new();

    public Neo4jCorpusFixture Neo4j { get; } = new();

    public async Task InitializeAsync()
    {
        await Sqlite.InitializeAsync();
        await Neo4j.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Neo4j.DisposeAsync();
        await Sqlite.DisposeAsync();
    }
}
