using ClaimGraph.Api.Protection;
using ClaimGraph.Storage;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Caching;

/// <summary>
/// The GraphQL endpoint's response cache over one store: off unless <see cref="ApiOptions.ResponseCacheBytes"/> is
/// set, and off for a store that cannot say when it changed (<see cref="IGraphStore.VersionAsync"/> gives null).
/// </summary>
public sealed class CachedAnswers(IGraphStore store, IOptions<ApiOptions> options)
{
    private readonly ResponseCache? _cache = options.Value.ResponseCacheBytes > 0 ? new ResponseCache(options.Value.ResponseCacheBytes) : null;

    public ResponseCache? Cache => _cache;

    /// <summary>
    /// The request's key (query, operation and variables), or null when nothing is cached. Each part is prefixed by
    /// its length, so no operation name or variables can be made to read as another request's.
    /// </summary>
    public string? KeyOf(string query, string? operationName, string? variables) =>
        _cache is null ? null : string.Concat(Part(operationName), Part(variables), Part(query));

    private static string Part(string? value) => value is null ? "-:" : $"{value.Length}:{value}";

    public async Task<long?> VersionAsync(CancellationToken cancellationToken) => _cache is null ? null : await store.VersionAsync(cancellationToken);

    public byte[]? Find(string key, long version) => _cache?.Find(key, version);

    public void Store(string key, long version, byte[] body) => _cache?.Store(key, version, body);
}
