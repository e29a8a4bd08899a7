using ClaimGraph.Storage.Contract.GraphQL;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Neo4j.Tests.Support;

namespace ClaimGraph.Storage.Neo4j.Tests.Contract;

/// <summary>The API's queries against Neo4j holding the sample and the corpus.</summary>
[RequiresEnvironment(Neo4jTestDatabase.Variable, Neo4jTestDatabase.Need)]
[Collection(Neo4jTestDatabase.Collection)]
public sealed class Neo4jGraphQLTests(Neo4jCorpusFixture fixture) : GraphQLContract<Neo4jCorpusFixture>(fixture);

public sealed class Neo4jCorpusFixture : CorpusStoreFixture
{
    protected override bool Available => Neo4jTestDatabase.Configured;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        await Neo4jTestDatabase.EmptyAsync();
        return new Neo4jGraphStore(Neo4jTestDatabase.Options);
    }
}
