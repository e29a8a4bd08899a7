using System.CommandLine;
using ClaimGraph.Bench.Commands;

var root = new RootCommand("ClaimGraph benchmarks: whole runs beside their floors, the corpus generator, and BenchmarkDotNet micro benchmarks.")
{
    BenchCommands.Run(),
    BenchCommands.Extract(),
    BenchCommands.Stages(),
    BenchCommands.Ingest(),
    BenchCommands.Store(),
    BenchCommands.GraphQL(),
    BenchCommands.Generate(),
    BenchCommands.Micro(),
};
return await root.Parse(args).InvokeAsync();
