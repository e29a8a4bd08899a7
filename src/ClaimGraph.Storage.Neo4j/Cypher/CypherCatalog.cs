using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimGraph.Storage.Neo4j.Schema;

namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>Collects every statement the store can send: those in <see cref="CypherStatements"/> and the schema files.</summary>
public static class CypherCatalog
{
    public static IReadOnlyList<CypherStatement> Statements { get; } = Collect();

    public static IReadOnlyList<CypherStatement> All { get; } = [.. Neo4jSchema.Statements, .. Statements];

    /// <summary>The catalog as JSON for the Cypher lint: the graph's labels and types, and each statement with its parameters.</summary>
    public static string ToJson() => JsonSerializer.Serialize(new
    {
        labels = GraphModel.Labels,
        relationshipTypes = GraphModel.RelationshipTypes,
        statements = All.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static List<CypherStatement> Collect()
    {
        var found = new List<CypherStatement>();
        foreach (var area in typeof(CypherStatements).GetNestedTypes(BindingFlags.Public))
            foreach (var field in area.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                switch (field.GetValue(null))
                {
                    case CypherStatement statement: found.Add(statement); break;
                    // A statement per starting point (claims by anchor, sliced relations by start).
                    case System.Collections.IDictionary variants: found.AddRange(variants.Values.OfType<CypherStatement>()); break;
                }
            }
        return found;
    }
}
