using ClaimGraph.Api.Protection;
using Microsoft.AspNetCore.Builder;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>A second real host over the fixture's store, with protections set for one test.</summary>
public sealed class ProtectedHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProtectedHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ProtectedHost> StartAsync(ApiHostFixture api, Action<ApiOptions> configure)
    {
        var app = ApiHost.Build(api.Store, api.Analyzer, ["http://127.0.0.1:0"], configure);
        await app.StartAsync();
        return new ProtectedHost(app, new HttpClient { BaseAddress = new Uri(app.Urls.Single()) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
