namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>Where a claim query starts: from the most selective filter it was given.</summary>
public enum ClaimAnchor
{
    All,
    Subject,
    Object,
    Source,
    Actor,
    Document,
    Text,
}

public static partial class CypherStatements
{
    /// <summary>
    /// Claims: one statement per starting point (<see cref="ClaimAnchor"/>) for the count and for a page, each
    /// checking every filter; a filter not given is a null parameter.
    /// </summary>
    public static class Claims
    {
        private const string FilterParameters = "subject object source actor role predicate modality negated document fromYear toYear text";

        /// <summary>The columns of a claim record, for the claims bound to c.</summary>
        private const string Projection =
            """
            MATCH (c)-[:IN]->(s:Sentence)
            MATCH (c)-[:SUBJECT]->(subject:Actor|Policy)
            OPTIONAL MATCH (c)-[:OBJECT]->(object:Actor|Policy)
            OPTIONAL MATCH (c)-[:ASSERTED_BY]->(source:Actor|Policy)
            RETURN c.id AS id, c.documentId AS documentId, s.id AS sentenceId, subject.id AS subjectId, c.subjectText AS subjectText,
                c.predicate AS predicate, object.id AS objectId, c.objectText AS objectText, c.negated AS negated, c.modality AS modality,
                source.id AS sourceId, c.sourceText AS sourceText, c.cue AS cue, c.cueStart AS cueStart, c.cueEnd AS cueEnd, c.year AS year,
                c.cooperation AS cooperation, c.conflict AS conflict, c.provenance AS provenance, c.confidence AS confidence,
                c.subjectStart AS subjectStart, c.subjectEnd AS subjectEnd, c.objectStart AS objectStart, c.objectEnd AS objectEnd,
                c.time AS time, c.timePrecision AS timePrecision, c.timeYear AS timeYear, c.timeSource AS timeSource, c.timeExpression AS timeExpression
            ORDER BY id
            """;

        /// <summary>
        /// Every filter, each true when its parameter is null. An actor given by name matches by id, canonical or
        /// English name, or any surface a mention wrote it as.
        /// </summary>
        private static readonly string Filter = string.Join("\n  AND ",
        [
            NamedBy("SUBJECT", "subject"),
            NamedBy("OBJECT", "object"),
            NamedBy("ASSERTED_BY", "source"),
            """
            ($actor IS NULL
                OR ($role IS NULL AND EXISTS { MATCH (c)-[:SUBJECT|OBJECT|ASSERTED_BY]->(a) WHERE a.id = $actor })
                OR ($role = 'SUBJECT' AND EXISTS { MATCH (c)-[:SUBJECT]->(a) WHERE a.id = $actor })
                OR ($role = 'OBJECT' AND EXISTS { MATCH (c)-[:OBJECT]->(a) WHERE a.id = $actor })
                OR ($role = 'SOURCE' AND EXISTS { MATCH (c)-[:ASSERTED_BY]->(a) WHERE a.id = $actor }))
            """,
            "($predicate IS NULL OR c.predicate = $predicate)",
            "($modality IS NULL OR c.modality = $modality)",
            "($negated IS NULL OR c.negated = $negated)",
            "($document IS NULL OR c.documentId = $document)",
            // Year ranges slice by the claim's time; a claim with none has a null c.timeYear, which no bound admits.
            "($fromYear IS NULL OR c.timeYear >= $fromYear)",
            "($toYear IS NULL OR c.timeYear <= $toYear)",
            "($text IS NULL OR EXISTS { MATCH (c)-[:IN]->(s:Sentence) WHERE s.text CONTAINS $text })",
        ]);

        public static readonly IReadOnlyDictionary<ClaimAnchor, CypherStatement> CountBy =
            Enum.GetValues<ClaimAnchor>().ToDictionary(a => a, a => new CypherStatement($"{nameof(Claims)}.CountBy{a}",
                $"{Start(a)}\nWITH DISTINCT c\nWHERE {Filter}\nRETURN count(c) AS total", FilterParameters.Split(' ')));

        public static readonly IReadOnlyDictionary<ClaimAnchor, CypherStatement> PageBy =
            Enum.GetValues<ClaimAnchor>().ToDictionary(a => a, a => new CypherStatement($"{nameof(Claims)}.PageBy{a}",
                $"{Start(a)}\nWITH DISTINCT c\nWHERE {Filter}\n  AND ($after IS NULL OR c.id > $after)\nWITH c ORDER BY c.id LIMIT $limit\n{Projection}",
                [.. FilterParameters.Split(' '), "after", "limit"]));

        public static readonly CypherStatement ById = Declare(nameof(Claims), "ids",
            $"MATCH (c:Claim) WHERE c.id IN $ids\nWITH c\n{Projection}");

        public static readonly CypherStatement InSentences = Declare(nameof(Claims), "ids",
            $"MATCH (c:Claim)-[:IN]->(within:Sentence) WHERE within.id IN $ids\nWITH c\n{Projection}");

        private static string NamedBy(string relationship, string parameter) =>
            $$"""
            (${{parameter}} IS NULL OR EXISTS { MATCH (c)-[:{{relationship}}]->(a)
                WHERE a.id = ${{parameter}} OR a.name = ${{parameter}} OR a.english = ${{parameter}} OR EXISTS { MATCH (a)<-[:NAMES]-(:Mention {text: ${{parameter}}}) } })
            """;

        private static string Start(ClaimAnchor anchor) => anchor switch
        {
            ClaimAnchor.All => "MATCH (c:Claim)",
            ClaimAnchor.Subject => Named("SUBJECT", "subject"),
            ClaimAnchor.Object => Named("OBJECT", "object"),
            ClaimAnchor.Source => Named("ASSERTED_BY", "source"),
            ClaimAnchor.Actor => "MATCH (named:Actor|Policy {id: $actor})\nMATCH (c:Claim)-[:SUBJECT|OBJECT|ASSERTED_BY]->(named)",
            ClaimAnchor.Document => "MATCH (c:Claim {documentId: $document})",
            ClaimAnchor.Text => "MATCH (s:Sentence) WHERE s.text CONTAINS $text\nMATCH (c:Claim)-[:IN]->(s)",
            _ => throw new ArgumentOutOfRangeException(nameof(anchor)),
        };

        /// <summary>Starts from the actors a name can mean (index lookups), then their claims.</summary>
        private static string Named(string relationship, string parameter) =>
            $$"""
            OPTIONAL MATCH (:Mention {text: ${{parameter}}})-[:NAMES]->(alias:Actor|Policy)
            WITH collect(alias) AS aliases
            OPTIONAL MATCH (direct:Actor|Policy) WHERE direct.id = ${{parameter}} OR direct.name = ${{parameter}} OR direct.english = ${{parameter}}
            WITH aliases, collect(direct) AS directs
            UNWIND aliases + directs AS named
            WITH DISTINCT named
            MATCH (c:Claim)-[:{{relationship}}]->(named)
            """;

        /// <summary>The starting point for a set of filters: a named actor first, then an actor id, a document, a text.</summary>
        public static ClaimAnchor AnchorFor(bool subject, bool @object, bool source, bool actor, bool document, bool text) =>
            subject ? ClaimAnchor.Subject
            : @object ? ClaimAnchor.Object
            : source ? ClaimAnchor.Source
            : actor ? ClaimAnchor.Actor
            : document ? ClaimAnchor.Document
            : text ? ClaimAnchor.Text
            : ClaimAnchor.All;
    }
}
