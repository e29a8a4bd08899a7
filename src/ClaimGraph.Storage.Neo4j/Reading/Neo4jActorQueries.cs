using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>Actor reads: lists, lookups by name or alias, aliases with counts, and relations.</summary>
public sealed class Neo4jActorQueries(Neo4jExecutor executor, Neo4jDocumentQueries lists)
{
    private const int MaxOverallRelations = 2000;

    public async Task<Page<ActorRecord>> PageAsync(ActorFilter filter, PageRequest page, CancellationToken ct)
    {
        var type = ("type", (object?)filter.Type);
        var search = ("search", (object?)(filter.Search is { Length: > 0 } s ? s : null));
        var after = Cursor.Decode(page.After);
        var results = await executor.RunAsync([Actors.Count.With(type, search), Actors.Page.With(type, search, ("after", after), ("limit", page.First + 1))], ct);
        return Neo4jRecords.PageOf(results, Neo4jRecords.Actor, page.First);
    }

    public Task<IReadOnlyList<ActorRecord>> ByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        lists.ListAsync(Actors.ById, ids, Neo4jRecords.Actor, ct);

    public async Task<ActorRecord?> FindAsync(string idOrName, CancellationToken ct) =>
        (await executor.RunAsync(Actors.Find.With(("name", idOrName)), ct)).Rows.Select(Neo4jRecords.Actor).FirstOrDefault();

    public Task<IReadOnlyList<AliasRecord>> AliasesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct) =>
        lists.ListAsync(Actors.Aliases, actorIds, Neo4jRecords.Alias, ct);

    public async Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken ct)
    {
        if (actorIds.Count == 0)
            return (await executor.RunAsync(Relations.Strongest.With(("minClaims", minClaims), ("limit", MaxOverallRelations)), ct)).Rows.Select(Neo4jRecords.Relation).ToList();
        var rows = (await executor.RunAsync(Relations.Of.With(("ids", actorIds.Distinct().ToList()), ("minClaims", minClaims)), ct)).Rows.Select(Neo4jRecords.Relation);
        // The two halves of the UNION come back unordered: sort as the statement's ORDER BY would.
        return rows.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.TargetId, StringComparer.Ordinal)
            .ThenBy(r => r.Predicate, StringComparer.Ordinal).ThenBy(r => r.Negated).ToList();
    }

    /// <summary>Relations counted from only the claims in the slice; the stored relations when the slice holds every claim.</summary>
    public async Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, ClaimSlice slice, CancellationToken ct)
    {
        if (slice.IsAll) return await RelationsAsync(actorIds, minClaims, ct);
        var start = actorIds.Count > 0 ? RelationSliceStart.Actors : slice.DocumentId is not null ? RelationSliceStart.Document : RelationSliceStart.All;
        (string, object?)[] values =
        [
            ("modalities", slice.Modalities.Count > 0 ? slice.Modalities.Distinct().ToList() : null), ("fromYear", slice.FromYear), ("toYear", slice.ToYear),
            ("document", slice.DocumentId), ("minClaims", minClaims),
            // Around actors every relation is wanted (the stored relations are not cut either); overall, the strongest.
            ("limit", actorIds.Count > 0 ? int.MaxValue : MaxOverallRelations),
        ];
        if (start == RelationSliceStart.Actors) values = [.. values, ("ids", actorIds.Distinct().ToList())];
        var rows = (await executor.RunAsync(Relations.Sliced[start].With(values), ct)).Rows.Select(Neo4jRecords.Relation);
        if (actorIds.Count == 0) return rows.ToList();
        return rows.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.TargetId, StringComparer.Ordinal)
            .ThenBy(r => r.Predicate, StringComparer.Ordinal).ThenBy(r => r.Negated).ToList();
    }
}
