using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Actor reads: lists, lookups by name or alias, aliases with counts, and relations.</summary>
public sealed class SqliteActorQueries(SqliteDatabase database)
{
    private const int MaxOverallRelations = 2000;

    public async Task<Page<ActorRecord>> PageAsync(ActorFilter filter, PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter();
        if (filter.Type is { } type) where.Where("a.type = ?", type);
        if (filter.Search is { Length: > 0 } search)
            where.Where("(instr(a.name, ?) > 0 OR instr(COALESCE(a.english, ''), ?) > 0 OR a.id IN (SELECT actor_id FROM actor_aliases WHERE instr(text, ?) > 0))", search, search, search);
        await using var connection = await database.OpenAsync(ct);
        var total = await connection.ScalarAsync<int>($"SELECT count(*) FROM actors a {where.Clause}", ct, [.. where.Args]);
        if (Cursor.Decode(page.After) is { } after) where.Where("a.id > ?", after);
        var rows = await connection.QueryAsync(
            $"SELECT {SqliteRows.ActorColumns} FROM actors a {where.Clause} ORDER BY a.id LIMIT {where.Next}",
            SqliteRows.Actor, ct, where.With(page.First + 1));
        return new Page<ActorRecord>(rows.Take(page.First).ToList(), rows.Count > page.First, total);
    }

    public async Task<IReadOnlyList<ActorRecord>> ByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {SqliteRows.ActorColumns} FROM actors a WHERE a.id IN ({SqliteCommands.InList(ids.Count)})",
            SqliteRows.Actor, ct, [.. ids.Cast<object?>()]);
    }

    public async Task<ActorRecord?> FindAsync(string idOrName, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync(
            $"""
            SELECT {SqliteRows.ActorColumns} FROM actors a
            WHERE a.id = $p0 OR a.name = $p0 OR a.english = $p0 OR a.id IN (SELECT actor_id FROM actor_aliases WHERE text = $p0)
            ORDER BY (a.id = $p0) DESC, (a.name = $p0) DESC, COALESCE((SELECT m.mentions FROM actor_mentions m WHERE m.actor_id = a.id), 0) DESC, a.id
            LIMIT 1
            """, SqliteRows.Actor, ct, idOrName);
        return rows.FirstOrDefault();
    }

    public async Task<IReadOnlyList<AliasRecord>> AliasesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct)
    {
        if (actorIds.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT actor_id, text, mentions FROM actor_aliases WHERE actor_id IN ({SqliteCommands.InList(actorIds.Count)}) ORDER BY actor_id, mentions DESC, text",
            r => new AliasRecord(r.GetString(0), r.GetString(1), r.GetInt32(2)), ct, [.. actorIds.Cast<object?>()]);
    }

    /// <summary>Partners from the kept pair sums, each with its actor row, in one statement.</summary>
    public async Task<IReadOnlyList<PartnerRecord>> PartnersAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken ct)
    {
        if (actorIds.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        var list = SqliteCommands.InList(actorIds.Count, 1);
        // A pair of an actor with itself is OUTGOING only, as grouping its relations gives it; ordered by pair, as
        // the relation rows are, so partners come in the order grouping those rows gives them.
        return await connection.QueryAsync(
            $"""
            SELECT p.source_id, '{PartnerRecord.Outgoing}', p.claims, p.cooperation, p.conflict, p.first_year, p.last_year, p.source_id, p.target_id, {SqliteRows.ActorColumns}
            FROM relation_pairs p JOIN actors a ON a.id = p.target_id WHERE p.source_id IN ({list}) AND p.claims >= $p0
            UNION ALL
            SELECT p.target_id, '{PartnerRecord.Incoming}', p.claims, p.cooperation, p.conflict, p.first_year, p.last_year, p.source_id, p.target_id, {SqliteRows.ActorColumns}
            FROM relation_pairs p JOIN actors a ON a.id = p.source_id WHERE p.target_id IN ({list}) AND p.source_id <> p.target_id AND p.claims >= $p0
            ORDER BY 8, 9
            """,
            r => new PartnerRecord(r.GetString(0), SqliteRows.Actor(r, 9), r.GetString(1), r.GetInt32(2), r.GetDouble(3), r.GetDouble(4), r.NullableInt(5), r.NullableInt(6)),
            ct, [minClaims, .. actorIds.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (actorIds.Count == 0)
            return await connection.QueryAsync(
                $"SELECT {SqliteRows.RelationColumns} FROM relations WHERE claims >= $p0 ORDER BY claims DESC, source_id, target_id, predicate, negated LIMIT {MaxOverallRelations}",
                SqliteRows.Relation, ct, minClaims);
        var list = SqliteCommands.InList(actorIds.Count, 1);
        return await connection.QueryAsync(
            $"SELECT {SqliteRows.RelationColumns} FROM relations WHERE claims >= $p0 AND (source_id IN ({list}) OR target_id IN ({list})) ORDER BY source_id, target_id, predicate, negated",
            SqliteRows.Relation, ct, [minClaims, .. actorIds.Cast<object?>()]);
    }
}
