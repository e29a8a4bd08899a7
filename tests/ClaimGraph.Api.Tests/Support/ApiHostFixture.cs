using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using ClaimGraph.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>
/// The real HTTP host on a free loopback port, over a temporary SQLite store holding the five corpus documents
/// (ingested once for all API tests).
/// </summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"api-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public IGraphStore Store { get; private set; } = null!;

    public IDocumentAnalyzer Analyzer { get; } = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteGraphStore(_path);
        await Store.InitializeAsync();
        var ingestor = new DocumentIngestor(Analyzer, Store);
        foreach (var file in RepositoryPaths.CorpusFiles)
            await ingestor.IngestFileAsync(file);

        _app = ApiHost.Build(Store, Analyzer, ["http://127.0.0.1:0"], directory: AdministrationDirectory.From(ExtractionLexicons.Default));
        await _app.StartAsync();
        var address = _app.Urls.Single();
        Assert.DoesNotContain(":0/", address + "/");
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "api host";
}
