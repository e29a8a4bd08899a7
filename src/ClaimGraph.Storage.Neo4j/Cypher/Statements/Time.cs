namespace ClaimGraph.Storage.Neo4j.Cypher;

public static partial class CypherStatements
{
    /// <summary>Actors in time: office titles read as their holders, why an actor's names merged, claims per year of claim time.</summary>
    public static class Time
    {
        /// <summary>Ordered as written (position breaks a tie of two titles at one offset, which should not happen).</summary>
        public static readonly CypherStatement TitleReferences = Declare(nameof(Time), "ids",
            """
            MATCH (t:TitleReference)-[:IN]->(s:Sentence) WHERE t.documentId IN $ids
            RETURN t.documentId AS documentId, s.id AS sentenceId, t.title AS title, t.office AS office, t.at AS at, t.holderId AS holderId,
                t.holderName AS holderName, t.holderQid AS holderQid, t.namedId AS namedId, t.consistent AS consistent, t.start AS start, t.end AS end
            ORDER BY documentId, start, t.position
            """);

        /// <summary>
        /// Each surface with the rule that recognized it, and each title read as the actor where the name given with it
        /// agreed (rule office-holder:OFFICE). The two halves of the UNION come back unordered: the caller sorts. (An
        /// ordered CALL subquery would need Neo4j 5.23's CALL () syntax; the store serves every Neo4j 5.)
        /// </summary>
        public static readonly CypherStatement MergedFrom = Declare(nameof(Time), "ids",
            """
            MATCH (m:Mention)-[:NAMES]->(a:Actor|Policy) WHERE a.id IN $ids
            RETURN a.id AS actorId, m.text AS surface, m.provenance AS rule, count(m) AS times
            UNION ALL
            MATCH (t:TitleReference) WHERE t.holderId IN $ids AND t.consistent
            RETURN t.holderId AS actorId, t.title AS surface, 'office-holder:' + t.office AS rule, count(t) AS times
            """);

        /// <summary>A claim naming the actor as both subject and object counts once; claims with no time are left out.</summary>
        public static readonly CypherStatement Timeline = Declare(nameof(Time), "ids",
            """
            MATCH (a:Actor|Policy) WHERE a.id IN $ids
            MATCH (c:Claim)-[:SUBJECT|OBJECT]->(a)
            WHERE c.timeYear IS NOT NULL
            WITH DISTINCT a, c
            RETURN a.id AS actorId, c.timeYear AS year, count(c) AS claims, sum(c.cooperation) AS cooperation, sum(c.conflict) AS conflict
            ORDER BY actorId, year
            """);
    }
}
