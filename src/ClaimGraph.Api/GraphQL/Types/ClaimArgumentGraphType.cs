using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class ClaimArgumentGraphType : ObjectGraphType<ClaimArgument>
{
    public ClaimArgumentGraphType()
    {
        Name = "ClaimArgument";
        Field<NonNullGraphType<StringGraphType>>("role").Description("FROM: the claim is in the premise / first side; TO: in the conclusion / second side.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<ArgumentLinkGraphType>>("link").Resolve(c => c.Source.Link);
    }
}
