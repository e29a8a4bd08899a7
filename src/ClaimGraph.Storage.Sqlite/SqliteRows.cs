using ClaimGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Column lists and row readers, kept side by side so they cannot drift apart.</summary>
public static class SqliteRows
{
    public const string DocumentColumns =
        "d.id, d.name, d.title, d.url, d.published_at, d.ingested_at, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id), (SELECT count(*) FROM claims c WHERE c.document_id = d.id), " +
        "d.date_value, d.date_precision, d.date_rule, d.date_confidence, d.date_evidence_start, d.date_evidence_end, d.date_evidence, d.date_unknown_reason";

    public static DocumentRecord Document(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.GetString(5), r.GetInt32(6), r.GetInt32(7))
        {
            Date = new DocumentDateRecord(r.NullableString(8), r.NullableString(9), r.GetString(10), r.GetDouble(11), r.NullableInt(12), r.NullableInt(13),
                r.NullableString(14), r.NullableString(15)),
        };

    public const string SentenceColumns = "s.id, s.document_id, s.idx, s.text, s.start, s.end";

    public static SentenceRecord Sentence(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5));

    public const string ActorColumns =
        "a.id, a.name, a.type, a.english, a.qid, COALESCE((SELECT m.mentions FROM actor_mentions m WHERE m.actor_id = a.id), 0), " +
        "COALESCE((SELECT y.claims FROM actor_claims y WHERE y.actor_id = a.id), 0)";

    public static ActorRecord Actor(SqliteDataReader r) => Actor(r, 0);

    /// <summary>An actor whose <see cref="ActorColumns"/> start at <paramref name="at"/>.</summary>
    public static ActorRecord Actor(SqliteDataReader r, int at) =>
        new(r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), r.NullableString(at + 3), r.NullableString(at + 4), r.GetInt32(at + 5), r.GetInt32(at + 6));

    public const string ClaimColumns =
        """
        c.id, c.document_id, c.sentence_id, c.subject_id, sm.text, c.predicate, c.object_id, om.text, c.negated, c.modality,
        c.source_id, srm.text, c.cue, c.cue_start, c.cue_end, c.year, c.cooperation, c.conflict, c.provenance, c.confidence, sm.start, sm.end, om.start, om.end,
        c.time, c.time_precision, c.time_year, c.time_source, c.time_expression
        """;

    public const string ClaimJoins =
        """
        FROM claims c
        JOIN mentions sm ON sm.id = c.subject_mention_id
        LEFT JOIN mentions om ON om.id = c.object_mention_id
        LEFT JOIN mentions srm ON srm.id = c.source_mention_id
        """;

    public static ClaimRecord Claim(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5), r.NullableString(6), r.NullableString(7),
            r.GetInt64(8) != 0, r.GetString(9), r.NullableString(10), r.NullableString(11), r.GetString(12), r.GetInt32(13), r.GetInt32(14),
            r.NullableInt(15), r.GetDouble(16), r.GetDouble(17), r.GetString(18), r.GetDouble(19), r.GetInt32(20), r.GetInt32(21), r.NullableInt(22), r.NullableInt(23))
        {
            Time = r.NullableString(24) is { } time ? new ClaimTimeRecord(time, r.GetString(25), r.GetInt32(26), r.GetString(27), r.NullableString(28)) : null,
        };

    public const string RelationColumns = "source_id, target_id, predicate, negated, claims, cooperation, conflict, first_year, last_year";

    public static RelationRecord Relation(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3) != 0, r.GetInt32(4), r.GetDouble(5), r.GetDouble(6), r.NullableInt(7), r.NullableInt(8));

    public const string LinkColumns = "id, document_id, kind, from_sentence_id, from_start, from_end, to_sentence_id, to_start, to_end, from_text, to_text, cue";

    public static LinkRecord Link(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt32(4), r.GetInt32(5), r.GetInt64(6), r.GetInt32(7), r.GetInt32(8), r.GetString(9), r.GetString(10), r.GetString(11));
}
