using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.GraphQL;

/// <summary>
/// A store holding the fixture every store is asked about (the sample document, then the five corpus documents,
/// in that order), and the API over it. Made once per test class; the tests only read.
/// </summary>
public abstract class CorpusStoreFixture : IAsyncLifetime
{
    private IGraphStore? _store;
    private InProcessGraphQL? _api;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("the fixture's store is not open");

    public InProcessGraphQL Api => _api ?? throw new InvalidOperationException("the fixture's store is not open");

    /// <summary>False when the store cannot be had here (its tests are skipped then).</summary>
    protected virtual bool Available => true;

    /// <summary>An empty store, not yet initialized.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Removes what <see cref="CreateEmptyStoreAsync"/> made, after the store was disposed.</summary>
    protected virtual Task DestroyStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (!Available) return;
        _store = await CreateEmptyStoreAsync();
        await _store.InitializeAsync();
        foreach (var document in new[] { TestDocuments.Sample() }.Concat(TestDocuments.AllCorpus))
            await _store.IngestAsync(document);
        _api = new InProcessGraphQL(_store, TestDocuments.Analyzer);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_store is not null)
        {
            await _store.DisposeAsync();
            await DestroyStoreAsync();
        }
    }
}
