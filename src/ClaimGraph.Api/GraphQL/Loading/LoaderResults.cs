using GraphQL.DataLoader;

namespace ClaimGraph.Api.GraphQL.Loading;

public static class LoaderResults
{
    /// <summary>Transforms a pending result without forcing it, so batching still happens.</summary>
    public static IDataLoaderResult<TOut> Map<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    /// <summary>Many pending results as one list, without forcing any, so they are fetched in the same batch.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IEnumerable<IDataLoaderResult<T>> results) =>
        FromTask<IReadOnlyList<T>>(async ct =>
        {
            var list = new List<T>();
            foreach (var result in results.ToList()) list.Add(await result.GetResultAsync(ct));
            return list;
        });

    /// <summary>A result computed by a query of its own (not batched), in the same shape as a batched one.</summary>
    public static IDataLoaderResult<T> FromTask<T>(Func<CancellationToken, Task<T>> load) => new Deferred<T>(load);

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> load) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
