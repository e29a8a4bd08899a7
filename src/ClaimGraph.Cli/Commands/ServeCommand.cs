using System.CommandLine;
using ClaimGraph.Api;
using ClaimGraph.Api.Protection;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Ingestion;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph serve: ingests the corpus into an empty store, then serves GraphQL.</summary>
public static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated).", DefaultValueFactory = _ => DefaultUrl };
        var store = new StoreOptions();
        var corpus = new Option<string>("--corpus") { Description = "Documents to ingest when the store is empty.", DefaultValueFactory = _ => "corpus" };
        var rulesOnly = CommonOptions.RulesOnly();
        var models = CommonOptions.Models();
        var command = new Command("serve", "Serve the graph over GraphQL (ingesting the corpus first when the store is empty).") { urls, corpus, rulesOnly, models };
        foreach (var option in store.All) command.Options.Add(option);
        var protection = new ServeProtectionOptions();
        protection.AddTo(command);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var addresses = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries);
            ListenAddresses.RequireApiKeyOffLoopback(addresses, protection.ApiKey(parse));
            // Cold start: the models load while the store opens, and the host is built and its GraphQL warmed up while
            // the corpus is ingested; it starts serving only once the corpus is in.
            var loading = Background(() => Composition.Analyzers(parse.GetValue(rulesOnly), parse.GetValue(models)).ForDocuments());
            await using var graph = await Composition.OpenStoreAsync(store.Read(parse), ct);
            var analyzer = await loading;
            var building = Background(() =>
            {
                var built = ApiHost.Build(graph, analyzer, addresses, protection.Configure(parse), Composition.ActorDirectory());
                ApiHost.WarmUpAsync(built, ct).GetAwaiter().GetResult();
                return built;
            });
            if ((await graph.StatsAsync(ct)).Documents == 0 && Directory.Exists(parse.GetValue(corpus)))
                await IngestCorpusAsync(new DocumentIngestor(analyzer, graph), parse.GetValue(corpus)!, ct);
            var app = await building;
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                throw new ArgumentException($"cannot listen on {string.Join(", ", addresses)}: the address is in use (another server? choose one with --urls)", e);
            }
            var stats = await graph.StatsAsync(ct);
            AnsiConsole.MarkupLine($"ClaimGraph: {stats.Documents} documents, {stats.Claims} claims, {stats.Actors} actors");
            foreach (var url in app.Urls)
            {
                AnsiConsole.MarkupLine($"Dashboard at [link]{Markup.Escape(url)}/[/]");
                AnsiConsole.MarkupLine($"GraphQL at [link]{Markup.Escape(url)}/graphql[/] (GraphiQL when opened in a browser)");
            }
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The ingest `claimgraph ingest` runs (the five corpus documents are one batch, analyzed on every core, largest first), stored in file order, so the store is the same as from a one-by-one ingest.</summary>
    private static async Task IngestCorpusAsync(DocumentIngestor ingestor, string directory, CancellationToken ct)
    {
        var sources = CorpusFiles.Expand([directory]).Select(f => DocumentSource.FromFile(f)).ToList();
        await foreach (var result in ingestor.IngestAllAsync(sources, cancellationToken: ct))
        {
            if (result.Outcome is { } outcome)
                AnsiConsole.MarkupLine($"ingested {Markup.Escape(Path.GetFileName(result.Source.Label))}: {outcome.Claims} claims");
            else
                Console.Error.WriteLine($"claimgraph: skipped {result.Source.Label}: {result.Error!.Message}");
        }
    }

    private static Task<T> Background<T>(Func<T> work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

}
