using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>Actors in time: title references, how each actor's names were merged, and per-year claim timelines.</summary>
public sealed class Neo4jTimeQueries(Neo4jDocumentQueries lists)
{
    public Task<IReadOnlyList<TitleReferenceRecord>> TitleReferencesAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct) =>
        lists.ListAsync(Time.TitleReferences, documentIds, Neo4jRecords.TitleReference, ct);

    /// <summary>Per actor, most frequent first, then by surface and rule (as the SQLite store orders them).</summary>
    public async Task<IReadOnlyList<MergeRecord>> MergedFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct) =>
        (await lists.ListAsync(Time.MergedFrom, actorIds, Neo4jRecords.Merge, ct))
            .OrderBy(m => m.ActorId, StringComparer.Ordinal).ThenByDescending(m => m.Count)
            .ThenBy(m => m.Surface, StringComparer.Ordinal).ThenBy(m => m.Rule, StringComparer.Ordinal).ToList();

    public Task<IReadOnlyList<TimelineRecord>> TimelineAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct) =>
        lists.ListAsync(Time.Timeline, actorIds, Neo4jRecords.Timeline, ct);
}
