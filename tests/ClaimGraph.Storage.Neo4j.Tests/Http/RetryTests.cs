using System.Text;
using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j.Tests.Http;

/// <summary>What the store does when Neo4j fails: transient failures are retried, the rest are reported in one line.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private FakeNeo4j _neo4j = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await FakeNeo4j.StartAsync();
        _neo4j.Rows["Server.Counts"] = (["documents", "sentences", "mentions", "claims", "actors", "relations"], [[5, 40, 90, 30, 20, 10]]);
    }

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    private Neo4jGraphStore Store(string? url = null) => new(TestOptions.For(url ?? _neo4j.Url));

    [Fact]
    public async Task retries_a_503_and_answers_once_neo4j_is_back()
    {
        var calls = 0;
        _neo4j.Answer = r => ++calls <= 2 ? FakeAnswer.Unavailable : _neo4j.LikeNeo4j(r);
        await using var store = Store();

        var stats = await store.StatsAsync();

        Assert.Equal(new StoreStats(5, 40, 90, 30, 20, 10), stats);
        Assert.Equal(3, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task retries_a_transient_error_neo4j_reports()
    {
        var calls = 0;
        _neo4j.Answer = r => ++calls == 1 ? FakeAnswer.Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock") : _neo4j.LikeNeo4j(r);
        await using var store = Store();

        Assert.Equal(5, (await store.StatsAsync()).Documents);
        Assert.Equal(2, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task names_the_address_in_one_line_when_neo4j_stays_unavailable()
    {
        _neo4j.Answer = _ => FakeAnswer.Unavailable;
        await using var store = Store();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.StatsAsync());

        Assert.StartsWith($"Neo4j at {_neo4j.Url} is unreachable after 3 attempts", error.Message);
        Assert.Contains("HTTP 503", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(3, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task names_the_address_when_nothing_listens_there()
    {
        var url = TestOptions.ClosedPort();
        await using var store = Store(url);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.StatsAsync());

        Assert.StartsWith($"Neo4j at {url} is unreachable after 3 attempts", error.Message);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task reports_a_refused_user_at_once_and_says_which_settings_to_check()
    {
        _neo4j.Answer = _ => FakeAnswer.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", 401);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.StatsAsync());

        Assert.Contains("refused user 'neo4j'", error.Message);
        Assert.Contains("NEO4J_PASSWORD", error.Message);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task reports_a_missing_database_by_name()
    {
        _neo4j.Answer = _ => FakeAnswer.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'neo4j'.", 404);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.StatsAsync());

        Assert.Contains("has no database 'neo4j' (set NEO4J_DATABASE)", error.Message);
    }

    [Fact]
    public async Task does_not_retry_a_statement_neo4j_rejects()
    {
        _neo4j.Answer = _ => FakeAnswer.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'X'\n\"MATCH X\"\n ^");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.StatsAsync());

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("(in Server.Counts)", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task says_so_when_the_address_is_not_neo4j()
    {
        _neo4j.Answer = _ => new FakeAnswer(200, "<html><body>a web page</body></html>");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.StatsAsync());

        Assert.Contains("does not answer like Neo4j's HTTP API", error.Message);
    }

    [Fact]
    public async Task does_not_repeat_a_commit_whose_answer_never_came()
    {
        _neo4j.Answer = r => r.Path.EndsWith("/commit", StringComparison.Ordinal) ? new FakeAnswer(200, "", TimeSpan.FromSeconds(2)) : _neo4j.LikeNeo4j(r);
        await using var store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url) with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ReviewClaimAsync(new ReviewInput(1, "CONFIRM", null, null, null, "a", null)));

        Assert.Contains("may or may not have been stored", error.Message);
        // On a loaded machine the 300 ms timeout can fire before the fake has even read the request, so what is
        // asserted is the point: given time for a retry to arrive, no second commit does.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.True(_neo4j.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)) <= 1, "the commit was sent again");
    }

    [Fact]
    public async Task sends_the_credentials_and_asks_for_rows()
    {
        await using var store = Store();

        await store.StatsAsync();

        var request = Assert.Single(_neo4j.Requests);
        Assert.Equal(("POST", "/db/neo4j/tx/commit"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), request.Authorization);
        Assert.Equal("Server.Counts", Assert.Single(request.StatementNames));
        Assert.Contains("\"resultDataContents\":[\"row\"]", request.Body);
    }

    [Fact]
    public async Task sends_no_credentials_when_no_password_is_set()
    {
        await using var store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url, password: null));

        await store.StatsAsync();

        Assert.Null(Assert.Single(_neo4j.Requests).Authorization);
    }
}
