using ClaimGraph.Core.Documents;

namespace ClaimGraph.Storage.Neo4j.Schema;

/// <summary>The labels and relationship types of the graph (graph-schema/README.md draws them); the Cypher lint checks statements against them.</summary>
public static class GraphModel
{
    /// <summary>The label an actor of each type carries besides :Actor; policies are :Policy alone.</summary>
    public static string LabelOf(EntityType type) => type switch
    {
        EntityType.Country => "Country",
        EntityType.Person => "Person",
        EntityType.Administration => "Administration",
        EntityType.Organization => "Organization",
        EntityType.Policy => "Policy",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static IReadOnlyList<string> Labels { get; } =
    [
        "Document", "Sentence", "Mention", "Claim", "Actor", "Country", "Person", "Administration", "Organization", "Policy",
        "Author", "Note", "ArgumentLink", "TitleReference", "Review", "Sequence", "SchemaInfo", "WriteLock",
    ];

    public static IReadOnlyList<string> RelationshipTypes { get; } =
    [
        "HAS_SENTENCE", "HAS_AUTHOR", "HAS_NOTE", "IN", "NAMES", "SUBJECT", "OBJECT", "ASSERTED_BY",
        "SUPPORTS", "CONTRASTS", "ELABORATES", "RELATION", "FROM", "TO", "REVIEWS",
    ];
}
