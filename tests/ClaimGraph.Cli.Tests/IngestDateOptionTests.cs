using System.Text.Json;
using ClaimGraph.Cli.Tests.Support;

namespace ClaimGraph.Cli.Tests;

/// <summary>`ingest --date`: the caller's date overrides the one in the text; a date that is not one is refused.</summary>
public sealed class IngestDateOptionTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Document()
    {
        var path = Path.Combine(_directory.Path, "dated.txt");
        File.WriteAllText(path, "收稿日期：2022-04-18\n美国与日本合作。\n");
        return path;
    }

    [Fact]
    public async Task ingest_with_a_date_stores_that_date_over_the_one_in_the_text()
    {
        var database = Path.Combine(_directory.Path, "dated.db");
        var ingest = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", Document(), "--date", "2019-05", "--db", database);
        var query = await ClaimGraphCli.RunAsync(_directory.Path, "query", "{ documents(first: 1) { nodes { date { value rule } } } }", "--db", database);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var date = JsonDocument.Parse(query.Stdout).RootElement.GetProperty("data").GetProperty("documents").GetProperty("nodes")[0].GetProperty("date");
        Assert.Equal("2019-05", date.GetProperty("value").GetString());
        Assert.Equal("caller", date.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task ingest_with_a_date_that_is_not_one_exits_1_with_the_reason()
    {
        var database = Path.Combine(_directory.Path, "bad.db");
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", Document(), "--date", "18.04.2022", "--db", database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--date '18.04.2022' is not a date", run.Stderr);
        Assert.False(File.Exists(database));
    }
}
