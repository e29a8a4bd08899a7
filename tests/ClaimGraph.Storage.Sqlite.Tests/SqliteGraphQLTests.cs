using ClaimGraph.Storage.Contract.GraphQL;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>The API's queries against the embedded store holding the sample and the corpus.</summary>
public sealed class SqliteGraphQLTests(SqliteCorpusFixture fixture) : GraphQLContract<SqliteCorpusFixture>(fixture);

public sealed class SqliteCorpusFixture : CorpusStoreFixture
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"graphql-{Guid.NewGuid():N}.db");

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(_path));

    protected override Task DestroyStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }
}
