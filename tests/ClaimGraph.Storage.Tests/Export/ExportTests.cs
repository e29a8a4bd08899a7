using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClaimGraph.Storage.Export;
using CsvHelper;
using Newtonsoft.Json.Linq;

namespace ClaimGraph.Storage.Tests.Export;

/// <summary>Each export format, parsed back by a reader of its own and checked against the store it came from.</summary>
public sealed partial class ExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly XNamespace GraphMl = GraphMlExporter.Namespace;

    [Fact]
    public void reads_every_node_and_relation_of_the_store()
    {
        Assert.Equal(fixture.Expected.Nodes, fixture.Graph.Nodes.Count);
        Assert.Equal(fixture.Expected.Relations, fixture.Graph.Edges.Count(e => e.Type == "RELATION"));
        Assert.Equal(fixture.Expected.Claims, fixture.Graph.Edges.Count(e => e.Type == "SUBJECT"));
        Assert.Contains(fixture.Graph.Edges, e => e.Type == "SUPPORTS" && e.Source.Group == "Claim" && e.Target.Group == "Claim");
        Assert.Equal(fixture.Graph.Nodes.Count, fixture.Graph.Nodes.Select(n => n.Key).Distinct().Count());
    }

    [Fact]
    public void carries_document_dates_claim_times_and_title_references()
    {
        var titled = fixture.Graph.Nodes.Single(n => n.Group == "Document" && (string?)n.Properties["name"] == "titles.txt");
        var undated = fixture.Graph.Nodes.Single(n => n.Group == "Document" && (string?)n.Properties["name"] == "sample.txt");
        var titles = fixture.Graph.Nodes.Where(n => n.Group == "TitleReference").ToList();

        Assert.Equal(("2019-06-01", "DAY", "caller"), (titled.Properties["dateValue"], titled.Properties["datePrecision"], titled.Properties["dateRule"]));
        Assert.Equal((null, "none"), (undated.Properties["dateValue"], undated.Properties["dateRule"]));
        Assert.False(string.IsNullOrEmpty((string?)undated.Properties["dateUnknownReason"]));
        Assert.Contains(fixture.Graph.Nodes, n => n.Group == "Claim" && (string?)n.Properties["timeSource"] == "RELATIVE" && (int?)n.Properties["timeYear"] == 2018);
        Assert.Equal(fixture.TitleReferences.Count, titles.Count);
        Assert.Contains(titles, t => (string?)t.Properties["holderId"] == "PERSON:特朗普" && (bool?)t.Properties["consistent"] == true);
        Assert.Contains(titles, t => (string?)t.Properties["namedId"] == "PERSON:拜登" && (bool?)t.Properties["consistent"] == false);
        Assert.All(titles, t => Assert.Single(fixture.Graph.Edges, e => e.Source == t && e.Type == "IN" && e.Target.Group == "Sentence"));
    }

    [Fact]
    public void writes_graphml_with_the_elements_its_schema_requires_and_labels_and_weights_for_gephi_and_yed()
    {
        var document = XDocument.Parse(Write(s => new GraphMlExporter().Write(fixture.Graph, s)));

        var root = document.Root!;
        Assert.Equal(GraphMl + "graphml", root.Name);
        var keys = root.Elements(GraphMl + "key").ToList();
        Assert.All(keys, k => Assert.NotNull(k.Attribute("id")));
        Assert.All(keys.Where(k => k.Attribute("attr.name") is not null), k => Assert.Contains(k.Attribute("attr.type")!.Value, new[] { "string", "int", "long", "double", "boolean" }));
        Assert.Contains(keys, k => (string?)k.Attribute("for") == "node" && (string?)k.Attribute("attr.name") == "label");
        Assert.Contains(keys, k => (string?)k.Attribute("for") == "edge" && (string?)k.Attribute("attr.name") == "weight");
        var keyIds = keys.Select(k => k.Attribute("id")!.Value).ToHashSet();
        var graph = Assert.Single(root.Elements(GraphMl + "graph"));
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(GraphMl + "node").ToList();
        var edges = graph.Elements(GraphMl + "edge").ToList();
        Assert.Equal(fixture.Expected.Nodes, nodes.Count);
        var ids = nodes.Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.Equal(nodes.Count, ids.Count);
        Assert.All(edges, e => Assert.True(ids.Contains(e.Attribute("source")!.Value) && ids.Contains(e.Attribute("target")!.Value)));
        Assert.All(graph.Descendants(GraphMl + "data"), d => Assert.Contains(d.Attribute("key")!.Value, keyIds));
        Assert.All(nodes, n => Assert.Single(n.Elements(GraphMl + "data"), d => d.Attribute("key")!.Value == "n_label"));
        var relation = edges.First(e => Data(e, "e_label") == "RELATION");
        Assert.Equal(double.Parse(Data(relation, "e_claims")!, CultureInfo.InvariantCulture), double.Parse(Data(relation, "e_weight")!, CultureInfo.InvariantCulture));
        Assert.Contains(nodes, n => Data(n, "n_name") == $"hostile {ExportFixture.Hostile}.txt");
    }

    [Fact]
    public void writes_json_that_newtonsoft_reads_back_whole()
    {
        var json = JObject.Parse(Write(s => new JsonExporter().Write(fixture.Graph, s)));

        var nodes = (JArray)json["nodes"]!;
        var edges = (JArray)json["edges"]!;
        Assert.Equal(fixture.Expected.Nodes, nodes.Count);
        Assert.Equal(fixture.Graph.Edges.Count, edges.Count);
        var ids = nodes.Select(n => (string)n["id"]!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e["source"]!) && ids.Contains((string)e["target"]!)));
        var hostile = nodes.Single(n => (string?)n["properties"]!["name"] == $"hostile {ExportFixture.Hostile}.txt");
        Assert.Equal(["Document"], hostile["labels"]!.Select(l => (string)l!));
        var claim = nodes.First(n => n["labels"]!.Any(l => (string?)l == "Claim"));
        Assert.Equal(JTokenType.Integer, claim["properties"]!["id"]!.Type);
        Assert.Equal(JTokenType.Boolean, claim["properties"]!["negated"]!.Type);
        Assert.Contains(nodes, n => n["labels"]!.Select(l => (string)l!).SequenceEqual(["Actor", "Country"]) && (string?)n["properties"]!["name"] == "美国");
    }

    [Fact]
    public void writes_csv_in_the_neo4j_admin_import_header_format()
    {
        var directory = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"csv-{Guid.NewGuid():N}");
        try
        {
            var files = new CsvExporter().Write(fixture.Graph, directory);

            var idsByGroup = new Dictionary<string, HashSet<string>>();
            var nodeRows = 0;
            foreach (var file in files.Where(f => f.StartsWith("nodes-", StringComparison.Ordinal)))
            {
                var (header, rows) = Read(Path.Combine(directory, file));
                Assert.All(header, h => Assert.Matches(HeaderField(), h));
                var id = Assert.Single(header, h => h.Contains(":ID(", StringComparison.Ordinal));
                var group = IdGroup().Match(id).Groups[1].Value;
                Assert.Contains(":LABEL", header);
                idsByGroup[group] = rows.Select(r => r[header.IndexOf(id)]).ToHashSet();
                Assert.Equal(rows.Count, idsByGroup[group].Count);
                nodeRows += rows.Count;
            }
            var relationships = 0;
            foreach (var file in files.Where(f => f.StartsWith("rels-", StringComparison.Ordinal)))
            {
                var (header, rows) = Read(Path.Combine(directory, file));
                Assert.All(header, h => Assert.Matches(HeaderField(), h));
                var start = Assert.Single(header, h => h.StartsWith(":START_ID(", StringComparison.Ordinal));
                var end = Assert.Single(header, h => h.StartsWith(":END_ID(", StringComparison.Ordinal));
                Assert.Contains(":TYPE", header);
                Assert.All(rows, r => Assert.Contains(r[header.IndexOf(start)], idsByGroup[IdGroup().Match(start).Groups[1].Value]));
                Assert.All(rows, r => Assert.Contains(r[header.IndexOf(end)], idsByGroup[IdGroup().Match(end).Groups[1].Value]));
                relationships += rows.Count;
            }
            Assert.Equal((fixture.Expected.Nodes, fixture.Graph.Edges.Count), (nodeRows, relationships));
            Assert.Contains(idsByGroup["Document"], id => id.Length == 16);
            var command = File.ReadAllText(Path.Combine(directory, CsvExporter.CommandFile));
            Assert.All(files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)), f => Assert.Contains(f, command));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void writes_cypher_whose_string_literals_read_back_as_the_stored_text()
    {
        var cypher = Write(s =>
        {
            using var writer = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true);
            new CypherExporter().Write(fixture.Graph, writer);
        });

        var literals = Literal().Matches(cypher).Select(m => Unescape(m.Value)).ToHashSet();
        Assert.Contains($"hostile {ExportFixture.Hostile}.txt", literals);
        Assert.Contains(literals, l => l.Contains("并称" + ExportFixture.Hostile, StringComparison.Ordinal));
        var statements = cypher.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => !s.StartsWith("//", StringComparison.Ordinal) && s.Length > 0).ToList();
        Assert.All(statements.Skip(5), s => Assert.StartsWith("UNWIND [", s));
        Assert.Equal(fixture.Expected.Nodes, Regex.Matches(cypher, @"^  \{id: ", RegexOptions.Multiline).Count);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("back\\slash \\' and \\\\")]
    [InlineData("line\nbreak\r\ttab")]
    [InlineData("\u0001\u001f control")]
    [InlineData("😀 surrogate pair")]
    public void quotes_any_text_so_it_reads_back_the_same(string text)
    {
        var quoted = CypherExporter.Quote(text);

        Assert.Matches("^'([^'\\\\\\n\\r]|\\\\.)*'$", quoted);
        Assert.Equal(text, Unescape(quoted));
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(GraphMl + "data").FirstOrDefault(d => d.Attribute("key")!.Value == key)?.Value;

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static (List<string> Header, List<string[]> Rows) Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!.ToList();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            Assert.Equal(header.Count, csv.Parser.Count);
            rows.Add(Enumerable.Range(0, header.Count).Select(i => csv.GetField(i)!).ToArray());
        }
        return (header, rows);
    }

    /// <summary>Cypher's escapes, read by hand: the reverse of what the exporter writes.</summary>
    private static string Unescape(string literal)
    {
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            if (literal[i] != '\\') { text.Append(literal[i]); continue; }
            var c = literal[++i];
            text.Append(c switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'u' => ((char)int.Parse(literal.Substring(i + 1, 4), NumberStyles.HexNumber)).ToString(),
                _ => c.ToString(),
            });
            if (c == 'u') i += 4;
        }
        return text.ToString();
    }

    /// <summary>name, name:type, name:ID(group), :ID(group), :START_ID(group), :END_ID(group), :LABEL, :TYPE.</summary>
    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9]*(:(int|long|double|boolean|ID\([A-Za-z]+\)))?|:(ID|START_ID|END_ID)\([A-Za-z]+\)|:LABEL|:TYPE)$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"\(([A-Za-z]+)\)")]
    private static partial Regex IdGroup();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'")]
    private static partial Regex Literal();
}
