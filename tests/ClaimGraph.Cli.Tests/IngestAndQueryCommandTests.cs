using System.Text;
using System.Text.Json;
using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>`ingest` into a store and `query` of it, on the store the fixture filled with the corpus.</summary>
public sealed class IngestAndQueryCommandTests(IngestedCorpusFixture corpus) : IClassFixture<IngestedCorpusFixture>, IDisposable
{
    private const string StatsQuery = "{ stats { documents sentences mentions claims actors relations } }";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private async Task<JsonElement> StatsAsync(string database)
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "query", StatsQuery, "--db", database);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("data").GetProperty("stats").Clone();
    }

    [Fact]
    public async Task ingest_of_the_corpus_directory_stores_its_five_documents()
    {
        Assert.True(corpus.Ingest.ExitCode == 0, corpus.Ingest.ToString());
        Assert.Empty(corpus.Ingest.Stderr);
        foreach (var file in RepositoryPaths.CorpusFiles.Select(Path.GetFileName))
            Assert.Contains(corpus.Ingest.StdoutLines, l => l.Contains(file!, StringComparison.Ordinal) && l.Contains("inserted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task query_after_ingest_prints_json_with_data()
    {
        var run = await ClaimGraphCli.RunAsync(corpus.WorkingDirectory, "query",
            """{ stats { documents claims } claims(subject: "拜登政府", predicate: CONTINUES, first: 100) { totalCount nodes { object { name } } } }""", "--db", corpus.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        var data = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("data");
        Assert.Equal(5, data.GetProperty("stats").GetProperty("documents").GetInt32());
        Assert.True(data.GetProperty("stats").GetProperty("claims").GetInt32() > 100);
        Assert.Contains(data.GetProperty("claims").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("object").ValueKind == JsonValueKind.Object && n.GetProperty("object").GetProperty("name").GetString() == "特朗普政府");
    }

    [Fact]
    public async Task query_takes_variables_as_json()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "query", "query($n: String) { actor(name: $n) { id } }", "--variables", """{"n":"华盛顿"}""", "--db", corpus.Database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("COUNTRY:美国", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("data").GetProperty("actor").GetProperty("id").GetString());
    }

    [Fact]
    public async Task query_with_a_graphql_error_prints_the_errors_and_exits_1()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "query", "{ stats { documents }", "--db", corpus.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEqual(0, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("errors").GetArrayLength());
    }

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "empty.txt", [] },
        { "blank.txt", Encoding.UTF8.GetBytes("   \n\n\t") },
        { "nul.txt", [.. Encoding.UTF8.GetBytes("美国与日本合作。"), 0x00, 0x01, 0x02] },
        { "latin1.txt", [.. Encoding.UTF8.GetBytes("美国"), 0xC3, 0x28] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ingest_of_a_bad_file_exits_1_and_leaves_the_store_as_it_was(string name, byte[] bytes)
    {
        var file = _directory.Write(name, bytes);
        var before = await StatsAsync(corpus.Database);

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", corpus.Database);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.StderrLines, l => l.StartsWith("claimgraph: ", StringComparison.Ordinal) && l.Contains(name, StringComparison.Ordinal));
        Assert.Equal(before.ToString(), (await StatsAsync(corpus.Database)).ToString());
        Assert.Equal(5, before.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task ingest_of_a_good_and_a_bad_file_stores_the_good_one_and_exits_1()
    {
        var database = _directory.File("mixed.db");
        var good = _directory.Write("good.txt", "拜登政府延续特朗普政府的印太战略。");
        var bad = _directory.Write("bad.txt", [0x00, 0x01]);

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", good, bad, "--db", database);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.StderrLines, l => l.Contains("bad.txt", StringComparison.Ordinal));
        var stats = await StatsAsync(database);
        Assert.Equal(1, stats.GetProperty("documents").GetInt32());
        Assert.True(stats.GetProperty("claims").GetInt32() >= 1);
    }

    [Fact]
    public async Task ingest_of_the_same_file_again_changes_nothing()
    {
        var database = _directory.File("again.db");
        var file = _directory.Write("doc.txt", "美国与日本合作。中国反对美国的制裁。");
        Assert.Equal(0, (await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", database)).ExitCode);
        var before = await StatsAsync(database);

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("unchanged", run.Stdout);
        Assert.Equal(before.ToString(), (await StatsAsync(database)).ToString());
    }
}
