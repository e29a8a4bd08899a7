using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class StatsGraphType : ObjectGraphType<StoreStats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Field<NonNullGraphType<IntGraphType>>("documents").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("sentences").Resolve(c => c.Source.Sentences);
        Field<NonNullGraphType<IntGraphType>>("mentions").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<IntGraphType>>("actors").Resolve(c => c.Source.Actors);
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => c.Source.Relations);
    }
}
