using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Keeps the relations table equal to an aggregate of the claims: per ordered pair and predicate, the claim
/// count, cooperation and conflict weights, and the first and last year of the claims' time; denied claims apart.
/// </summary>
public sealed class SqliteRelationDeriver
{
    public async Task<IReadOnlyCollection<(string, string)>> PairsOfAsync(SqliteTransaction tx, string documentId, CancellationToken ct)
    {
        await using var command = tx.Connection!.Command(
            "SELECT DISTINCT subject_id, object_id FROM claims WHERE document_id = $p0 AND object_id IS NOT NULL", [documentId], tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(ct)) pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs;
    }

    public async Task RecomputeAsync(SqliteTransaction tx, IEnumerable<(string Source, string Target)> pairs, CancellationToken ct)
    {
        foreach (var (source, target) in pairs)
        {
            await tx.ExecuteAsync("DELETE FROM relations WHERE source_id = $p0 AND target_id = $p1", ct, source, target);
            await tx.ExecuteAsync(
                """
                INSERT INTO relations (source_id, target_id, predicate, negated, claims, cooperation, conflict, first_year, last_year)
                SELECT c.subject_id, c.object_id, c.predicate, c.negated, count(*), sum(c.cooperation), sum(c.conflict),
                       min(c.time_year), max(c.time_year)
                FROM claims c JOIN documents d ON d.id = c.document_id
                WHERE c.subject_id = $p0 AND c.object_id = $p1
                GROUP BY c.predicate, c.negated
                """, ct, source, target);
        }
    }
}
