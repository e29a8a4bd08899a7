using System.CommandLine;
using System.Diagnostics;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Ingestion;
using ClaimGraph.Storage.Records;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>
/// claimgraph ingest FILES|DIRS… [--jobs N] [--store sqlite|neo4j] [--db PATH]: analyzes documents on every core (one
/// fewer beside the writer when there is more than a batch) and stores them in the order given, several per transaction.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories (.txt, .html) to ingest.", Arity = ArgumentArity.OneOrMore };
        var store = new StoreOptions();
        var rulesOnly = CommonOptions.RulesOnly();
        var models = CommonOptions.Models();
        var date = new Option<string?>("--date") { Description = "The documents' date (YYYY, YYYY-MM or YYYY-MM-DD), overriding the date found in their text." };
        var jobs = new Option<int?>("--jobs") { Description = "Documents analyzed at once (default: one per core, but one fewer beside the writer when there is more than a batch to store); the store is the same with any number." };
        var command = new Command("ingest", "Extract and store documents in the graph.") { paths, rulesOnly, models, date, jobs };
        foreach (var option in store.All) command.Options.Add(option);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var publishedAt = parse.GetValue(date) is { } given ? CheckedDate(given) : null;
            var options = new IngestOptions { Workers = parse.GetValue(jobs) };
            if (options.Workers < 1) throw new ArgumentException($"--jobs must be at least 1 (was {options.Workers})");
            var files = CorpusFiles.Expand(parse.GetValue(paths)!);
            if (files.Count == 0) throw new ArgumentException("no document files (.txt, .html) found in the given paths");
            var workers = options.WorkersFor(files.Count);
            var settings = store.Read(parse);
            await using var graph = await Composition.OpenStoreAsync(settings, ct);
            var ingestor = new DocumentIngestor(Composition.Analyzers(parse.GetValue(rulesOnly), parse.GetValue(models)).ForDocuments(), graph);
            var times = new IngestTimes();
            var clock = Stopwatch.StartNew();
            var results = await IngestAllAsync(ingestor, files.Select(f => DocumentSource.FromFile(f, publishedAt)).ToList(), options, times, ct);
            PrintSummary(results, await graph.StatsAsync(ct), settings.Description);
            AnsiConsole.MarkupLine($"{results.Count} files in {clock.Elapsed.TotalSeconds:F1} s: analysis {times.Analysis.TotalSeconds:F1} s over {workers} workers, store {times.Store.TotalSeconds:F1} s");
            return results.Any(r => r.Error is not null) ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Every file is tried; a bad one is reported and skipped, the others still land.</summary>
    private sealed record FileResult(string File, IngestOutcome? Outcome, string? Error);

    private static string CheckedDate(string given)
    {
        try
        {
            return PartialDate.Parse(given).ToString();
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"--date {e.Message}");
        }
    }

    private static async Task<List<FileResult>> IngestAllAsync(DocumentIngestor ingestor, IReadOnlyList<DocumentSource> sources, IngestOptions options, IngestTimes times,
        CancellationToken ct)
    {
        var results = new List<FileResult>();
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("ingesting", maxValue: sources.Count);
            await foreach (var result in ingestor.IngestAllAsync(sources, options, times, ct))
            {
                task.Description = Markup.Escape(Path.GetFileName(result.Source.Label));
                results.Add(new FileResult(result.Source.Label, result.Outcome, result.Error?.Message));
                task.Increment(1);
            }
        });
        return results;
    }

    private static void PrintSummary(List<FileResult> results, StoreStats stats, string store)
    {
        var table = new Table().AddColumns("file", "status", "sentences", "mentions", "claims");
        foreach (var r in results)
            table.AddRow(Markup.Escape(Path.GetFileName(r.File)),
                r.Outcome is { } o ? o.Status.ToString().ToLowerInvariant() : $"[red]error[/]: {Markup.Escape(r.Error!)}",
                r.Outcome?.Sentences.ToString() ?? "", r.Outcome?.Mentions.ToString() ?? "", r.Outcome?.Claims.ToString() ?? "");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"store [bold]{Markup.Escape(store)}[/]: {stats.Documents} documents, {stats.Sentences} sentences, {stats.Mentions} mentions, {stats.Claims} claims, {stats.Actors} actors, {stats.Relations} relations");
        foreach (var r in results.Where(r => r.Error is not null))
            Console.Error.WriteLine($"claimgraph: {r.Error}");
    }
}
