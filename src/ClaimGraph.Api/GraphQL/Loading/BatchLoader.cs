using GraphQL.DataLoader;

namespace ClaimGraph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for and fetches them in one call when the first result is awaited,
/// so a list of N items costs one query, not N.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _fetched = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_fetched.ContainsKey(key)) _pending.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                var keys = _pending.ToList();
                _pending.Clear();
                var task = fetch(keys, cancellationToken);
                foreach (var k in keys) _fetched[k] = task;
            }
            batch = _fetched[key];
        }
        var values = await batch;
        return values.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
