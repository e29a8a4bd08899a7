using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Relations counted afresh from a slice of the claims (modality, year, document), grouped as the relations table
/// is (ordered pair, predicate, negation), for networks the stored aggregate cannot answer.
/// </summary>
public sealed class SqliteSlicedRelationQueries(SqliteDatabase database)
{
    private const int MaxOverallRelations = 2000;

    public async Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, ClaimSlice slice, CancellationToken ct)
    {
        var where = new SqlFilter().Where("c.object_id IS NOT NULL");
        if (slice.Modalities.Count > 0) where.Where($"c.modality IN ({Placeholders(slice.Modalities.Count)})", [.. slice.Modalities]);
        if (slice.FromYear is { } from) where.Where("c.year >= ?", from);
        if (slice.ToYear is { } to) where.Where("c.year <= ?", to);
        if (slice.DocumentId is { } document) where.Where("c.document_id = ?", document);
        if (actorIds.Count > 0)
        {
            var ids = actorIds.Cast<object?>().ToArray();
            where.Where($"(c.subject_id IN ({Placeholders(ids.Length)}) OR c.object_id IN ({Placeholders(ids.Length)}))", [.. ids, .. ids]);
        }
        var order = actorIds.Count == 0
            ? $"ORDER BY count(*) DESC, c.subject_id, c.object_id, c.predicate LIMIT {MaxOverallRelations}"
            : "ORDER BY c.subject_id, c.object_id, c.predicate";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"""
            SELECT c.subject_id, c.object_id, c.predicate, c.negated, count(*), sum(c.cooperation), sum(c.conflict),
                   min(COALESCE(c.year, d.year)), max(COALESCE(c.year, d.year))
            FROM claims c JOIN documents d ON d.id = c.document_id
            {where.Clause}
            GROUP BY c.subject_id, c.object_id, c.predicate, c.negated
            HAVING count(*) >= {where.Next}
            {order}
            """, SqliteRows.Relation, ct, where.With(minClaims));
    }

    private static string Placeholders(int count) => string.Join(", ", Enumerable.Repeat("?", count));
}
