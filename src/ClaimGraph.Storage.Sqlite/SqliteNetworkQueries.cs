using System.Text;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// A network's hops counted in SQL: what a hop reaches comes back as one row per node with its weight, never as the
/// relation rows of the whole frontier (at depth 2 around a hub, nearly the whole relations table); only the edges
/// among kept nodes are read as rows. Id sets travel as one JSON array parameter each (read with json_each), so a
/// frontier of any size is one statement with a handful of parameters.
/// </summary>
public sealed class SqliteNetworkQueries(SqliteDatabase database)
{
    public async Task<IReadOnlyList<NodeWeight>> ReachAsync(NetworkStep step, CancellationToken ct)
    {
        if (step.Frontier.Count == 0) return [];
        var args = new List<object?>();
        var frontier = Arg(args, JsonArray(step.Frontier));
        var keptFrontier = Arg(args, JsonArray(step.KeptFrontier));
        var seen = Arg(args, JsonArray(step.Seen));
        var wanted = Wanted(step.Filter, args);
        await using var connection = await database.OpenAsync(ct);
        // Every relation with an end in the frontier and the other unseen names that other end; a relation cannot
        // have both ends unseen, since one is in the frontier. Its weight counts when the frontier end is kept (a node
        // reached only through cut nodes comes back with 0, so it is counted but never ranked).
        var relations = step.Filter.Slice.IsAll
            ? await ScansAsync(connection, frontier, args, ct) ? "relations NOT INDEXED" : "relations"
            : $"({Sliced(step.Filter, frontier, args)})";
        return await connection.QueryAsync(
            $"""
            SELECT other, sum(weight) FROM (
                SELECT CASE WHEN source_id IN (SELECT value FROM json_each({seen})) THEN target_id ELSE source_id END AS other,
                       CASE WHEN source_id IN (SELECT value FROM json_each({keptFrontier})) OR target_id IN (SELECT value FROM json_each({keptFrontier})) THEN claims ELSE 0 END AS weight
                FROM {relations}
                WHERE {wanted} AND ((source_id IN (SELECT value FROM json_each({frontier})) AND target_id NOT IN (SELECT value FROM json_each({seen})))
                                 OR (target_id IN (SELECT value FROM json_each({frontier})) AND source_id NOT IN (SELECT value FROM json_each({seen})))))
            GROUP BY other
            """, r => new NodeWeight(r.GetString(0), r.GetInt32(1)), ct, [.. args]);
    }

    /// <summary>The stored relations with one end in the kept frontier and the other kept (sliced networks sum claims, so they read as before).</summary>
    public async Task<IReadOnlyList<RelationRecord>> EdgesAsync(IReadOnlyCollection<string> keptFrontier, IReadOnlySet<string> kept, NetworkFilter filter, CancellationToken ct)
    {
        if (keptFrontier.Count == 0) return [];
        if (!filter.Slice.IsAll) throw new ArgumentException("sliced relations are summed from claims; read them with the sliced relation query", nameof(filter));
        var args = new List<object?>();
        var frontierIds = Arg(args, JsonArray(keptFrontier));
        var keptIds = Arg(args, JsonArray(kept));
        var wanted = Wanted(filter, args);
        await using var connection = await database.OpenAsync(ct);
        var relations = await ScansAsync(connection, frontierIds, args, ct) ? "relations NOT INDEXED" : "relations";
        return await connection.QueryAsync(
            $"""
            SELECT {SqliteRows.RelationColumns} FROM {relations}
            WHERE {wanted} AND ((source_id IN (SELECT value FROM json_each({frontierIds})) AND target_id IN (SELECT value FROM json_each({keptIds})))
                             OR (target_id IN (SELECT value FROM json_each({frontierIds})) AND source_id IN (SELECT value FROM json_each({keptIds}))))
            ORDER BY source_id, target_id, predicate, negated
            """, SqliteRows.Relation, ct, [.. args]);
    }

    /// <summary>
    /// Whether reading the whole relations table is cheaper than looking the frontier's rows up by index: each row
    /// found through an index costs a lookup of the row itself, while a scan tests every row of the table against the
    /// id sets. On the 100 MB graph the scan won for the 463 partners of 美国 (79% of the per-actor claim tallies,
    /// nearly every relation) and lost for 美国 alone (20%), so it is chosen once the frontier's actors hold more than
    /// half of the tallies' sum.
    /// </summary>
    private static async Task<bool> ScansAsync(SqliteConnection connection, string ids, List<object?> args, CancellationToken ct) =>
        await connection.ScalarAsync<long>(
            $"""
            SELECT coalesce((SELECT sum(claims) FROM actor_claims WHERE actor_id IN (SELECT value FROM json_each({ids}))), 0) * {ScanShare}
                   > coalesce((SELECT sum(claims) FROM actor_claims), 0)
            """, ct, [.. args]) == 1;

    /// <summary>The inverse of the share of the claim tallies a frontier must hold before a scan is chosen.</summary>
    private const int ScanShare = 2;

    /// <summary>
    /// The relations counted afresh from the slice's claims touching <paramref name="touching"/>, grouped as
    /// <see cref="SqliteSlicedRelationQueries"/> groups them (only the columns a hop reads).
    /// </summary>
    private static string Sliced(NetworkFilter filter, string touching, List<object?> args)
    {
        var slice = filter.Slice;
        var where = new StringBuilder("c.object_id IS NOT NULL");
        if (slice.Modalities.Count > 0) where.Append($" AND c.modality IN ({string.Join(", ", slice.Modalities.Select(m => Arg(args, m)))})");
        if (slice.FromYear is { } from) where.Append($" AND c.time_year >= {Arg(args, from)}");
        if (slice.ToYear is { } to) where.Append($" AND c.time_year <= {Arg(args, to)}");
        if (slice.DocumentId is { } document) where.Append($" AND c.document_id = {Arg(args, document)}");
        where.Append($" AND (c.subject_id IN (SELECT value FROM json_each({touching})) OR c.object_id IN (SELECT value FROM json_each({touching})))");
        return $"""
            SELECT c.subject_id AS source_id, c.object_id AS target_id, c.predicate, c.negated, count(*) AS claims
            FROM claims c JOIN documents d ON d.id = c.document_id
            WHERE {where}
            GROUP BY c.subject_id, c.object_id, c.predicate, c.negated
            HAVING count(*) >= {Arg(args, filter.MinClaims)}
            """;
    }

    /// <summary>The filter's predicates, weight and denial as a condition on a relation row's columns.</summary>
    private static string Wanted(NetworkFilter filter, List<object?> args)
    {
        var wanted = new StringBuilder($"claims >= {Arg(args, filter.MinWeight)}");
        if (filter.Predicates.Count > 0) wanted.Append($" AND predicate IN ({string.Join(", ", filter.Predicates.Select(p => Arg(args, p)))})");
        if (!filter.IncludeNegated) wanted.Append(" AND negated = 0");
        return wanted.ToString();
    }

    private static string Arg(List<object?> args, object? value)
    {
        args.Add(value);
        return $"$p{args.Count - 1}";
    }

    /// <summary>
    /// A JSON array of the ids, written out here rather than by a serializer, which would escape every character outside
    /// the Basic Multilingual Plane as a surrogate pair: only the quote, the backslash and control characters are escaped.
    /// </summary>
    private static string JsonArray(IEnumerable<string> ids)
    {
        var json = new StringBuilder("[");
        foreach (var id in ids)
        {
            if (json.Length > 1) json.Append(',');
            json.Append('"');
            foreach (var c in id)
            {
                if (c is '"' or '\\') json.Append('\\').Append(c);
                else if (c < ' ') json.Append($"\\u{(int)c:x4}");
                else json.Append(c);
            }
            json.Append('"');
        }
        return json.Append(']').ToString();
    }
}
