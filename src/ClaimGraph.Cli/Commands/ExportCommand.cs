using System.CommandLine;
using System.Text;
using ClaimGraph.Storage.Export;

namespace ClaimGraph.Cli.Commands;

/// <summary>
/// claimgraph export --format cypher|graphml|json|csv [--out PATH]: the graph of the configured store, as Cypher
/// for cypher-shell, GraphML for Gephi and yEd, JSON, or CSV for neo4j-admin database import (a directory).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "cypher, graphml, json or csv.", Required = true };
        var output = new Option<string?>("--out") { Description = "File to write (standard output if left out); for csv, a directory." };
        var store = new StoreOptions();
        var command = new Command("export", "Export the graph (documents, sentences, actors, policies, claims, relations) from the store.") { format, output };
        foreach (var option in store.All) command.Options.Add(option);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var kind = Parse(parse.GetValue(format)!);
            var path = parse.GetValue(output);
            if (kind == ExportFormat.Csv && path is null) throw new ArgumentException("csv is several files: give a directory with --out");
            await using var graph = await Composition.OpenStoreAsync(store.Read(parse), ct);
            var exported = await new GraphReader(graph, Composition.ActorDirectory()).ReadAsync(ct);
            if (kind == ExportFormat.Csv)
            {
                var files = new CsvExporter().Write(exported, path!);
                Console.Out.WriteLine($"exported {exported.Nodes.Count} nodes and {exported.Edges.Count} relationships to {path}: {string.Join(", ", files)}");
                return ExitCodes.Ok;
            }
            await using (var stream = path is null ? Console.OpenStandardOutput() : File.Create(path))
                Write(kind, exported, stream);
            var summary = $"exported {exported.Nodes.Count} nodes and {exported.Edges.Count} relationships as {kind.ToString().ToLowerInvariant()}{(path is null ? "" : $" to {path}")}";
            if (path is null) Console.Error.WriteLine(summary);
            else Console.Out.WriteLine(summary);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ExportFormat Parse(string format) => format.Trim().ToLowerInvariant() switch
    {
        "cypher" => ExportFormat.Cypher,
        "graphml" => ExportFormat.GraphMl,
        "json" => ExportFormat.Json,
        "csv" => ExportFormat.Csv,
        _ => throw new ArgumentException($"unknown format '{format}': use cypher, graphml, json or csv"),
    };

    private static void Write(ExportFormat format, ExportedGraph graph, Stream stream)
    {
        switch (format)
        {
            case ExportFormat.Cypher:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true)) new CypherExporter().Write(graph, writer);
                break;
            case ExportFormat.GraphMl:
                new GraphMlExporter().Write(graph, stream);
                break;
            case ExportFormat.Json:
                new JsonExporter().Write(graph, stream);
                break;
        }
    }
}
