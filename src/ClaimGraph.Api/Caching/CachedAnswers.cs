using ClaimGraph.Api.Protection;
using ClaimGraph.Storage;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Caching;

/// <summary>
/// The GraphQL endpoint's response cache over one store: off unless <see cref="ApiOptions.ResponseCacheBytes"/> is
/// set, and off for a store that cannot say when it changed (<see cref="IGraphStore.VersionAsync"/> gives null).
/// An answer of <see cref="ApiOptions.GzipMinBytes"/> or more is also kept packed in gzip for the clients that accept it.
/// </summary>
public sealed class CachedAnswers(IGraphStore store, IOptions<ApiOptions> options)
{
    private readonly ResponseCache? _cache = options.Value.ResponseCacheBytes > 0 ? new ResponseCache(options.Value.ResponseCacheBytes) : null;
    private readonly int _gzipMinBytes = options.Value.GzipMinBytes;

    public ResponseCache? Cache => _cache;

    /// <summary>
    /// The request's key (query, operation and variables), or null when nothing is cached. Each part is prefixed by
    /// its length, so no operation name or variables can be made to read as another request's.
    /// </summary>
    public string? KeyOf(string query, string? operationName, string? variables) =>
        _cache is null ? null : string.Concat(Part(operationName), Part(variables), Part(query));

    private static string Part(string? value) => value is null ? "-:" : $"{value.Length}:{value}";

    /// <summary>The packed answer's key: no request's key starts with 'z' (each starts with a length or '-').</summary>
    private static string PackedKey(string key) => "z" + key;

    public async Task<long?> VersionAsync(CancellationToken cancellationToken) => _cache is null ? null : await store.VersionAsync(cancellationToken);

    /// <summary>The answer kept for this request at this store version, packed when <paramref name="gzip"/> and large enough.</summary>
    public Answer? Find(string key, long version, bool gzip)
    {
        if (_cache is null) return null;
        if (gzip && _cache.Find(PackedKey(key), version) is { } packed) return new Answer(packed, Gzipped: true);
        return _cache.Find(key, version) is { } body ? Encode(key, version, body, gzip) : null;
    }

    /// <summary>Keeps an answer computed at <paramref name="version"/> and gives what to send this client.</summary>
    public Answer Store(string key, long version, byte[] body, bool gzip)
    {
        _cache?.Store(key, version, body);
        return Encode(key, version, body, gzip);
    }

    private Answer Encode(string key, long version, byte[] body, bool gzip)
    {
        if (!gzip || body.Length < _gzipMinBytes) return new Answer(body, Gzipped: false);
        var packed = Gzip.Pack(body);
        _cache?.Store(PackedKey(key), version, packed);
        return new Answer(packed, Gzipped: true);
    }

    /// <summary>Bytes to send, and whether they are gzip.</summary>
    public readonly record struct Answer(byte[] Body, bool Gzipped);
}
