namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>A page of a connection as resolved: items with their cursors.</summary>
public sealed record ConnectionPage<T>(IReadOnlyList<ConnectionEdge<T>> Edges, bool HasNextPage, int TotalCount) : IPageInfo
{
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}

public sealed record ConnectionEdge<T>(string Cursor, T Node);

public interface IPageInfo
{
    bool HasNextPage { get; }

    string? EndCursor { get; }
}

public static class Connections
{
    public static ConnectionPage<T> Of<T>(ClaimGraph.Storage.Records.Page<T> page, Func<T, string> key) =>
        new(page.Items.Select(i => new ConnectionEdge<T>(ClaimGraph.Storage.Cursor.Encode(key(i)), i)).ToList(), page.HasNextPage, page.TotalCount);
}
