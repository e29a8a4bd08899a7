using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>0 ok, 1 bad input with a reason, 2 only for internal errors: a user's mistake never exits 2.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string> BadInvocations =>
    [
        "extract",
        "extract missing.txt",
        "extract --format xml doc.txt",
        "frobnicate",
        "ingest missing-directory",
        "ingest empty-directory",
        "eval --gold missing.jsonl",
        "eval --gold not-a-contract.jsonl",
        "eval --gold gold.jsonl --also-train gold.jsonl",
        "eval --gold gold.jsonl --cross-validate 2 --also-train dev.jsonl",
        "train --gold gold.jsonl dev.jsonl",
        "train --gold heldout-written.jsonl",
        "query {_stats_{_documents_} --db store.db",
        "query {_nonsense_} --db store.db",
    ];

    [Theory]
    [MemberData(nameof(BadInvocations))]
    public async Task bad_input_exits_1_never_2(string invocation)
    {
        _directory.Write("doc.txt", "美国与日本合作。");
        _directory.Write("not-a-contract.jsonl", "{\"id\": 1}\n");
        const string line = "{\"id\": \"a\", \"doc\": \"d\", \"text\": \"美国与日本合作。\", \"entities\": [], \"claims\": []}\n";
        _directory.Write("gold.jsonl", line);
        _directory.Write("dev.jsonl", line);
        _directory.Write("heldout-written.jsonl", line);
        Directory.CreateDirectory(_directory.File("empty-directory"));

        var run = await ClaimGraphCli.RunAsync(_directory.Path, Arguments(invocation));

        Assert.True(run.ExitCode == 1, $"{invocation}: {run}");
        Assert.DoesNotContain("internal error", run.Stderr);
    }

    /// <summary>
    /// PRODUCT BUG (Cli, ExitCodes.IsBadInput): --variables that are not JSON throw a JsonException from the GraphQL
    /// serializer, which is not counted as bad input, so the user gets exit 2, "internal error" and a stack trace.
    /// </summary>
    [Fact]
    public async Task query_with_variables_that_are_not_json_exits_1()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "query", "query($n: String) { actor(name: $n) { id } }", "--variables", "{bad", "--db", _directory.File("store.db"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Single(run.StderrLines);
    }

    /// <summary>
    /// PRODUCT BUG (Cli, ExitCodes.IsBadInput): a --db path naming a file that is not a SQLite database fails with
    /// SqliteException 26, which is not counted as bad input, so the user gets exit 2 and a stack trace.
    /// </summary>
    [Fact]
    public async Task a_db_file_that_is_not_a_database_exits_1()
    {
        var notADatabase = _directory.Write("notes.txt", "这不是数据库。");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "query", "{ stats { documents } }", "--db", notADatabase);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public async Task a_good_run_exits_0()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", RepositoryPaths.CorpusFile("001_ae334e4762760cfe.txt"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stderr);
        Assert.Contains("\"predicate\":\"SUPPORTS\"", run.Stdout);
    }

    /// <summary>Splits on spaces; an underscore stands for a space inside one argument.</summary>
    private string[] Arguments(string invocation) =>
        invocation.Split(' ').Select(a => a.Replace('_', ' ')).Select(a => a is "store.db" ? _directory.File(a) : a).ToArray();

    [Fact]
    public async Task serving_on_an_address_in_use_exits_1_with_one_line()
    {
        using var occupant = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((System.Net.IPEndPoint)occupant.LocalEndpoint).Port;

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", _directory.File("store.db"), "--corpus", "no-corpus");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("in use", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }
}
