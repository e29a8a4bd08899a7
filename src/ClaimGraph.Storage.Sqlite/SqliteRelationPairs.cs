using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Keeps relation_pairs equal to the relations summed per ordered pair (over predicates and denials), which is what
/// an actor's relations list shows: a new document adds its claims to its pairs, a replaced or deleted one recomputes
/// the pairs it touched from their few relation rows, so reading an actor's partners never groups all its relations.
/// </summary>
public static class SqliteRelationPairs
{
    private const string FromRelations =
        "SELECT source_id, target_id, sum(claims) AS claims, sum(cooperation) AS cooperation, sum(conflict) AS conflict, "
        + "min(first_year) AS first_year, max(last_year) AS last_year FROM relations";

    public static async Task AddDocumentAsync(SqliteTransaction tx, string documentId, CancellationToken ct) =>
        await tx.ExecuteAsync(
            $"""
            INSERT INTO relation_pairs (source_id, target_id, claims, cooperation, conflict, first_year, last_year)
            SELECT c.subject_id, c.object_id, count(*), sum(c.cooperation), sum(c.conflict), min(c.time_year), max(c.time_year)
            FROM claims c WHERE c.document_id = $p0 AND c.object_id IS NOT NULL
            GROUP BY c.subject_id, c.object_id
            ON CONFLICT (source_id, target_id) DO UPDATE SET {SqliteRelationDeriver.AddExcluded}
            """, ct, documentId);

    /// <summary>After the pair's relations were recomputed: its sum again, or no row when it has none left.</summary>
    public static async Task RecomputeAsync(SqliteTransaction tx, string source, string target, CancellationToken ct)
    {
        await tx.ExecuteAsync("DELETE FROM relation_pairs WHERE source_id = $p0 AND target_id = $p1", ct, source, target);
        await tx.ExecuteAsync($"INSERT INTO relation_pairs {FromRelations} WHERE source_id = $p0 AND target_id = $p1 GROUP BY source_id, target_id", ct, source, target);
    }

    /// <summary>
    /// Rebuilds the sums from the relations when any pair disagrees with them: a file from before they existed, or one
    /// an older ClaimGraph wrote without keeping them. Every pair is compared, not only the totals, since a write that
    /// kept no sums can move claims between pairs and leave the totals as they were.
    /// </summary>
    public static async Task EnsureAsync(SqliteConnection connection, CancellationToken ct)
    {
        var consistent = await connection.ScalarAsync<long>(
            $"""
            SELECT (SELECT count(*) FROM relation_pairs) = (SELECT count(*) FROM (SELECT DISTINCT source_id, target_id FROM relations))
               AND NOT EXISTS (
                   SELECT 1 FROM ({FromRelations} GROUP BY source_id, target_id) AS r
                   LEFT JOIN relation_pairs p ON p.source_id = r.source_id AND p.target_id = r.target_id
                   WHERE p.source_id IS NULL OR p.claims <> r.claims
                      OR abs(p.cooperation - r.cooperation) > 1e-9 OR abs(p.conflict - r.conflict) > 1e-9
                      OR p.first_year IS NOT r.first_year OR p.last_year IS NOT r.last_year)
            """, ct);
        if (consistent == 1) return;
        await using var tx = connection.BeginTransaction(deferred: false);
        await tx.ExecuteAsync("DELETE FROM relation_pairs", ct);
        await tx.ExecuteAsync($"INSERT INTO relation_pairs {FromRelations} GROUP BY source_id, target_id", ct);
        await tx.CommitAsync(ct);
    }
}
