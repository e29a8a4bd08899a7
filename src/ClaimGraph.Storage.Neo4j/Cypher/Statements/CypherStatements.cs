namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the Neo4j store can send, and nothing else sends Cypher. Each area is a nested class of
/// named statements; <see cref="CypherCatalog"/> collects them all (CI lints them with Neo4j's own parser).
/// Statements are fixed text: values are parameters ($name), never part of the text.
/// </summary>
public static partial class CypherStatements
{
    private static CypherStatement Declare(string area, string parameters, string text, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        CypherStatement.Declare(parameters, text, $"{area}.{name}");

    /// <summary>Checks on the server and the store's own schema version.</summary>
    public static class Server
    {
        public static readonly CypherStatement Components = Declare(nameof(Server), "",
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition");

        public static readonly CypherStatement SchemaVersion = Declare(nameof(Server), "version",
            "MERGE (i:SchemaInfo {key: 'version'}) ON CREATE SET i.value = $version RETURN i.value AS version");

        /// <summary>Writers take this node's lock first, so one document's relations are recomputed after another's commit.</summary>
        public static readonly CypherStatement LockWrites = Declare(nameof(Server), "at",
            "MERGE (l:WriteLock {name: 'graph'}) SET l.lockedAt = $at");

        /// <summary>OPTIONAL MATCH: an aggregate grouped by the counts before it would give no row at all for a label with no nodes.</summary>
        public static readonly CypherStatement Counts = Declare(nameof(Server), "",
            """
            OPTIONAL MATCH (d:Document) WITH count(d) AS documents
            OPTIONAL MATCH (s:Sentence) WITH documents, count(s) AS sentences
            OPTIONAL MATCH (m:Mention) WITH documents, sentences, count(m) AS mentions
            OPTIONAL MATCH (c:Claim) WITH documents, sentences, mentions, count(c) AS claims
            OPTIONAL MATCH (a:Actor|Policy) WITH documents, sentences, mentions, claims, count(a) AS actors
            OPTIONAL MATCH ()-[r:RELATION]->() WITH documents, sentences, mentions, claims, actors, count(r) AS relations
            RETURN documents, sentences, mentions, claims, actors, relations
            """);
    }
}
