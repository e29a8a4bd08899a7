using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Stores;
using ClaimGraph.Storage.Neo4j.Tests.Support;

namespace ClaimGraph.Storage.Neo4j.Tests.Contract;

/// <summary>The store contract against a Neo4j server (NEO4J_URL), its database emptied before each test.</summary>
[RequiresEnvironment(Neo4jTestDatabase.Variable, Neo4jTestDatabase.Need)]
[Collection(Neo4jTestDatabase.Collection)]
public sealed class Neo4jGraphStoreTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        await Neo4jTestDatabase.EmptyAsync();
        return new Neo4jGraphStore(Neo4jTestDatabase.Options);
    }

    protected override Task<string?> StoredOriginalTextAsync(string documentId) => Neo4jTestDatabase.OriginalTextAsync(documentId);

    protected override Task DestroyStoreAsync() => Task.CompletedTask;
}
