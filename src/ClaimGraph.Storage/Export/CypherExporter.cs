using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.Storage.Export;

/// <summary>
/// Cypher that loads the graph into an empty Neo4j 5 database with cypher-shell: constraints on the ids, then nodes
/// and relationships in batches of UNWIND over literal maps. Strings are quoted and escaped; labels and
/// relationship types are checked to be plain names before they are written.
/// </summary>
public sealed partial class CypherExporter
{
    private const int BatchSize = 500;

    public void Write(ExportedGraph graph, TextWriter output)
    {
        output.WriteLine($"// ClaimGraph graph: {graph.Nodes.Count} nodes, {graph.Edges.Count} relationships.");
        output.WriteLine("// Load into an empty Neo4j 5 database: cypher-shell -u neo4j -p <password> -f <this file>");
        output.WriteLine();
        foreach (var label in new[] { "Document", "Sentence", "Actor", "Policy", "Claim", "TitleReference" })
            output.WriteLine($"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;");
        output.WriteLine();
        foreach (var group in graph.Nodes.GroupBy(n => string.Join(':', n.Labels.Select(Name))))
            foreach (var batch in group.Chunk(BatchSize))
            {
                output.WriteLine("UNWIND [");
                output.WriteLine(string.Join(",\n", batch.Select(n => "  " + Map(n.Properties))));
                output.WriteLine($"] AS row CREATE (n:{group.Key}) SET n = row;");
            }
        output.WriteLine();
        foreach (var group in graph.Edges.GroupBy(e => (Type: Name(e.Type), From: Name(e.Source.Labels[0]), To: Name(e.Target.Labels[0]))))
            foreach (var batch in group.Chunk(BatchSize))
            {
                output.WriteLine("UNWIND [");
                output.WriteLine(string.Join(",\n", batch.Select(e => $"  {{from: {Literal(e.Source.Id)}, to: {Literal(e.Target.Id)}, properties: {Map(e.Properties)}}}")));
                output.WriteLine($"] AS row MATCH (a:{group.Key.From} {{id: row.from}}) MATCH (b:{group.Key.To} {{id: row.to}}) CREATE (a)-[r:{group.Key.Type}]->(b) SET r = row.properties;");
            }
    }

    private static string Map(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(", ", properties.Where(p => p.Value is not null).Select(p => $"{Name(p.Key)}: {Literal(p.Value)}")) + "}";

    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        _ => ExportValues.Number(value),
    };

    /// <summary>A Cypher string literal: single quotes, backslash escapes, \uXXXX for control and lone surrogate characters.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair) quoted.Append(c).Append(text[++i]);
            else quoted.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('\'').ToString();
    }

    private static string Name(string name) =>
        PlainName().IsMatch(name) ? name : throw new InvalidOperationException($"'{name}' cannot be written as a Cypher label, type or key");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();
}
