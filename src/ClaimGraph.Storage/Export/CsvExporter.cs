using System.Text;

namespace ClaimGraph.Storage.Export;

/// <summary>
/// CSV files in the header format of `neo4j-admin database import`: one file per id space of nodes
/// (nodes-Document.csv …, with :ID(group), typed columns and :LABEL) and one per pair of id spaces for
/// relationships (rels-Claim-Actor.csv …, with :START_ID, :END_ID and :TYPE), and import.txt with the command.
/// </summary>
public sealed class CsvExporter
{
    public const string CommandFile = "import.txt";

    /// <summary>Writes the files into the directory (created if missing) and returns their names.</summary>
    public IReadOnlyList<string> Write(ExportedGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        var nodeFiles = new List<string>();
        var relationshipFiles = new List<string>();
        foreach (var group in graph.Nodes.GroupBy(n => n.Group))
        {
            var name = $"nodes-{group.Key}.csv";
            WriteNodes(Path.Combine(directory, name), group.Key, group.ToList());
            nodeFiles.Add(name);
        }
        foreach (var group in graph.Edges.GroupBy(e => (From: e.Source.Group, To: e.Target.Group)))
        {
            var name = $"rels-{group.Key.From}-{group.Key.To}.csv";
            WriteRelationships(Path.Combine(directory, name), group.Key.From, group.Key.To, group.ToList());
            relationshipFiles.Add(name);
        }
        File.WriteAllText(Path.Combine(directory, CommandFile),
            "neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true "
            + string.Join(' ', nodeFiles.Select(f => $"--nodes={f}")) + " " + string.Join(' ', relationshipFiles.Select(f => $"--relationships={f}")) + "\n");
        return [.. nodeFiles, .. relationshipFiles, CommandFile];
    }

    /// <summary>A string id is the id column itself; a numeric one is kept as an id:long property beside an anonymous :ID.</summary>
    private static void WriteNodes(string path, string group, IReadOnlyList<ExportNode> nodes)
    {
        var columns = ExportValues.Columns(nodes.Select(n => n.Properties)).Where(c => c.Name != "id").ToList();
        var numericId = nodes.All(n => n.Id is long or int);
        var header = new List<string> { numericId ? $":ID({group})" : $"id:ID({group})" };
        if (numericId) header.Add("id:long");
        header.AddRange(columns.Select(Header));
        header.Add(":LABEL");
        using var csv = new StreamWriter(path, false, new UTF8Encoding(false));
        csv.WriteLine(string.Join(',', header));
        foreach (var node in nodes)
        {
            var fields = new List<string> { Field(node.Id) };
            if (numericId) fields.Add(Field(node.Id));
            fields.AddRange(columns.Select(c => Field(node.Properties.GetValueOrDefault(c.Name))));
            fields.Add(Field(string.Join(';', node.Labels)));
            csv.WriteLine(string.Join(',', fields));
        }
    }

    private static void WriteRelationships(string path, string from, string to, IReadOnlyList<ExportEdge> edges)
    {
        var columns = ExportValues.Columns(edges.Select(e => e.Properties));
        using var csv = new StreamWriter(path, false, new UTF8Encoding(false));
        csv.WriteLine(string.Join(',', new[] { $":START_ID({from})", $":END_ID({to})", ":TYPE" }.Concat(columns.Select(Header))));
        foreach (var edge in edges)
            csv.WriteLine(string.Join(',', new[] { Field(edge.Source.Id), Field(edge.Target.Id), Field(edge.Type) }
                .Concat(columns.Select(c => Field(edge.Properties.GetValueOrDefault(c.Name))))));
    }

    private static string Header((string Name, ValueKind Kind) column) => column.Kind switch
    {
        ValueKind.String => column.Name,
        ValueKind.Boolean => $"{column.Name}:boolean",
        _ => $"{column.Name}:{column.Kind.ToString().ToLowerInvariant()}",
    };

    /// <summary>RFC 4180: quoted when it holds a comma, a quote or a line break; a quote doubled. Null is an empty field.</summary>
    public static string Field(object? value) => value switch
    {
        null => "",
        string s when s.Length == 0 => "\"\"",
        string s when s.IndexOfAny([',', '"', '\n', '\r']) >= 0 || s != s.Trim() => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        string s => s,
        bool b => b ? "true" : "false",
        _ => ExportValues.Number(value),
    };
}
