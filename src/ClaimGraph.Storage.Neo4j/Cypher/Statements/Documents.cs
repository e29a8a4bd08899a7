namespace ClaimGraph.Storage.Neo4j.Cypher;

public static partial class CypherStatements
{
    /// <summary>Documents with their sentences, authors, notes and mentions: reads, and deleting one with all it holds.</summary>
    public static class Documents
    {
        private const string Columns =
            """
            d.id AS id, d.name AS name, d.title AS title, d.url AS url, d.publishedAt AS publishedAt, d.ingestedAt AS ingestedAt,
            d.sentenceCount AS sentenceCount, d.claimCount AS claimCount, d.dateValue AS dateValue, d.datePrecision AS datePrecision,
            d.dateRule AS dateRule, d.dateConfidence AS dateConfidence, d.dateEvidenceStart AS dateEvidenceStart,
            d.dateEvidenceEnd AS dateEvidenceEnd, d.dateEvidence AS dateEvidence, d.dateUnknownReason AS dateUnknownReason
            """;

        private const string SentenceColumns = "s.id AS id, s.documentId AS documentId, s.index AS index, s.text AS text, s.start AS start, s.end AS end";

        public static readonly CypherStatement Count = Declare(nameof(Documents), "",
            "MATCH (d:Document) RETURN count(d) AS total");

        public static readonly CypherStatement Page = Declare(nameof(Documents), "after limit",
            $"MATCH (d:Document) WHERE $after IS NULL OR d.name > $after RETURN {Columns} ORDER BY d.name LIMIT $limit");

        public static readonly CypherStatement ById = Declare(nameof(Documents), "ids",
            $"MATCH (d:Document) WHERE d.id IN $ids RETURN {Columns} ORDER BY d.name");

        /// <summary>The text every stored offset indexes.</summary>
        public static readonly CypherStatement OriginalTexts = Declare(nameof(Documents), "ids",
            "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS documentId, d.originalText AS originalText ORDER BY documentId");

        public static readonly CypherStatement Authors = Declare(nameof(Documents), "ids",
            """
            MATCH (d:Document)-[:HAS_AUTHOR]->(a:Author) WHERE d.id IN $ids
            RETURN d.id AS documentId, a.name AS name, a.affiliation AS affiliation, a.role AS role, a.section AS section
            ORDER BY documentId, a.position
            """);

        public static readonly CypherStatement Notes = Declare(nameof(Documents), "ids",
            """
            MATCH (d:Document)-[:HAS_NOTE]->(n:Note) WHERE d.id IN $ids
            RETURN d.id AS documentId, n.marker AS marker, n.text AS text, n.start AS start, n.end AS end
            ORDER BY documentId, n.position
            """);

        public static readonly CypherStatement SentencesById = Declare(nameof(Documents), "ids",
            $"MATCH (s:Sentence) WHERE s.id IN $ids RETURN {SentenceColumns} ORDER BY id");

        public static readonly CypherStatement SentencesOf = Declare(nameof(Documents), "ids",
            $"MATCH (s:Sentence) WHERE s.documentId IN $ids RETURN {SentenceColumns} ORDER BY documentId, index");

        public static readonly CypherStatement Mentions = Declare(nameof(Documents), "id",
            """
            MATCH (m:Mention {documentId: $id})-[:IN]->(s:Sentence)
            OPTIONAL MATCH (m)-[:NAMES]->(a:Actor|Policy)
            RETURN m.id AS id, m.documentId AS documentId, s.id AS sentenceId, a.id AS actorId, m.text AS text, m.surface AS surface,
                m.type AS type, m.start AS start, m.end AS end, m.provenance AS provenance, m.confidence AS confidence
            ORDER BY start, id
            """);

        /// <summary>The actor pairs a document's claims join, so their relations can be recomputed once it is gone.</summary>
        public static readonly CypherStatement PairsOf = Declare(nameof(Documents), "id",
            """
            MATCH (subject:Actor|Policy)<-[:SUBJECT]-(c:Claim {documentId: $id})-[:OBJECT]->(object:Actor|Policy)
            RETURN DISTINCT subject.id AS source, object.id AS target
            """);

        public static readonly CypherStatement DeleteClaims = Declare(nameof(Documents), "id",
            "MATCH (c:Claim {documentId: $id}) DETACH DELETE c");

        public static readonly CypherStatement DeleteMentions = Declare(nameof(Documents), "id",
            "MATCH (m:Mention {documentId: $id}) DETACH DELETE m");

        public static readonly CypherStatement DeleteArgumentLinks = Declare(nameof(Documents), "id",
            "MATCH (l:ArgumentLink {documentId: $id}) DETACH DELETE l");

        public static readonly CypherStatement DeleteTitleReferences = Declare(nameof(Documents), "id",
            "MATCH (t:TitleReference {documentId: $id}) DETACH DELETE t");

        public static readonly CypherStatement DeleteSentences = Declare(nameof(Documents), "id",
            "MATCH (s:Sentence {documentId: $id}) DETACH DELETE s");

        /// <summary>The document with its authors and notes; actors stay, as other documents may name them.</summary>
        public static readonly CypherStatement Delete = Declare(nameof(Documents), "id",
            """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[:HAS_AUTHOR|HAS_NOTE]->(part)
            WITH d, collect(part) AS parts
            FOREACH (p IN parts | DETACH DELETE p)
            DETACH DELETE d
            """);
    }
}
