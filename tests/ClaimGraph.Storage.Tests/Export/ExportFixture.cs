using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Export;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Tests.Export;

/// <summary>A store holding a corpus document, the sample and a document full of hostile text, and the graph read from it.</summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public const string Hostile = "' OR 1=1 -- \"}) DETACH DELETE n // `x` $name \\' \\\\ a,b \"q\"";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"export-{Guid.NewGuid():N}.db");

    public ExportedGraph Graph { get; private set; } = null!;

    public StoreStatsAndRelations Expected { get; private set; } = null!;

    public IReadOnlyList<TitleReferenceRecord> TitleReferences { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using var store = new SqliteGraphStore(_path);
        await store.InitializeAsync();
        await store.IngestAsync(TestDocuments.Corpus("000_7f31d1b3d6251144.txt"));
        await store.IngestAsync(TestDocuments.Sample());
        await store.IngestAsync(TestDocuments.Analyze($"hostile {Hostile}.txt", $"美国与日本合作，并称{Hostile}。\t中国反对美国的制裁。"));
        await store.IngestAsync(TestDocuments.AnalyzeDated("titles.txt", "美国总统宣布对中国加征关税。国务卿拜登访问北京。去年，美国与日本合作。", "2019-06-01"));
        Graph = await new GraphReader(store).ReadAsync(CancellationToken.None);
        var stats = await store.StatsAsync();
        var documents = (await store.DocumentsAsync(new PageRequest(100, null))).Items.Select(d => d.Id).ToList();
        TitleReferences = await store.TitleReferencesAsync(documents);
        Expected = new StoreStatsAndRelations(stats.Documents + stats.Sentences + stats.Actors + stats.Claims + TitleReferences.Count, stats.Relations, stats.Claims);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }
}

public sealed record StoreStatsAndRelations(int Nodes, int Relations, int Claims);
