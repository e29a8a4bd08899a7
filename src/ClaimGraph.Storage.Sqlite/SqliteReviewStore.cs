using System.Globalization;
using ClaimGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Analysts' reviews of claims: written beside the claims, never over them.</summary>
public sealed class SqliteReviewStore(SqliteDatabase database)
{
    private const string Columns =
        "id, claim_id, verdict, corrected_predicate, corrected_negated, corrected_modality, reviewer, reviewed_at, note, sentence_text, subject_text, subject_type, object_text, object_type, original_predicate, original_negated, original_modality";

    public async Task<ReviewRecord> AddAsync(ReviewInput input, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var id = await connection.ScalarAsync<long?>(
            """
            INSERT INTO reviews (claim_id, verdict, corrected_predicate, corrected_negated, corrected_modality, reviewer, reviewed_at, note,
                sentence_text, subject_text, subject_type, object_text, object_type, original_predicate, original_negated, original_modality)
            SELECT c.id, $p1, $p2, $p3, $p4, $p5, $p6, $p7, s.text, sm.text, sm.type, om.text, om.type, c.predicate, c.negated, c.modality
            FROM claims c
            JOIN sentences s ON s.id = c.sentence_id
            JOIN mentions sm ON sm.id = c.subject_mention_id
            LEFT JOIN mentions om ON om.id = c.object_mention_id
            WHERE c.id = $p0
            RETURNING id
            """, ct, input.ClaimId, input.Verdict, input.Predicate, input.Negated is { } n ? (n ? 1 : 0) : null, input.Modality,
            input.Reviewer, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), input.Note);
        if (id is null) throw new KeyNotFoundException($"no claim with id {input.ClaimId}");
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM reviews WHERE id = $p0", Read, ct, id.Value);
        return rows[0];
    }

    public async Task<IReadOnlyList<ReviewRecord>> ForClaimsAsync(IReadOnlyCollection<long> claimIds, CancellationToken ct)
    {
        if (claimIds.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM reviews WHERE claim_id IN ({SqliteCommands.InList(claimIds.Count)}) ORDER BY id",
            Read, ct, [.. claimIds.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<ReviewRecord>> AllAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM reviews ORDER BY id", Read, ct);
    }

    private static ReviewRecord Read(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.NullableString(3), r.IsDBNull(4) ? null : r.GetInt64(4) != 0, r.NullableString(5),
            r.GetString(6), r.GetString(7), r.NullableString(8), r.GetString(9), r.GetString(10), r.GetString(11), r.NullableString(12),
            r.NullableString(13), r.GetString(14), r.GetInt64(15) != 0, r.GetString(16));
}
