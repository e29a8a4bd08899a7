using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>The store's version for the response cache: null, not an exception, when the file cannot be read.</summary>
public sealed class SqliteStoreVersionTests
{
    [Fact]
    public async Task a_store_whose_file_is_gone_has_no_version_and_finds_it_again_when_the_file_is_back()
    {
        var directory = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"version-{Guid.NewGuid():N}");
        var path = Path.Combine(directory, "store.db");
        await using var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);

        Assert.Null(await store.VersionAsync());

        await using (var again = new SqliteGraphStore(path))
            await again.InitializeAsync();
        Assert.NotNull(await store.VersionAsync());

        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task a_disposed_store_does_not_quietly_reopen_its_version_connection()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"version-{Guid.NewGuid():N}.db");
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        Assert.NotNull(await store.VersionAsync());

        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.VersionAsync());
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
