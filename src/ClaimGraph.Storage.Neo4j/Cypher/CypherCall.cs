namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>A statement and the values of its parameters, ready to send.</summary>
public sealed record CypherCall(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    public override string ToString() => Statement.Name;
}
