using System.CommandLine;
using ClaimGraph.Api;
using ClaimGraph.Api.GraphQL;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph query '&lt;graphql&gt;': runs a query in-process against the store and prints the JSON result.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "A GraphQL query ('-' reads it from standard input)." };
        var variables = new Option<string?>("--variables") { Description = "Variables as a JSON object." };
        var store = new StoreOptions();
        var command = new Command("query", "Run a GraphQL query against the store and print the JSON result.") { query, variables };
        foreach (var option in store.All) command.Options.Add(option);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var text = parse.GetValue(query)!;
            if (text == "-") text = await Console.In.ReadToEndAsync(ct);
            await using var graph = await Composition.OpenStoreAsync(store.Read(parse), ct);
            // Queries need no models; ingestDocument through `query` extracts with rules alone.
            await using var services = ApiHost.AddClaimGraphApi(new ServiceCollection(), graph, Composition.Analyzers(rulesOnly: true, null).ForDocuments(), Composition.ActorDirectory()).BuildServiceProvider();
            var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
            var inputs = parse.GetValue(variables) is { } json ? serializer.Deserialize<Inputs>(json) : null;
            var result = await services.GetRequiredService<GraphQLRunner>().RunAsync(text, inputs, null, ct);
            Console.Out.WriteLine(serializer.Serialize(result));
            return result.Errors is { Count: > 0 } ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }
}
