using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimGraph.Storage.Export;

/// <summary>{ nodes: [{id, labels, caption, properties}], edges: [{id, source, target, type, weight, properties}] }.</summary>
public sealed class JsonExporter
{
    public void Write(ExportedGraph graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("graph", "claimgraph");
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", node.Key);
            json.WriteStartArray("labels");
            foreach (var label in node.Labels) json.WriteStringValue(label);
            json.WriteEndArray();
            json.WriteString("caption", node.Caption);
            WriteProperties(json, node.Properties);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            json.WriteStartObject();
            json.WriteString("id", $"e{i + 1}");
            json.WriteString("source", edge.Source.Key);
            json.WriteString("target", edge.Target.Key);
            json.WriteString("type", edge.Type);
            json.WriteNumber("weight", edge.Weight);
            WriteProperties(json, edge.Properties);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties)
    {
        json.WriteStartObject("properties");
        foreach (var (name, value) in properties)
        {
            switch (value)
            {
                case null: json.WriteNull(name); break;
                case string s: json.WriteString(name, s); break;
                case bool b: json.WriteBoolean(name, b); break;
                case int n: json.WriteNumber(name, n); break;
                case long n: json.WriteNumber(name, n); break;
                case double n: json.WriteNumber(name, n); break;
                default: throw new InvalidOperationException($"cannot export a {value.GetType().Name}");
            }
        }
        json.WriteEndObject();
    }
}
