namespace ClaimGraph.Storage.Records;

/// <summary>One page of a keyset-paginated list: items after the cursor, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, int TotalCount);

/// <summary>Which page to read: at most <see cref="First"/> items after the opaque position <see cref="After"/>.</summary>
public sealed record PageRequest(int First, string? After)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
}
