using System.Globalization;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Claim reads: filtered, keyset-paginated lists and batched lookups.</summary>
public sealed class SqliteClaimQueries(SqliteDatabase database)
{
    /// <summary>Actors an argument names: by id, canonical or English name, or any surface a mention wrote it as.</summary>
    private const string ActorMatch = "(SELECT id FROM actors WHERE id = ? OR name = ? OR english = ? UNION SELECT actor_id FROM actor_aliases WHERE text = ?)";

    public async Task<Page<ClaimRecord>> PageAsync(ClaimFilter filter, PageRequest page, CancellationToken ct)
    {
        var where = Build(filter);
        await using var connection = await database.OpenAsync(ct);
        var total = await connection.ScalarAsync<int>($"SELECT count(*) FROM claims c {where.Clause}", ct, [.. where.Args]);
        if (Cursor.Decode(page.After) is { } after)
            where.Where("c.id > ?", long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new InvalidCursorException(page.After!));
        // The page's ids first, from the claims alone (an index gives them), then the joins for those rows only:
        // joining before the LIMIT would read the mentions of every matching claim to sort them.
        var rows = await connection.QueryAsync(
            $"SELECT {SqliteRows.ClaimColumns} {SqliteRows.ClaimJoins} WHERE c.id IN (SELECT c.id FROM claims c {where.Clause} ORDER BY c.id LIMIT {where.Next}) ORDER BY c.id",
            SqliteRows.Claim, ct, where.With(page.First + 1));
        return new Page<ClaimRecord>(rows.Take(page.First).ToList(), rows.Count > page.First, total);
    }

    public async Task<IReadOnlyList<ClaimRecord>> ByIdAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT {SqliteRows.ClaimColumns} {SqliteRows.ClaimJoins} WHERE c.id IN ({SqliteCommands.InList(ids.Count)}) ORDER BY c.id",
            SqliteRows.Claim, ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<ClaimRecord>> InSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken ct)
    {
        if (sentenceIds.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT {SqliteRows.ClaimColumns} {SqliteRows.ClaimJoins} WHERE c.sentence_id IN ({SqliteCommands.InList(sentenceIds.Count)}) ORDER BY c.id",
            SqliteRows.Claim, ct, [.. sentenceIds.Cast<object?>()]);
    }

    private static SqlFilter Build(ClaimFilter f)
    {
        var where = new SqlFilter();
        if (f.Subject is { } s) where.Where($"c.subject_id IN {ActorMatch}", s, s, s, s);
        if (f.Object is { } o) where.Where($"c.object_id IN {ActorMatch}", o, o, o, o);
        if (f.Source is { } src) where.Where($"c.source_id IN {ActorMatch}", src, src, src, src);
        if (f.ActorId is { } id)
        {
            switch (f.Role)
            {
                case ClaimRole.Subject: where.Where("c.subject_id = ?", id); break;
                case ClaimRole.Object: where.Where("c.object_id = ?", id); break;
                case ClaimRole.Source: where.Where("c.source_id = ?", id); break;
                default: where.Where("(c.subject_id = ? OR c.object_id = ? OR c.source_id = ?)", id, id, id); break;
            }
        }
        if (f.Predicate is { } p) where.Where("c.predicate = ?", p);
        if (f.Modality is { } m) where.Where("c.modality = ?", m);
        if (f.Negated is { } n) where.Where("c.negated = ?", n ? 1 : 0);
        if (f.DocumentId is { } d) where.Where("c.document_id = ?", d);
        if (f.FromYear is { } from) where.Where("c.time_year >= ?", from);
        if (f.ToYear is { } to) where.Where("c.time_year <= ?", to);
        if (f.Text is { Length: > 0 } t) where.Where("c.sentence_id IN (SELECT id FROM sentences WHERE instr(text, ?) > 0)", t);
        return where;
    }
}
