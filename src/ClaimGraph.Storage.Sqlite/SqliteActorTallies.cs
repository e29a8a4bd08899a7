using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Keeps actor_aliases, actor_mentions and actor_claims equal to aggregates of the mentions and claims: a document's rows are added
/// when it is written and subtracted before it is deleted, so the reads that need them never count whole tables.
/// </summary>
public static class SqliteActorTallies
{
    private const string DocumentAliases =
        "SELECT actor_id, text, count(*) AS n FROM mentions WHERE document_id = $p0 AND actor_id IS NOT NULL GROUP BY actor_id, text";

    private const string DocumentMentions =
        "SELECT actor_id, count(*) AS n FROM mentions WHERE document_id = $p0 AND actor_id IS NOT NULL GROUP BY actor_id";

    // A claim counts once for each actor it involves as subject or object (once when it is both), as the count of
    // claims WHERE subject_id = actor OR object_id = actor does.
    private const string DocumentClaims =
        """
        SELECT actor_id, count(*) AS n FROM (
            SELECT id, subject_id AS actor_id FROM claims WHERE document_id = $p0
            UNION SELECT id, object_id FROM claims WHERE document_id = $p0 AND object_id IS NOT NULL)
        GROUP BY actor_id
        """;

    public static async Task AddAsync(SqliteTransaction tx, string documentId, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            $"INSERT INTO actor_aliases (actor_id, text, mentions) SELECT actor_id, text, n FROM ({DocumentAliases}) WHERE true " +
            "ON CONFLICT (actor_id, text) DO UPDATE SET mentions = mentions + excluded.mentions", ct, documentId);
        await tx.ExecuteAsync(
            $"INSERT INTO actor_mentions (actor_id, mentions) SELECT actor_id, n FROM ({DocumentMentions}) WHERE true " +
            "ON CONFLICT (actor_id) DO UPDATE SET mentions = mentions + excluded.mentions", ct, documentId);
        await tx.ExecuteAsync(
            $"INSERT INTO actor_claims (actor_id, claims) SELECT actor_id, n FROM ({DocumentClaims}) WHERE true " +
            "ON CONFLICT (actor_id) DO UPDATE SET claims = claims + excluded.claims", ct, documentId);
    }

    public static async Task SubtractAsync(SqliteTransaction tx, string documentId, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            $"UPDATE actor_aliases SET mentions = mentions - d.n FROM ({DocumentAliases}) AS d WHERE actor_aliases.actor_id = d.actor_id AND actor_aliases.text = d.text",
            ct, documentId);
        await tx.ExecuteAsync("DELETE FROM actor_aliases WHERE mentions <= 0", ct);
        await tx.ExecuteAsync(
            $"UPDATE actor_mentions SET mentions = mentions - d.n FROM ({DocumentMentions}) AS d WHERE actor_mentions.actor_id = d.actor_id", ct, documentId);
        await tx.ExecuteAsync("DELETE FROM actor_mentions WHERE mentions <= 0", ct);
        await tx.ExecuteAsync(
            $"UPDATE actor_claims SET claims = claims - d.n FROM ({DocumentClaims}) AS d WHERE actor_claims.actor_id = d.actor_id", ct, documentId);
        await tx.ExecuteAsync("DELETE FROM actor_claims WHERE claims <= 0", ct);
    }

    /// <summary>Rebuilds the tallies from the rows when they disagree with them (a file from before they existed).</summary>
    public static async Task EnsureAsync(SqliteConnection connection, CancellationToken ct)
    {
        var consistent = await connection.ScalarAsync<long>(
            """
            SELECT (SELECT count(*) FROM mentions WHERE actor_id IS NOT NULL) = (SELECT COALESCE(sum(mentions), 0) FROM actor_aliases)
               AND (SELECT count(*) FROM mentions WHERE actor_id IS NOT NULL) = (SELECT COALESCE(sum(mentions), 0) FROM actor_mentions)
               AND (SELECT count(*) FROM claims) + (SELECT count(*) FROM claims WHERE object_id IS NOT NULL AND object_id <> subject_id)
                   = (SELECT COALESCE(sum(claims), 0) FROM actor_claims)
            """, ct);
        if (consistent == 1) return;
        await using var tx = connection.BeginTransaction(deferred: false);
        await tx.ExecuteAsync("DELETE FROM actor_aliases", ct);
        await tx.ExecuteAsync(
            "INSERT INTO actor_aliases (actor_id, text, mentions) SELECT actor_id, text, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, text", ct);
        await tx.ExecuteAsync("DELETE FROM actor_mentions", ct);
        await tx.ExecuteAsync("INSERT INTO actor_mentions (actor_id, mentions) SELECT actor_id, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id", ct);
        await tx.ExecuteAsync("DELETE FROM actor_claims", ct);
        await tx.ExecuteAsync(
            """
            INSERT INTO actor_claims (actor_id, claims)
            SELECT actor_id, count(*) FROM (
                SELECT id, subject_id AS actor_id FROM claims
                UNION SELECT id, object_id FROM claims WHERE object_id IS NOT NULL)
            GROUP BY actor_id
            """, ct);
        await tx.CommitAsync(ct);
    }
}
