namespace ClaimGraph.Api.Protection;

/// <summary>
/// What the public endpoint allows: query shape limits, body size, execution time, request rate, introspection, and
/// the API key that mutations need. Bound from the configuration section ClaimGraph:Api (environment variables
/// ClaimGraph__Api__MaxDepth …); `claimgraph serve` sets the key and introspection from its options.
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "ClaimGraph:Api";

    /// <summary>When set, ingestDocument, deleteDocument and reviewClaim need it (Authorization: Bearer or X-Api-Key).</summary>
    public string? ApiKey { get; set; }

    public bool Introspection { get; set; } = true;

    /// <summary>Nesting of selections; the deepest query the schema's own documentation shows is 5.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>graphql-dotnet's estimate: each field counts 1, multiplied by the page size (first) of every list above it.</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>
    /// The same two limits for a query that asks only for the schema (__schema, __type): GraphiQL's introspection
    /// query nests ofType 15 deep and scores 855,638 here, while nesting fields{type{fields … a few times more runs to
    /// billions.
    /// </summary>
    public int MaxIntrospectionDepth { get; set; } = 16;

    public int MaxIntrospectionComplexity { get; set; } = 2_000_000;

    /// <summary>Aliased fields in one document: aliases let one request repeat an expensive field many times.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>A request body larger than this is answered 413; a 2,000,000-character document fits.</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>GraphQL requests one client (remote address) may make per window; more are answered 429 with Retry-After.</summary>
    public int RateLimitPermits { get; set; } = 600;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Bytes of GraphQL answers kept to answer the same query again while the store is unchanged (0: none kept). An
    /// answer is served only while the store reports the version it was computed at, so any write (ingest, review,
    /// another process on the same file) makes it miss; least recently used answers go first. On by default: dashboards
    /// ask the same questions of a graph that changes only when something is ingested or reviewed.
    /// </summary>
    public long ResponseCacheBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// A kept answer this large or larger goes to clients that accept gzip packed (a network of 685 KB as 44 KB).
    /// Below it answers go as they are: an actor's or a page of claims (5–30 KB) is a few dozen packets either way,
    /// and under load on loopback inflating it cost the client more than the bytes saved (docs/BENCHMARKS.md,
    /// "Large answers sent whole and packed").
    /// </summary>
    public int GzipMinBytes { get; set; } = 64 * 1024;
}
