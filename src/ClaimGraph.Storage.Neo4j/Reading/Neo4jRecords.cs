using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>Row readers for the records the store hands out, by the column names the statements return.</summary>
internal static class Neo4jRecords
{
    public static DocumentRecord Document(CypherRow r) =>
        new(r.String("id"), r.String("name"), r.NullableString("title"), r.NullableString("url"), r.NullableString("publishedAt"), r.String("ingestedAt"),
            r.Int("sentenceCount"), r.Int("claimCount"))
        {
            Date = new DocumentDateRecord(r.NullableString("dateValue"), r.NullableString("datePrecision"), r.String("dateRule"), r.Double("dateConfidence"),
                r.NullableInt("dateEvidenceStart"), r.NullableInt("dateEvidenceEnd"), r.NullableString("dateEvidence"), r.NullableString("dateUnknownReason")),
        };

    public static DocumentTextRecord DocumentText(CypherRow r) => new(r.String("documentId"), r.String("originalText"));

    public static SentenceRecord Sentence(CypherRow r) =>
        new(r.Long("id"), r.String("documentId"), r.Int("index"), r.String("text"), r.Int("start"), r.Int("end"));

    public static AuthorRecord Author(CypherRow r) =>
        new(r.String("documentId"), r.String("name"), r.NullableString("affiliation"), r.NullableString("role"), r.NullableString("section"));

    public static NoteRecord Note(CypherRow r) => new(r.String("documentId"), r.String("marker"), r.String("text"), r.Int("start"), r.Int("end"));

    public static MentionRecord Mention(CypherRow r) =>
        new(r.Long("id"), r.String("documentId"), r.Long("sentenceId"), r.NullableString("actorId"), r.String("text"), r.String("surface"), r.String("type"),
            r.Int("start"), r.Int("end"), r.String("provenance"), r.Double("confidence"));

    public static ActorRecord Actor(CypherRow r) =>
        new(r.String("id"), r.String("name"), r.String("type"), r.NullableString("english"), r.NullableString("qid"), r.Int("mentionCount"), r.Int("claimCount"));

    public static AliasRecord Alias(CypherRow r) => new(r.String("actorId"), r.String("alias"), r.Int("mentions"));

    public static ClaimRecord Claim(CypherRow r) =>
        new(r.Long("id"), r.String("documentId"), r.Long("sentenceId"), r.String("subjectId"), r.String("subjectText"), r.String("predicate"),
            r.NullableString("objectId"), r.NullableString("objectText"), r.Bool("negated"), r.String("modality"), r.NullableString("sourceId"),
            r.NullableString("sourceText"), r.String("cue"), r.Int("cueStart"), r.Int("cueEnd"), r.NullableInt("year"), r.Double("cooperation"),
            r.Double("conflict"), r.String("provenance"), r.Double("confidence"), r.Int("subjectStart"), r.Int("subjectEnd"), r.NullableInt("objectStart"),
            r.NullableInt("objectEnd"))
        {
            Time = r.NullableString("time") is { } time
                ? new ClaimTimeRecord(time, r.String("timePrecision"), r.Int("timeYear"), r.String("timeSource"), r.NullableString("timeExpression"))
                : null,
        };

    public static TitleReferenceRecord TitleReference(CypherRow r) =>
        new(r.String("documentId"), r.Long("sentenceId"), r.String("title"), r.String("office"), r.NullableString("at"), r.NullableString("holderId"),
            r.NullableString("holderName"), r.NullableString("holderQid"), r.NullableString("namedId"), r.Bool("consistent"), r.Int("start"), r.Int("end"));

    public static MergeRecord Merge(CypherRow r) => new(r.String("actorId"), r.String("surface"), r.String("rule"), r.Int("times"));

    public static TimelineRecord Timeline(CypherRow r) =>
        new(r.String("actorId"), r.Int("year"), r.Int("claims"), r.Double("cooperation"), r.Double("conflict"));

    public static RelationRecord Relation(CypherRow r) =>
        new(r.String("source"), r.String("target"), r.String("predicate"), r.Bool("negated"), r.Int("claims"), r.Double("cooperation"), r.Double("conflict"),
            r.NullableInt("first"), r.NullableInt("last"));

    public static LinkRecord Link(CypherRow r) =>
        new(r.Long("id"), r.String("documentId"), r.String("kind"), r.Long("fromSentenceId"), r.Int("fromStart"), r.Int("fromEnd"), r.Long("toSentenceId"),
            r.Int("toStart"), r.Int("toEnd"), r.String("fromText"), r.String("toText"), r.String("cue"));

    public static ReviewRecord Review(CypherRow r) =>
        new(r.Long("id"), r.Long("claimId"), r.String("verdict"), r.NullableString("correctedPredicate"), r.NullableBool("correctedNegated"),
            r.NullableString("correctedModality"), r.String("reviewer"), r.String("reviewedAt"), r.NullableString("note"), r.String("sentenceText"),
            r.String("subjectText"), r.String("subjectType"), r.NullableString("objectText"), r.NullableString("objectType"), r.String("originalPredicate"),
            r.Bool("originalNegated"), r.String("originalModality"));

    public static Page<T> PageOf<T>(IReadOnlyList<CypherResult> countAndRows, Func<CypherRow, T> read, int first)
    {
        var rows = countAndRows[1].Rows.Select(read).ToList();
        return new Page<T>(rows.Take(first).ToList(), rows.Count > first, countAndRows[0].Rows[0].Int("total"));
    }
}
