using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class AliasGraphType : ObjectGraphType<AliasRecord>
{
    public AliasGraphType()
    {
        Name = "Alias";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Alias);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
