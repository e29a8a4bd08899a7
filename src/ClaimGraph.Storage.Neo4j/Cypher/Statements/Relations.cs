namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>Where a sliced relation count starts: the actors asked for, else the slice's document, else every claim.</summary>
public enum RelationSliceStart
{
    Actors,
    Document,
    All,
}

public static partial class CypherStatements
{
    /// <summary>
    /// (:Actor)-[:RELATION]->(:Actor|Policy), one per ordered pair, predicate and negation, derived from the claims:
    /// recomputed for every pair a document adds or removes, inside that document's transaction.
    /// </summary>
    public static class Relations
    {
        private const string Columns =
            "s.id AS source, t.id AS target, r.predicate AS predicate, r.negated AS negated, r.claims AS claims, r.cooperation AS cooperation, r.conflict AS conflict, r.first AS first, r.last AS last";

        public static readonly CypherStatement DeleteForPairs = Declare(nameof(Relations), "pairs",
            """
            UNWIND $pairs AS pair
            MATCH (s:Actor|Policy {id: pair.source})-[r:RELATION]->(t:Actor|Policy {id: pair.target})
            DELETE r
            """);

        /// <summary>first and last are the years of the claims' time (from the sentence, else the document); claims with none count but date nothing.</summary>
        public static readonly CypherStatement CreateForPairs = Declare(nameof(Relations), "pairs",
            """
            UNWIND $pairs AS pair
            MATCH (s:Actor|Policy {id: pair.source})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(t:Actor|Policy {id: pair.target})
            WITH s, t, c.predicate AS predicate, c.negated AS negated, count(c) AS claims, sum(c.cooperation) AS cooperation,
                sum(c.conflict) AS conflict, min(c.timeYear) AS first, max(c.timeYear) AS last
            CREATE (s)-[:RELATION {predicate: predicate, negated: negated, claims: claims, cooperation: cooperation, conflict: conflict, first: first, last: last}]->(t)
            """);

        /// <summary>Relations in which one of the actors is source or target (two index lookups; the caller sorts).</summary>
        public static readonly CypherStatement Of = Declare(nameof(Relations), "ids minClaims",
            $"""
            MATCH (s:Actor|Policy)-[r:RELATION]->(t:Actor|Policy) WHERE s.id IN $ids AND r.claims >= $minClaims
            RETURN {Columns}
            UNION
            MATCH (s:Actor|Policy)-[r:RELATION]->(t:Actor|Policy) WHERE t.id IN $ids AND r.claims >= $minClaims
            RETURN {Columns}
            """);

        public static readonly CypherStatement Strongest = Declare(nameof(Relations), "minClaims limit",
            $"""
            MATCH (s:Actor|Policy)-[r:RELATION]->(t:Actor|Policy)
            WHERE r.claims >= $minClaims
            RETURN {Columns}
            ORDER BY claims DESC, source, target, predicate, negated
            LIMIT $limit
            """);

        /// <summary>
        /// Relations counted afresh from only the claims in a slice (modalities, year range, document), grouped as the
        /// stored relations are; one statement per starting point, each checking every part of the slice (a part not
        /// given is a null parameter). Years are those of the claims' time, as stored; a claim with none is left out
        /// while a year bound is set.
        /// </summary>
        public static readonly IReadOnlyDictionary<RelationSliceStart, CypherStatement> Sliced =
            Enum.GetValues<RelationSliceStart>().ToDictionary(start => start, start => new CypherStatement($"{nameof(Relations)}.SlicedFrom{start}",
                $"""
                {StartClause(start)}
                WITH DISTINCT c
                WHERE ($modalities IS NULL OR c.modality IN $modalities)
                  AND ($fromYear IS NULL OR c.timeYear >= $fromYear)
                  AND ($toYear IS NULL OR c.timeYear <= $toYear)
                  AND ($document IS NULL OR c.documentId = $document)
                MATCH (s:Actor|Policy)<-[:SUBJECT]-(c)-[:OBJECT]->(t:Actor|Policy)
                WITH s.id AS source, t.id AS target, c.predicate AS predicate, c.negated AS negated, count(c) AS claims,
                    sum(c.cooperation) AS cooperation, sum(c.conflict) AS conflict, min(c.timeYear) AS first, max(c.timeYear) AS last
                WHERE claims >= $minClaims
                RETURN source, target, predicate, negated, claims, cooperation, conflict, first, last
                ORDER BY claims DESC, source, target, predicate, negated
                LIMIT $limit
                """,
                start == RelationSliceStart.Actors
                    ? ["ids", "modalities", "fromYear", "toYear", "document", "minClaims", "limit"]
                    : ["modalities", "fromYear", "toYear", "document", "minClaims", "limit"]));

        private static string StartClause(RelationSliceStart start) => start switch
        {
            RelationSliceStart.Actors => "MATCH (a:Actor|Policy) WHERE a.id IN $ids\nMATCH (c:Claim)-[:SUBJECT|OBJECT]->(a)",
            RelationSliceStart.Document => "MATCH (c:Claim {documentId: $document})",
            RelationSliceStart.All => "MATCH (c:Claim)",
            _ => throw new ArgumentOutOfRangeException(nameof(start)),
        };
    }
}
