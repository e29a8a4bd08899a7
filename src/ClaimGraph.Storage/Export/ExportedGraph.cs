namespace ClaimGraph.Storage.Export;

/// <summary>
/// A node to export. <see cref="Key"/> is unique in the whole graph (Document:…, Sentence:12, Claim:5, COUNTRY:美国);
/// <see cref="Group"/> is its id space (Document, Sentence, Actor, Claim); the store's own id is the "id" property.
/// </summary>
public sealed record ExportNode(string Key, string Group, IReadOnlyList<string> Labels, string Caption, IReadOnlyDictionary<string, object?> Properties)
{
    public object Id => Properties["id"]!;
}

public sealed record ExportEdge(ExportNode Source, ExportNode Target, string Type, double Weight, IReadOnlyDictionary<string, object?> Properties);

/// <summary>The analyst's graph of a store: documents, sentences, actors and policies, claims, and the relationships between them.</summary>
public sealed record ExportedGraph(IReadOnlyList<ExportNode> Nodes, IReadOnlyList<ExportEdge> Edges);
