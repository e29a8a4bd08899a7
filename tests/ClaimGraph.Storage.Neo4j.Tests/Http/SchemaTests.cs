using ClaimGraph.Storage.Neo4j.Schema;
using ClaimGraph.Storage.Neo4j.Tests.Support;

namespace ClaimGraph.Storage.Neo4j.Tests.Http;

/// <summary>What the store does when it starts: checks the server, applies the schema files, checks its schema version.</summary>
public sealed class SchemaTests : IAsyncLifetime
{
    private FakeNeo4j _neo4j = null!;

    public async Task InitializeAsync() => _neo4j = await FakeNeo4j.StartAsync();

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Theory]
    [InlineData("5.26.2")]
    [InlineData("2025.01.0")]
    public async Task applies_every_schema_statement_on_neo4j_5_and_later(string version)
    {
        _neo4j.Rows["Server.Components"] = (["name", "versions", "edition"], [["Neo4j Kernel", new[] { version }, "community"]]);
        _neo4j.Rows["Server.SchemaVersion"] = (["version"], [[Neo4jSchema.Version]]);
        await using var store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));

        await store.InitializeAsync();

        var sent = _neo4j.Requests.SelectMany(r => r.StatementNames).ToList();
        Assert.Equal(["Server.Components", .. Neo4jSchema.Statements.Select(s => s.Name), "Server.SchemaVersion"], sent);
    }

    [Fact]
    public async Task refuses_neo4j_4_in_one_line()
    {
        _neo4j.Rows["Server.Components"] = (["name", "versions", "edition"], [["Neo4j Kernel", new[] { "4.4.30" }, "community"]]);
        await using var store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());

        Assert.Equal($"Neo4j at {_neo4j.Url} runs version 4.4.30; ClaimGraph needs Neo4j 5 or later", error.Message);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task refuses_a_database_another_schema_version_wrote()
    {
        _neo4j.Rows["Server.Components"] = (["name", "versions", "edition"], [["Neo4j Kernel", new[] { "5.26.2" }, "community"]]);
        _neo4j.Rows["Server.SchemaVersion"] = (["version"], [["1"]]);
        await using var store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());

        Assert.Contains($"has ClaimGraph schema version 1; this ClaimGraph needs {Neo4jSchema.Version}: ingest into an empty database", error.Message);
    }
}
