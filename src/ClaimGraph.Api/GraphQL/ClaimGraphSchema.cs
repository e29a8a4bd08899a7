using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL;

public sealed class ClaimGraphSchema : Schema
{
    public ClaimGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
