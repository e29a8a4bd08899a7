using System.Text;
using System.Xml;

namespace ClaimGraph.Storage.Export;

/// <summary>
/// GraphML for Gephi and yEd: a "label" on every node and edge and a "weight" on every edge (Gephi reads both by
/// those names), every property as a typed key, and yEd's node and edge graphics carrying the same labels.
/// Characters XML cannot hold (a stray control character) are written as U+FFFD.
/// </summary>
public sealed class GraphMlExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string YFiles = "http://www.yworks.com/xml/graphml";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public void Write(ExportedGraph graph, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("xmlns", "y", null, YFiles);
        xml.WriteAttributeString("schemaLocation", Xsi, $"{Namespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        var nodeColumns = ExportValues.Columns(graph.Nodes.Select(n => n.Properties));
        var edgeColumns = ExportValues.Columns(graph.Edges.Select(e => e.Properties));
        Key("n_label", "node", "label", "string");
        Key("n_labels", "node", "labels", "string");
        foreach (var (name, kind) in nodeColumns) Key($"n_{name}", "node", name, TypeOf(kind));
        Key("e_label", "edge", "label", "string");
        Key("e_weight", "edge", "weight", "double");
        foreach (var (name, kind) in edgeColumns) Key($"e_{name}", "edge", name, TypeOf(kind));
        GraphicsKey("n_graphics", "node", "nodegraphics");
        GraphicsKey("e_graphics", "edge", "edgegraphics");

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "claimgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", Clean(node.Key));
            Data("n_label", node.Caption);
            Data("n_labels", string.Join(':', node.Labels));
            foreach (var (name, value) in node.Properties.Where(p => p.Value is not null)) Data($"n_{name}", Text(value!));
            Graphics("n_graphics", "ShapeNode", "NodeLabel", node.Caption);
            xml.WriteEndElement();
        }
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{i + 1}");
            xml.WriteAttributeString("source", Clean(edge.Source.Key));
            xml.WriteAttributeString("target", Clean(edge.Target.Key));
            Data("e_label", edge.Type);
            Data("e_weight", ExportValues.Number(edge.Weight));
            foreach (var (name, value) in edge.Properties.Where(p => p.Value is not null)) Data($"e_{name}", Text(value!));
            Graphics("e_graphics", "PolyLineEdge", "EdgeLabel", edge.Type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();

        void Key(string id, string domain, string name, string type)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        void GraphicsKey(string id, string domain, string type)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("yfiles.type", type);
            xml.WriteEndElement();
        }

        void Data(string key, string value)
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", key);
            xml.WriteString(Clean(value));
            xml.WriteEndElement();
        }

        void Graphics(string key, string shape, string labelElement, string label)
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", key);
            xml.WriteStartElement("y", shape, YFiles);
            xml.WriteElementString("y", labelElement, YFiles, Clean(label));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    private static string TypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Int => "int",
        ValueKind.Long => "long",
        ValueKind.Double => "double",
        ValueKind.Boolean => "boolean",
        _ => "string",
    };

    private static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        _ => ExportValues.Number(value),
    };

    /// <summary>Only the characters XML 1.0 allows; surrogate pairs kept whole.</summary>
    public static string Clean(string text)
    {
        if (XmlConvert.VerifyXmlChars(text) is not null) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) clean.Append(text[i]).Append(text[++i]);
            else clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return clean.ToString();
    }
}
