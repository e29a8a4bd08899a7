using ClaimGraph.Api;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using ClaimGraph.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests.Support;

/// <summary>
/// The real host (GraphQL, dashboard, GraphiQL) on a free loopback port over a temporary store holding the five
/// corpus documents, and one headless Chromium for all browser tests.
/// </summary>
public sealed class DashboardHostFixture : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"dashboard-{Guid.NewGuid():N}.db");
    private IGraphStore? _store;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Chromium.MissingReason);
    private IBrowser? _browser;

    /// <summary>Screenshots for CI (artifacts/ is ignored by git).</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "dashboard")).FullName;

    public async Task InitializeAsync()
    {
        if (Chromium.Executable is not { } chromium) return; // every test here is skipped
        // Playwright's assertions retry for 5 s by default; a loaded CI machine may need longer, and only a hang more.
        Assertions.SetDefaultExpectTimeout(30_000);
        var analyzer = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();
        _store = new SqliteGraphStore(_path);
        await _store.InitializeAsync();
        var ingestor = new DocumentIngestor(analyzer, _store);
        foreach (var file in RepositoryPaths.CorpusFiles)
            await ingestor.IngestFileAsync(file);
        _app = ApiHost.Build(_store, analyzer, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress };

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_store is not null) await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHostFixture>
{
    public const string Name = "dashboard host and browser";
}
