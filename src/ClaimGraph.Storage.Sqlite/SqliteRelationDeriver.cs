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

    /// <summary>
    /// The upsert that adds a row's new claims to a stored sum (excluded: the new row): counts and weights add, the
    /// years widen the range, a missing year takes the other's. The relations and their per-pair sums share it.
    /// </summary>
    internal const string AddExcluded =
        """
        claims = claims + excluded.claims,
            cooperation = cooperation + excluded.cooperation,
            conflict = conflict + excluded.conflict,
            first_year = min(COALESCE(first_year, excluded.first_year), COALESCE(excluded.first_year, first_year)),
            last_year = max(COALESCE(last_year, excluded.last_year), COALESCE(excluded.last_year, last_year))
        """;

    /// <summary>
    /// Adds a newly written document's claims to the relations they fall in (a new document removes nothing, so its
    /// counts and weights add and its years widen the range), in time proportional to the document, not to the pairs'
    /// earlier claims. The weights are multiples of 1/4, so sums come out the same in any order.
    /// </summary>
    public async Task AddDocumentAsync(SqliteTransaction tx, string documentId, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            $"""
            INSERT INTO relations (source_id, target_id, predicate, negated, claims, cooperation, conflict, first_year, last_year)
            SELECT c.subject_id, c.object_id, c.predicate, c.negated, count(*), sum(c.cooperation), sum(c.conflict), min(c.time_year), max(c.time_year)
            FROM claims c WHERE c.document_id = $p0 AND c.object_id IS NOT NULL
            GROUP BY c.subject_id, c.object_id, c.predicate, c.negated
            ON CONFLICT (source_id, target_id, predicate, negated) DO UPDATE SET {AddExcluded}
            """, ct, documentId);
        await SqliteRelationPairs.AddDocumentAsync(tx, documentId, ct);
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
                FROM claims c INDEXED BY claims_pair
                WHERE c.subject_id = $p0 AND c.object_id = $p1
                GROUP BY c.predicate, c.negated
                """, ct, source, target);
            await SqliteRelationPairs.RecomputeAsync(tx, source, target, ct);
        }
    }
}
