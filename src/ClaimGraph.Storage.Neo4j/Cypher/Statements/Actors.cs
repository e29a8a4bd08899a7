namespace ClaimGraph.Storage.Neo4j.Cypher;

public static partial class CypherStatements
{
    /// <summary>Actors (:Actor:Country, :Actor:Person …) and policies (:Policy): lists, lookups by any name, aliases.</summary>
    public static class Actors
    {
        /// <summary>A claim naming the actor as both subject and object counts once.</summary>
        private const string Columns =
            """
            a.id AS id, a.name AS name, a.type AS type, a.english AS english, a.qid AS qid,
            COUNT { (a)<-[:NAMES]-(:Mention) } AS mentionCount,
            COUNT { (a)<-[:SUBJECT]-(:Claim) } + COUNT { (c:Claim)-[:OBJECT]->(a) WHERE NOT (c)-[:SUBJECT]->(a) } AS claimCount
            """;

        /// <summary>By type, and by a substring of the name, the English name or any surface a mention wrote.</summary>
        private const string Filter =
            """
            ($type IS NULL OR a.type = $type)
            AND ($search IS NULL OR a.name CONTAINS $search OR coalesce(a.english, '') CONTAINS $search
                OR EXISTS { MATCH (a)<-[:NAMES]-(m:Mention) WHERE m.text CONTAINS $search })
            """;

        public static readonly CypherStatement Count = Declare(nameof(Actors), "type search",
            $"MATCH (a:Actor|Policy) WHERE {Filter} RETURN count(a) AS total");

        public static readonly CypherStatement Page = Declare(nameof(Actors), "type search after limit",
            $"""
            MATCH (a:Actor|Policy) WHERE {Filter} AND ($after IS NULL OR a.id > $after)
            WITH a ORDER BY a.id LIMIT $limit
            RETURN {Columns}
            ORDER BY id
            """);

        public static readonly CypherStatement ById = Declare(nameof(Actors), "ids",
            $"MATCH (a:Actor|Policy) WHERE a.id IN $ids RETURN {Columns} ORDER BY id");

        /// <summary>The node with this id, else the one so named, else the one most often written this way.</summary>
        public static readonly CypherStatement Find = Declare(nameof(Actors), "name",
            $$"""
            OPTIONAL MATCH (:Mention {text: $name})-[:NAMES]->(alias:Actor|Policy)
            WITH collect(alias) AS aliases
            OPTIONAL MATCH (direct:Actor|Policy) WHERE direct.id = $name OR direct.name = $name OR direct.english = $name
            WITH aliases, collect(direct) AS directs
            UNWIND aliases + directs AS a
            WITH DISTINCT a
            WITH a, COUNT { (a)<-[:NAMES]-(:Mention) } AS mentions
            ORDER BY a.id = $name DESC, a.name = $name DESC, mentions DESC, a.id
            LIMIT 1
            RETURN {{Columns}}
            """);

        public static readonly CypherStatement Aliases = Declare(nameof(Actors), "ids",
            """
            MATCH (m:Mention)-[:NAMES]->(a:Actor|Policy) WHERE a.id IN $ids
            RETURN a.id AS actorId, m.text AS alias, count(m) AS mentions
            ORDER BY actorId, mentions DESC, alias
            """);
    }
}
