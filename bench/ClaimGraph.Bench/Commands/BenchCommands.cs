using System.CommandLine;
using BenchmarkDotNet.Running;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Extraction;
using ClaimGraph.Bench.Ingest;
using ClaimGraph.Bench.Micro;

namespace ClaimGraph.Bench.Commands;

/// <summary>claimgraph-bench run | extract | ingest | store | graphql | generate | micro.</summary>
public static class BenchCommands
{
    public static Command Run()
    {
        var corpus = new Option<string>("--corpus") { Description = "The founding documents to measure and to draw the generated corpus from.", DefaultValueFactory = _ => "corpus" };
        var mb = new Option<double>("--mb") { Description = "Size of the generated corpus in MB (10^6 bytes).", DefaultValueFactory = _ => 10 };
        var work = new Option<string>("--work") { Description = "Where the generated corpus and the stores go.", DefaultValueFactory = _ => Path.Combine("artifacts", "bench") };
        var requests = new Option<int>("--requests") { Description = "Requests per GraphQL query and for the static floor.", DefaultValueFactory = _ => 300 };
        var floorRequests = new Option<int>("--floor-requests") { Description = "Requests to the static JSON floor (it answers in microseconds, so it needs more to be timed).", DefaultValueFactory = _ => 5000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent connections of the load generator.", DefaultValueFactory = _ => 64 };
        var inputs = InputsOption();
        var cache = CacheOption();
        var jieba = new Option<string>("--jieba") { Description = "The jieba-rs peer's directory (npm ci there first).", DefaultValueFactory = _ => Path.Combine("bench", "jieba") };
        var report = new Option<string?>("--report") { Description = "Also write the figures as Markdown to this file (and JSON beside it)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator.", DefaultValueFactory = _ => 20261126 };
        var workers = WorkersOption();
        var graphql = new Option<bool>("--graphql") { Description = "Measure GraphQL under load on the ingested graph (false: extraction and ingest only).", DefaultValueFactory = _ => true };
        var command = new Command("run", "A whole run: extraction, ingest and GraphQL, each beside its floor.") { corpus, mb, work, requests, floorRequests, concurrency, inputs, cache, jieba, report, seed, workers, graphql };
        command.SetAction((parse, ct) => Guard(async () =>
        {
            if (parse.GetValue(mb) <= 0 || parse.GetValue(requests) <= 0 || parse.GetValue(floorRequests) <= 0 || parse.GetValue(concurrency) <= 0)
                throw new ArgumentException("--mb, --requests, --floor-requests and --concurrency must be positive");
            var settings = new RunSettings(parse.GetValue(corpus)!, parse.GetValue(mb), parse.GetValue(work)!, parse.GetValue(requests), parse.GetValue(floorRequests),
                parse.GetValue(concurrency), parse.GetValue(inputs), parse.GetValue(cache), parse.GetValue(jieba)!, parse.GetValue(report), parse.GetValue(seed))
            {
                IngestWorkers = CheckedWorkers(parse.GetValue(workers)),
                GraphQL = parse.GetValue(graphql),
            };
            var result = await WholeRun.RunAsync(settings, ct);
            Console.WriteLine();
            Console.WriteLine(result.ToMarkdown());
        }));
        return command;
    }

    public static Command GraphQL()
    {
        var db = new Option<string>("--db") { Description = "A store made by ingest (or by an earlier run, under --work).", Required = true };
        var requests = new Option<int>("--requests") { Description = "Requests per GraphQL query.", DefaultValueFactory = _ => 300 };
        var floorRequests = new Option<int>("--floor-requests") { Description = "Requests to the static JSON floor.", DefaultValueFactory = _ => 5000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent connections of the load generator.", DefaultValueFactory = _ => 64 };
        var only = new Option<string[]>("--only") { Description = "Only these queries (actor, claims(filter, first: 20), network(depth: 2), search).", AllowMultipleArgumentsPerToken = true };
        var inputs = InputsOption();
        var cache = CacheOption();
        var command = new Command("graphql", "GraphQL alone under load on an existing store, beside the static floor (for profiling the server).") { db, requests, floorRequests, concurrency, inputs, cache, only };
        command.SetAction((parse, ct) => Guard(async () =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path)) throw new ArgumentException($"{path}: no such store");
            if (parse.GetValue(requests) <= 0 || parse.GetValue(floorRequests) <= 0 || parse.GetValue(concurrency) <= 0)
                throw new ArgumentException("--requests, --floor-requests and --concurrency must be positive");
            var report = new Report.BenchReport();
            var settings = new Load.GraphQLLoadSettings(parse.GetValue(requests), parse.GetValue(floorRequests), parse.GetValue(concurrency), parse.GetValue(inputs), parse.GetValue(cache))
            {
                Only = parse.GetValue(only) ?? [],
            };
            await Load.GraphQLBench.RunAsync(path, $"store {Path.GetFileName(path)}", settings, report, ct);
            Console.WriteLine();
            Console.WriteLine(report.ToMarkdown());
        }));
        return command;
    }

    public static Command Ingest()
    {
        var corpus = new Option<string>("--corpus") { Description = "A directory of .txt documents (e.g. from generate).", Required = true };
        var work = new Option<string>("--work") { Description = "Where the store and the floor's file go.", DefaultValueFactory = _ => Path.Combine("artifacts", "bench") };
        var workers = WorkersOption();
        var report = new Option<string?>("--report") { Description = "Also write the figures as Markdown to this file (and JSON beside it)." };
        var command = new Command("ingest", "Ingest alone: a directory into a new SQLite store, beside the bare-INSERT floor.") { corpus, work, workers, report };
        command.SetAction((parse, ct) => Guard(async () =>
        {
            var count = CheckedWorkers(parse.GetValue(workers));
            Directory.CreateDirectory(parse.GetValue(work)!);
            var result = new Report.BenchReport();
            result.Note($"load average at start {WholeRun.LoadAverage()}");
            await IngestBench.RunAsync(BenchCorpus.Open("corpus", parse.GetValue(corpus)!), parse.GetValue(work)!, count, result, ct);
            result.Note($"load average at end {WholeRun.LoadAverage()}");
            if (parse.GetValue(report) is { } path)
            {
                await File.WriteAllTextAsync(path, result.ToMarkdown(), ct);
                await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"), result.ToJson(), ct);
            }
            Console.WriteLine();
            Console.WriteLine(result.ToMarkdown());
        }));
        return command;
    }

    public static Command Extract()
    {
        var corpus = new Option<string>("--corpus") { Description = "A directory of .txt documents (e.g. from generate).", Required = true };
        var passes = new Option<int>("--passes") { Description = "Passes over the corpus, one after another in one process.", DefaultValueFactory = _ => 3 };
        var command = new Command("extract", "Extraction alone on one core, pass after pass (the first mostly JIT, the later ones steady), for comparing builds.") { corpus, passes };
        command.SetAction((parse, ct) => Guard(() =>
        {
            if (parse.GetValue(passes) < 1) throw new ArgumentException("--passes must be at least 1");
            var bench = BenchCorpus.Open("generated", parse.GetValue(corpus)!);
            Console.WriteLine($"load average at start {WholeRun.LoadAverage()}");
            ExtractionPasses.Run(bench, parse.GetValue(passes));
            Console.WriteLine($"load average at end {WholeRun.LoadAverage()}");
            return Task.CompletedTask;
        }));
        return command;
    }

    public static Command Stages()
    {
        var corpus = new Option<string>("--corpus") { Description = "A directory of .txt documents (e.g. from generate).", Required = true };
        var passes = new Option<int>("--passes") { Description = "Passes over the corpus; the last one is reported (the first carries the JIT).", DefaultValueFactory = _ => 2 };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Rules alone (the claims stage without the claim model, the recognizer without the entity model)." };
        var command = new Command("stages", "Extraction's CPU time and allocation by stage, on one thread (the last pass).") { corpus, passes, rulesOnly };
        command.SetAction((parse, ct) => Guard(() =>
        {
            if (parse.GetValue(passes) < 1) throw new ArgumentException("--passes must be at least 1");
            var bench = BenchCorpus.Open("generated", parse.GetValue(corpus)!);
            Console.WriteLine($"load average at start {WholeRun.LoadAverage()}");
            var costs = StageProfile.Run(bench, parse.GetValue(passes), parse.GetValue(rulesOnly));
            var (cpu, allocated) = (costs.Sum(c => c.CpuSeconds), costs.Sum(c => c.AllocatedMegabytes));
            var clock = StageProfile.ChargesCpuTime ? "CPU-s" : "wall-s";
            Console.WriteLine($"| stage ({bench.Megabytes:F2} MB, {bench.Files.Count} docs) | {clock} | share | MB allocated | share |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var c in costs)
                Console.WriteLine($"| {c.Stage} | {c.CpuSeconds:F2} | {c.CpuSeconds / cpu:P1} | {c.AllocatedMegabytes:F0} | {c.AllocatedMegabytes / allocated:P1} |");
            Console.WriteLine($"| all | {cpu:F2} | | {allocated:F0} | |");
            Console.WriteLine($"load average at end {WholeRun.LoadAverage()}");
            return Task.CompletedTask;
        }));
        return command;
    }

    public static Command Store()
    {
        var corpus = new Option<string>("--corpus") { Description = "A directory of .txt documents, small enough to hold analyzed in memory (a few MB).", Required = true };
        var work = new Option<string>("--work") { Description = "Where the store and the floor's file go.", DefaultValueFactory = _ => Path.Combine("artifacts", "bench") };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction (1: a transaction each).", DefaultValueFactory = _ => new Storage.Ingestion.IngestOptions().BatchDocuments };
        var command = new Command("store", "The store alone (documents analyzed first, off the clock), for profiling it.") { corpus, work, batch };
        command.SetAction((parse, ct) => Guard(async () =>
        {
            if (parse.GetValue(batch) < 1) throw new ArgumentException("--batch must be at least 1");
            Directory.CreateDirectory(parse.GetValue(work)!);
            var result = new Report.BenchReport();
            result.Note($"load average at start {WholeRun.LoadAverage()}");
            await StoreBench.RunAsync(BenchCorpus.Open("corpus", parse.GetValue(corpus)!), parse.GetValue(work)!, parse.GetValue(batch), result, ct);
            result.Note($"load average at end {WholeRun.LoadAverage()}");
            Console.WriteLine();
            Console.WriteLine(result.ToMarkdown());
        }));
        return command;
    }

    private static Option<int?> WorkersOption() => new("--workers")
    {
        Description = "Threads analyzing documents during ingest (default: as claimgraph ingest chooses them).",
    };

    private static int? CheckedWorkers(int? workers) => workers is null or >= 1 ? workers : throw new ArgumentException($"--workers must be at least 1 (was {workers})");

    private static Option<int> InputsOption() => new("--inputs")
    {
        Description = $"Inputs each GraphQL query's load rotates over (1 to {Load.BenchQueries.MaxInputs}; 1: the run of record's one query each).",
        DefaultValueFactory = _ => Load.BenchQueries.MaxInputs,
    };

    private static Option<bool> CacheOption() => new("--cache")
    {
        Description = "Also measure each query with the API's response cache on (the first figures are always with it off).",
        DefaultValueFactory = _ => true,
    };

    public static Command Generate()
    {
        var corpus = new Option<string>("--corpus") { Description = "The documents to draw paragraphs from.", DefaultValueFactory = _ => "corpus" };
        var mb = new Option<double>("--mb") { Description = "Size in MB (10^6 bytes).", Required = true };
        var output = new Option<string>("--out") { Description = "An empty or new directory.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 20261126 };
        var command = new Command("generate", "Make an N-MB corpus by recombining the documents' paragraphs under fresh names.") { corpus, mb, output, seed };
        command.SetAction((parse, ct) => Guard(() =>
        {
            var made = CorpusGenerator.FromDirectory(parse.GetValue(corpus)!, parse.GetValue(seed)).Write(parse.GetValue(output)!, (long)(parse.GetValue(mb) * 1_000_000));
            Console.WriteLine($"{made.Documents} documents, {made.Bytes:N0} bytes in {made.Directory}");
            return Task.CompletedTask;
        }));
        return command;
    }

    public static Command Micro()
    {
        var rest = new Argument<string[]>("benchmarkdotnet-args") { Description = "Passed to BenchmarkDotNet: --filter '*' --job short --inProcess (in-process: its out-of-process toolchain looks for a project named like the claimgraph-bench executable).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("micro", "BenchmarkDotNet micro benchmarks of extraction and its floor on one founding document.") { rest };
        command.SetAction(parse => BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(parse.GetValue(rest) ?? []).Any() ? 0 : 1);
        return command;
    }

    /// <summary>Bad settings exit 1 with a one-line reason; anything else 2.</summary>
    private static async Task<int> Guard(Func<Task> action)
    {
        try
        {
            await action();
            return 0;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"claimgraph-bench: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"claimgraph-bench: failed: {e.Message}");
            await Console.Error.WriteLineAsync(e.ToString());
            return 2;
        }
    }
}
