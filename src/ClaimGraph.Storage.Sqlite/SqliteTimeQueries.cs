using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Actors in time: title references, how each actor's names were merged, and per-year claim timelines.</summary>
public sealed class SqliteTimeQueries(SqliteDatabase database)
{
    public async Task<IReadOnlyList<TitleReferenceRecord>> TitleReferencesAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        if (documentIds.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"""
            SELECT document_id, sentence_id, title, office, at, holder_id, holder_name, holder_qid, named_id, consistent, start, end
            FROM title_references WHERE document_id IN ({SqliteCommands.InList(documentIds.Count)}) ORDER BY document_id, start
            """,
            r => new TitleReferenceRecord(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.NullableString(4), r.NullableString(5),
                r.NullableString(6), r.NullableString(7), r.NullableString(8), r.GetInt64(9) != 0, r.GetInt32(10), r.GetInt32(11)),
            ct, [.. documentIds.Cast<object?>()]);
    }

    /// <summary>Each surface with the rule that recognized it, and each office title read as this actor (rule office-holder:OFFICE).</summary>
    public async Task<IReadOnlyList<MergeRecord>> MergedFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct)
    {
        if (actorIds.Count == 0) return [];
        var ids = actorIds.Cast<object?>().ToArray();
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"""
            SELECT actor_id, text, provenance, count(*) FROM mentions WHERE actor_id IN ({SqliteCommands.InList(ids.Length)}) GROUP BY actor_id, text, provenance
            UNION ALL
            SELECT holder_id, title, 'office-holder:' || office, count(*) FROM title_references
            WHERE holder_id IN ({SqliteCommands.InList(ids.Length, ids.Length)}) AND consistent = 1 GROUP BY holder_id, title, office
            ORDER BY 1, 4 DESC, 2, 3
            """,
            r => new MergeRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), ct, [.. ids, .. ids]);
    }

    public async Task<IReadOnlyList<TimelineRecord>> TimelineAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct)
    {
        if (actorIds.Count == 0) return [];
        var ids = actorIds.Cast<object?>().ToArray();
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"""
            SELECT a.id, c.time_year, count(*), sum(c.cooperation), sum(c.conflict)
            FROM claims c JOIN (SELECT value AS id FROM json_each($p0)) a ON a.id IN (c.subject_id, c.object_id)
            WHERE c.time_year IS NOT NULL
            GROUP BY a.id, c.time_year ORDER BY a.id, c.time_year
            """,
            r => new TimelineRecord(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetDouble(3), r.GetDouble(4)), ct,
            System.Text.Json.JsonSerializer.Serialize(actorIds));
    }
}
