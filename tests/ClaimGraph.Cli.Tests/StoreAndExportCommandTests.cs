using System.Net;
using System.Net.Sockets;
using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>--store and its environment variables, and `claimgraph export` on the corpus store.</summary>
public sealed class StoreAndExportCommandTests(IngestedCorpusFixture corpus) : IClassFixture<IngestedCorpusFixture>, IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task refuses_a_store_it_does_not_know_in_one_line()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "query", "{ stats { documents } }", "--store", "mongodb");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("claimgraph: unknown store 'mongodb': use sqlite or neo4j (--store or CLAIMGRAPH_STORE)", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task takes_the_store_from_claimgraph_store_and_refuses_a_bolt_address()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, new Dictionary<string, string> { ["CLAIMGRAPH_STORE"] = "neo4j", ["NEO4J_URL"] = "bolt://localhost:7687" },
            "query", "{ stats { documents } }");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("claimgraph: 'bolt://localhost:7687' is a bolt:// address; ClaimGraph talks to Neo4j's HTTP API", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task names_the_neo4j_address_in_one_line_when_nothing_answers_there()
    {
        var url = ClosedPort();

        var run = await ClaimGraphCli.RunAsync(_directory.Path, new Dictionary<string, string> { ["NEO4J_URL"] = url }, "ingest", RepositoryPaths.Corpus, "--store", "neo4j");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"claimgraph: Neo4j at {url} is unreachable after 6 attempts", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task backup_and_restore_refuse_the_neo4j_store_in_one_line_and_touch_nothing(string command)
    {
        var file = _directory.File("copy.db");
        var db = _directory.File("live.db");

        var flag = await ClaimGraphCli.RunAsync(_directory.Path, command, file, "--store", "neo4j", "--db", db);
        var variable = await ClaimGraphCli.RunAsync(_directory.Path, new Dictionary<string, string> { ["CLAIMGRAPH_STORE"] = "neo4j" }, command, file, "--db", db);

        foreach (var run in new[] { flag, variable })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"claimgraph: {command} works on the SQLite store only; back up a Neo4j database with neo4j-admin database dump and load",
                Assert.Single(run.StderrLines));
        }
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("cypher", "UNWIND [")]
    [InlineData("graphml", "<graphml")]
    [InlineData("json", "\"nodes\"")]
    public async Task exports_the_store_to_a_file(string format, string expected)
    {
        var file = _directory.File($"graph.{format}");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "export", "--format", format, "--out", file, "--db", corpus.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches($@"^exported \d+ nodes and \d+ relationships as {format} to ", run.Stdout);
        Assert.Contains(expected, File.ReadAllText(file));
    }

    [Fact]
    public async Task exports_csv_files_into_a_directory_and_refuses_to_without_one()
    {
        var directory = _directory.File("csv");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "export", "--format", "csv", "--out", directory, "--db", corpus.Database);
        var without = await ClaimGraphCli.RunAsync(_directory.Path, "export", "--format", "csv", "--db", corpus.Database);
        var unknown = await ClaimGraphCli.RunAsync(_directory.Path, "export", "--format", "xml", "--db", corpus.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(directory, "nodes-Claim.csv")) && File.Exists(Path.Combine(directory, "rels-Actor-Actor.csv")));
        Assert.Equal((1, "claimgraph: csv is several files: give a directory with --out"), (without.ExitCode, Assert.Single(without.StderrLines)));
        Assert.Equal((1, "claimgraph: unknown format 'xml': use cypher, graphml, json or csv"), (unknown.ExitCode, Assert.Single(unknown.StderrLines)));
    }

    private static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
