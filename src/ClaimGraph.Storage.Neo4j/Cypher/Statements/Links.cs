namespace ClaimGraph.Storage.Neo4j.Cypher;

public static partial class CypherStatements
{
    /// <summary>(:ArgumentLink)-[:FROM|TO]->(:Sentence): argument links between two units of text.</summary>
    public static class Links
    {
        private const string Projection =
            """
            MATCH (l)-[:FROM]->(f:Sentence)
            MATCH (l)-[:TO]->(t:Sentence)
            RETURN l.id AS id, l.documentId AS documentId, l.kind AS kind, f.id AS fromSentenceId, l.fromStart AS fromStart, l.fromEnd AS fromEnd,
                t.id AS toSentenceId, l.toStart AS toStart, l.toEnd AS toEnd, l.fromText AS fromText, l.toText AS toText, l.cue AS cue
            ORDER BY id
            """;

        public static readonly CypherStatement ForSentences = Declare(nameof(Links), "ids",
            $"MATCH (l:ArgumentLink)-[:FROM|TO]->(s:Sentence) WHERE s.id IN $ids\nWITH DISTINCT l\n{Projection}");

        public static readonly CypherStatement ForDocuments = Declare(nameof(Links), "ids",
            $"MATCH (l:ArgumentLink) WHERE l.documentId IN $ids\nWITH l\n{Projection}");
    }

    /// <summary>(:Review)-[:REVIEWS]->(:Claim): analysts' verdicts, each with a snapshot of the claim as extracted.</summary>
    public static class Reviews
    {
        private const string Columns =
            """
            r.id AS id, r.claimId AS claimId, r.verdict AS verdict, r.correctedPredicate AS correctedPredicate, r.correctedNegated AS correctedNegated,
            r.correctedModality AS correctedModality, r.reviewer AS reviewer, r.reviewedAt AS reviewedAt, r.note AS note, r.sentenceText AS sentenceText,
            r.subjectText AS subjectText, r.subjectType AS subjectType, r.objectText AS objectText, r.objectType AS objectType,
            r.originalPredicate AS originalPredicate, r.originalNegated AS originalNegated, r.originalModality AS originalModality
            """;

        /// <summary>No row when there is no such claim. The review keeps its claim id after the claim is gone.</summary>
        public static readonly CypherStatement Create = Declare(nameof(Reviews), "claim verdict predicate negated modality reviewer reviewedAt note",
            $$"""
            MATCH (c:Claim {id: $claim})-[:IN]->(s:Sentence)
            MERGE (seq:Sequence {name: 'review'})
            ON CREATE SET seq.last = 0
            SET seq.last = seq.last + 1
            CREATE (r:Review {id: seq.last, claimId: c.id, verdict: $verdict, correctedPredicate: $predicate, correctedNegated: $negated,
                correctedModality: $modality, reviewer: $reviewer, reviewedAt: $reviewedAt, note: $note, sentenceText: s.text,
                subjectText: c.subjectText, subjectType: c.subjectType, objectText: c.objectText, objectType: c.objectType,
                originalPredicate: c.predicate, originalNegated: c.negated, originalModality: c.modality})-[:REVIEWS]->(c)
            RETURN {{Columns}}
            """);

        public static readonly CypherStatement ForClaims = Declare(nameof(Reviews), "ids",
            $"MATCH (r:Review) WHERE r.claimId IN $ids RETURN {Columns} ORDER BY id");

        public static readonly CypherStatement All = Declare(nameof(Reviews), "",
            $"MATCH (r:Review) RETURN {Columns} ORDER BY id");
    }

    /// <summary>
    /// Substring search over sentences. Three characters or more are ranked like the SQLite store's FTS5 trigram
    /// index (BM25 over trigrams, case folded), from the counts these statements return.
    /// </summary>
    public static class Search
    {
        public static readonly CypherStatement Totals = Declare(nameof(Search), "",
            "MATCH (d:Document) RETURN count(d) AS documents, sum(d.sentenceCount) AS sentences, sum(d.tokenCount) AS tokens");

        /// <summary>Every sentence holding the folded text, with its trigram count and how often the text occurs in it.</summary>
        public static readonly CypherStatement Phrase = Declare(nameof(Search), "folded",
            """
            MATCH (s:Sentence) WHERE s.folded CONTAINS $folded
            RETURN s.id AS id, s.tokens AS tokens,
                size([i IN range(0, size(s.folded) - size($folded)) WHERE substring(s.folded, i, size($folded)) = $folded]) AS frequency
            """);

        public static readonly CypherStatement Substring = Declare(nameof(Search), "text limit",
            """
            MATCH (s:Sentence) WHERE s.text CONTAINS $text
            RETURN s.id AS id, s.documentId AS documentId, s.index AS index, s.text AS text, s.start AS start, s.end AS end
            ORDER BY id
            LIMIT $limit
            """);
    }
}
