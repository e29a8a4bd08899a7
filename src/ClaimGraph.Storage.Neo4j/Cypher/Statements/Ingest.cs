namespace ClaimGraph.Storage.Neo4j.Cypher;

public static partial class CypherStatements
{
    /// <summary>Writing one analyzed document: batched with UNWIND $rows, all inside one explicit transaction.</summary>
    public static class Ingest
    {
        /// <summary>The stored text's date too: the same text with another date (given by the caller) is written again, re-timed.</summary>
        public static readonly CypherStatement DocumentById = Declare(nameof(Ingest), "id",
            "MATCH (d:Document {id: $id}) RETURN d.id AS id, d.dateValue AS dateValue, d.dateRule AS dateRule");

        public static readonly CypherStatement DocumentByName = Declare(nameof(Ingest), "name",
            "MATCH (d:Document {name: $name}) RETURN d.id AS id");

        /// <summary>Hands out blocks of ids; a sequence never goes back, so a claim id is never given twice.</summary>
        public static readonly CypherStatement AllocateIds = Declare(nameof(Ingest), "blocks",
            """
            UNWIND $blocks AS block
            MERGE (s:Sequence {name: block.name})
            ON CREATE SET s.last = 0
            SET s.last = s.last + block.size
            RETURN block.name AS name, s.last - block.size + 1 AS first
            """);

        /// <summary>The document with its date (value, precision, rule, confidence, evidence span and text) or the reason it has none.</summary>
        public static readonly CypherStatement CreateDocument = Declare(nameof(Ingest),
            "id name title url publishedAt year dateValue datePrecision dateRule dateConfidence dateEvidenceStart dateEvidenceEnd dateEvidence " +
            "dateUnknownReason originalText normalizedText ingestedAt sentenceCount claimCount tokenCount",
            """
            CREATE (:Document {id: $id, name: $name, title: $title, url: $url, publishedAt: $publishedAt, year: $year,
                dateValue: $dateValue, datePrecision: $datePrecision, dateRule: $dateRule, dateConfidence: toFloat($dateConfidence),
                dateEvidenceStart: $dateEvidenceStart, dateEvidenceEnd: $dateEvidenceEnd, dateEvidence: $dateEvidence,
                dateUnknownReason: $dateUnknownReason, originalText: $originalText, normalizedText: $normalizedText, ingestedAt: $ingestedAt,
                sentenceCount: $sentenceCount, claimCount: $claimCount, tokenCount: $tokenCount})
            """);

        public static readonly CypherStatement CreateAuthors = Declare(nameof(Ingest), "document rows",
            """
            MATCH (d:Document {id: $document})
            UNWIND $rows AS row
            CREATE (d)-[:HAS_AUTHOR]->(:Author {position: row.position, name: row.name, affiliation: row.affiliation, role: row.role, section: row.section})
            """);

        public static readonly CypherStatement CreateNotes = Declare(nameof(Ingest), "document rows",
            """
            MATCH (d:Document {id: $document})
            UNWIND $rows AS row
            CREATE (d)-[:HAS_NOTE]->(:Note {position: row.position, marker: row.marker, text: row.text, start: row.start, end: row.end, referencedAt: row.referencedAt})
            """);

        public static readonly CypherStatement CreateSentences = Declare(nameof(Ingest), "document rows",
            """
            MATCH (d:Document {id: $document})
            UNWIND $rows AS row
            CREATE (d)-[:HAS_SENTENCE]->(:Sentence {id: row.id, documentId: $document, index: row.index, text: row.text,
                folded: row.folded, tokens: row.tokens, start: row.start, end: row.end})
            """);

        // One statement per actor type: a label is part of the statement's text, never a value.

        public static readonly CypherStatement MergeCountries = Declare(nameof(Ingest), "rows", MergeActors("Country"));
        public static readonly CypherStatement MergePeople = Declare(nameof(Ingest), "rows", MergeActors("Person"));
        public static readonly CypherStatement MergeAdministrations = Declare(nameof(Ingest), "rows", MergeActors("Administration"));
        public static readonly CypherStatement MergeOrganizations = Declare(nameof(Ingest), "rows", MergeActors("Organization"));

        public static readonly CypherStatement MergePolicies = Declare(nameof(Ingest), "rows",
            """
            UNWIND $rows AS row
            MERGE (p:Policy {id: row.id})
            ON CREATE SET p.name = row.name, p.type = row.type, p.english = row.english, p.qid = row.qid
            ON MATCH SET p.english = coalesce(p.english, row.english), p.qid = coalesce(p.qid, row.qid)
            """);

        private static string MergeActors(string label) =>
            $$"""
            UNWIND $rows AS row
            MERGE (a:Actor {id: row.id})
            ON CREATE SET a:{{label}}, a.name = row.name, a.type = row.type, a.english = row.english, a.qid = row.qid
            ON MATCH SET a.english = coalesce(a.english, row.english), a.qid = coalesce(a.qid, row.qid)
            """;

        public static readonly CypherStatement CreateMentions = Declare(nameof(Ingest), "document rows",
            """
            UNWIND $rows AS row
            MATCH (s:Sentence {id: row.sentence})
            CREATE (m:Mention {id: row.id, documentId: $document, text: row.text, surface: row.surface, type: row.type,
                start: row.start, end: row.end, provenance: row.provenance, confidence: toFloat(row.confidence)})-[:IN]->(s)
            WITH m, row
            WHERE row.actor IS NOT NULL
            MATCH (a:Actor|Policy {id: row.actor})
            CREATE (m)-[:NAMES]->(a)
            """);

        public static readonly CypherStatement CreateClaims = Declare(nameof(Ingest), "document rows",
            """
            UNWIND $rows AS row
            MATCH (s:Sentence {id: row.sentence})
            MATCH (subject:Actor|Policy {id: row.subject})
            CREATE (c:Claim {id: row.id, documentId: $document, predicate: row.predicate, negated: row.negated, modality: row.modality,
                cue: row.cue, cueStart: row.cueStart, cueEnd: row.cueEnd, year: row.year,
                cooperation: toFloat(row.cooperation), conflict: toFloat(row.conflict), provenance: row.provenance, confidence: toFloat(row.confidence),
                subjectText: row.subjectText, subjectType: row.subjectType, subjectStart: row.subjectStart, subjectEnd: row.subjectEnd,
                objectText: row.objectText, objectType: row.objectType, objectStart: row.objectStart, objectEnd: row.objectEnd,
                sourceText: row.sourceText, time: row.time, timePrecision: row.timePrecision, timeYear: row.timeYear,
                timeSource: row.timeSource, timeExpression: row.timeExpression})-[:IN]->(s)
            CREATE (c)-[:SUBJECT]->(subject)
            """);

        /// <summary>
        /// Office titles read as their holders. holderId and namedId are actor ids (PERSON:特朗普); the holder may be
        /// an actor no document names, so they are properties, not relationships.
        /// </summary>
        public static readonly CypherStatement CreateTitleReferences = Declare(nameof(Ingest), "document rows",
            """
            UNWIND $rows AS row
            MATCH (s:Sentence {id: row.sentence})
            CREATE (:TitleReference {documentId: $document, position: row.position, title: row.title, office: row.office, at: row.at,
                holderId: row.holderId, holderName: row.holderName, holderQid: row.holderQid, namedId: row.namedId,
                consistent: row.consistent, start: row.start, end: row.end})-[:IN]->(s)
            """);

        public static readonly CypherStatement LinkObjects = Declare(nameof(Ingest), "rows",
            """
            UNWIND $rows AS row
            MATCH (c:Claim {id: row.claim})
            MATCH (o:Actor|Policy {id: row.actor})
            CREATE (c)-[:OBJECT]->(o)
            """);

        public static readonly CypherStatement LinkSources = Declare(nameof(Ingest), "rows",
            """
            UNWIND $rows AS row
            MATCH (c:Claim {id: row.claim})
            MATCH (a:Actor|Policy {id: row.actor})
            CREATE (c)-[:ASSERTED_BY]->(a)
            """);

        public static readonly CypherStatement CreateArgumentLinks = Declare(nameof(Ingest), "document rows",
            """
            UNWIND $rows AS row
            MATCH (f:Sentence {id: row.from})
            MATCH (t:Sentence {id: row.to})
            CREATE (l:ArgumentLink {id: row.id, documentId: $document, kind: row.kind, fromStart: row.fromStart, fromEnd: row.fromEnd,
                toStart: row.toStart, toEnd: row.toEnd, fromText: row.fromText, toText: row.toText, cue: row.cue, provenance: row.provenance})
            CREATE (l)-[:FROM]->(f)
            CREATE (l)-[:TO]->(t)
            """);

        // Claims in the two units of an argument link, joined by the link's kind (one statement per relationship type).

        public static readonly CypherStatement LinkSupportingClaims = Declare(nameof(Ingest), "rows", LinkClaims("SUPPORTS"));
        public static readonly CypherStatement LinkContrastingClaims = Declare(nameof(Ingest), "rows", LinkClaims("CONTRASTS"));
        public static readonly CypherStatement LinkElaboratingClaims = Declare(nameof(Ingest), "rows", LinkClaims("ELABORATES"));

        private static string LinkClaims(string type) =>
            $$"""
            UNWIND $rows AS row
            MATCH (a:Claim {id: row.from})
            MATCH (b:Claim {id: row.to})
            CREATE (a)-[:{{type}} {link: row.link, cue: row.cue}]->(b)
            """;
    }
}
