using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests.Support;

/// <summary>A temporary directory of store files for one test class, removed with it.</summary>
public sealed class StoreDirectory : IDisposable
{
    public StoreDirectory(string prefix)
    {
        Root = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>A new, initialized store in a file of the directory.</summary>
    public async Task<SqliteGraphStore> OpenAsync(string name)
    {
        var store = new SqliteGraphStore(PathOf(name));
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
